// React Query runs the app's asynchronous work: the jobs a person starts and waits for (finding
// the forecasts in an article, building a share link or file), each a mutation with its pending
// and error states. Only the lazily loaded parts that run such jobs import this module, so React
// Query arrives with the first of them and stays out of the first load. The document itself is
// not here: it is a synchronous store that the screens read directly (use-document.ts).
import { notifyManager, QueryClient } from '@tanstack/react-query';

// React Query tells components about changes on a timer by default; a job's pending state (a
// disabled button, aria-busy) should show in the very next render instead.
notifyManager.setScheduler(queueMicrotask);

/** The one client; hooks take it explicitly, since no provider wraps the first load. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
});
