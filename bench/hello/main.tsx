// The benchmark's yardstick: the least a React 19 page can be. `npm run bench` builds it with
// Vite and measures its JavaScript and first paint beside Hindsight's, in the same run.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Hello</h1>);
