// Finding the forecasts in an article: a job the reader starts, watches and may cancel. It runs
// as a React Query mutation (pending and error states) around the extraction worker.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Proposal } from '../../domain/extract/extract';
import type { LexiconEntry } from '../../domain/model';
import { queryClient } from '../../state/query-client';
import { Extractor, isAbort, type ExtractionProgress } from './extraction';
import { EXTRACT_MARK, EXTRACT_MEASURE } from './limits';
import { describeError } from '../../shared/errors';

interface Handlers {
  onFound: (found: Proposal[]) => void;
  onError: (message: string) => void;
}

export interface Finding {
  find: (job: { text: string; publishedOn: string }) => void;
  /** Stops a search under way; the form keeps everything typed. */
  cancel: () => void;
  busy: boolean;
  progress: ExtractionProgress | null;
  /** What the last search came to, for a status line: found, or stopped. */
  outcome: string;
}

export function useFinding(lexicon: readonly LexiconEntry[], handlers: Handlers): Finding {
  const extractor = useRef<Extractor | null>(null);
  const controller = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState<ExtractionProgress | null>(null);
  const [outcome, setOutcome] = useState('');
  // Closing the dialog stops the worker, whatever it is doing.
  useEffect(
    () => () => {
      controller.current?.abort();
      extractor.current?.close();
    },
    [],
  );
  const mutation = useMutation(
    {
      mutationFn: ({ text, publishedOn }: { text: string; publishedOn: string }) => {
        controller.current?.abort();
        const own = new AbortController();
        controller.current = own;
        setOutcome('');
        setProgress({ done: 0, sentences: 0 });
        // Marked so the benchmark (npm run bench) can read how long a search took.
        performance.mark(EXTRACT_MARK);
        extractor.current ??= new Extractor();
        return extractor.current.run(
          { text, publishedOn, lexicon },
          { onProgress: setProgress, signal: own.signal },
        );
      },
      onSuccess: (found) => {
        performance.measure(EXTRACT_MEASURE, EXTRACT_MARK);
        setOutcome(
          found.length === 0
            ? 'No forecasts found.'
            : `${found.length.toLocaleString('en')} possible forecasts found.`,
        );
        handlers.onFound(found);
      },
      onError: (cause) => {
        if (isAbort(cause)) setOutcome('Stopped. Everything you typed is as you left it.');
        else handlers.onError(`Finding forecasts failed: ${describeError(cause)}`);
      },
      onSettled: () => setProgress(null),
    },
    queryClient,
  );
  return {
    find: (job) => mutation.mutate(job),
    cancel: () => controller.current?.abort(),
    busy: mutation.isPending,
    progress,
    outcome,
  };
}
