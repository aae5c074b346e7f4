import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { loadReplay } from '../../src/state/derived/replay-loader';
import { disposeRenderedEngines } from './render';

// findBy… and waitFor resolve as soon as what they wait for appears; the limit is only how long
// it may take on a machine busy with other work before the test fails.
configure({ asyncUtilTimeout: 30_000 });

// The replay of a record's events arrives with the first document that has any (the boot fetches
// it first for a stored one); tests that render documents with events get it from the start.
await loadReplay();

// jsdom has no modal dialogs: open and close are all the app's dialogs need of them.
Object.assign(HTMLDialogElement.prototype, {
  showModal(this: HTMLDialogElement) {
    this.open = true;
  },
  close(this: HTMLDialogElement) {
    this.open = false;
  },
});

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  disposeRenderedEngines();
});
