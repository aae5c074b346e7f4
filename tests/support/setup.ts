import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { disposeRenderedEngines } from './render';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  disposeRenderedEngines();
});
