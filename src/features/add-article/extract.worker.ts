// Finds the forecasts in an article off the page's thread, so a long text never freezes the
// page: the dialog shows the progress this posts, and Cancel terminates the worker.
import { extractForecasts } from '../../domain/extract/extract';
import { PROPOSAL_BATCH, type ExtractReply, type ExtractRequest } from './extract-messages';
import { describeError } from '../../shared/errors';

/** The worker's global scope, as much of it as this uses (the app's types are the DOM's). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage: (reply: ExtractReply) => void;
};

/** Progress is posted at most this often: the page redraws the bar for each message. */
const PROGRESS_EVERY_MS = 150;

scope.onmessage = ({ data }) => {
  try {
    let posted = -Infinity;
    const proposals = extractForecasts(data.text, {
      publishedOn: data.publishedOn,
      lexicon: data.lexicon,
      onProgress: ({ done, sentences }) => {
        const now = performance.now();
        if (done < 1 && now - posted < PROGRESS_EVERY_MS) return;
        posted = now;
        scope.postMessage({ type: 'progress', done, sentences });
      },
    });
    for (let i = 0; i < proposals.length; i += PROPOSAL_BATCH)
      scope.postMessage({ type: 'proposals', batch: proposals.slice(i, i + PROPOSAL_BATCH) });
    scope.postMessage({ type: 'done' });
  } catch (cause) {
    scope.postMessage({
      type: 'error',
      message: describeError(cause),
    });
  }
};
