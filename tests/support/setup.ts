import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { disposeRenderedEngines } from './render';

// findBy… and waitFor resolve as soon as what they wait for appears; the limit is only how long
// it may take on a machine busy with other work before the test fails.
configure({ asyncUtilTimeout: 30_000 });

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  disposeRenderedEngines();
});
