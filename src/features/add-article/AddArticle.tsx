import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isIsoDate, type IsoDate } from '../../domain/dates';
import type { Proposal } from '../../domain/extract/extract';
import type { LexiconEntry } from '../../domain/model';
import { httpUrl } from '../../domain/urls';
import { queryClient } from '../../state/query-client';
import { useActions } from '../../state/use-actions';
import { FieldError } from '../../ui/FieldError';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { initialEdits, ProposalItem, type ProposalEdits } from './ProposalItem';
import { toArticle, type ArticleFields } from './to-forecasts';

export const ARTICLE_MAX_CHARS = 2_000_000;
export const EXTRACT_MARK = 'hindsight:extract:start';
export const EXTRACT_MEASURE = 'hindsight:extract';

interface Props {
  today: IsoDate;
  lexicon: readonly LexiconEntry[];
  onClose: (addedForecastId: string | null) => void;
}

function checkArticle(a: ArticleFields): string | null {
  if (!a.title.trim()) return 'Give the article a title.';
  if (!isIsoDate(a.publishedOn))
    return 'Enter the publication date: every relative date in the text counts from it.';
  if (a.url.trim() && !httpUrl(a.url.trim())) return 'The URL must start with http:// or https://.';
  if (!a.text.trim()) return 'Paste the article text, or load it from a .txt or .html file.';
  if (a.text.length > ARTICLE_MAX_CHARS)
    return 'That text is over 2 million characters; paste the article alone.';
  return null;
}

/** Paste or drop an article, see the forecasts Hindsight finds in it, choose and edit, add. */
export function AddArticle({ today, lexicon, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const { addArticle } = useActions();
  const [article, setArticle] = useState<ArticleFields>({
    title: '',
    publishedOn: today,
    url: '',
    text: '',
  });
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [edits, setEdits] = useState<Record<string, ProposalEdits>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  const set = (key: keyof ArticleFields) => (e: { target: { value: string } }) => {
    setArticle((a) => ({ ...a, [key]: e.target.value }));
    if (key === 'text' || key === 'publishedOn') setProposals(null);
  };

  async function loadFile(file: File) {
    if (file.size > ARTICLE_MAX_CHARS * 2) {
      setError('That file is too large to be an article.');
      return;
    }
    const raw = await file.text();
    const text = looksLikeHtml(file.name, raw) ? htmlToText(raw) : raw;
    setArticle((a) => ({ ...a, text, title: a.title || file.name.replace(/\.(txt|html?)$/i, '') }));
    setProposals(null);
  }

  // The extractor is fetched with the first search, so finding is a job that can fail (offline,
  // the code not cached yet) and says so.
  const finding = useMutation(
    {
      mutationFn: async ({ text, publishedOn }: Pick<ArticleFields, 'text' | 'publishedOn'>) => {
        const { extractForecasts } = await import('../../domain/extract/extract');
        // Marked so the benchmark (npm run bench) can read how long extraction itself took.
        performance.mark(EXTRACT_MARK);
        const found = extractForecasts(text, { publishedOn, lexicon });
        performance.measure(EXTRACT_MEASURE, EXTRACT_MARK);
        return found;
      },
      onSuccess: (found) => {
        setProposals(found);
        setEdits(Object.fromEntries(found.map((p) => [p.id, initialEdits(p)])));
      },
      onError: (cause) =>
        setError(
          `Finding forecasts failed: ${cause instanceof Error ? cause.message : String(cause)}`,
        ),
    },
    queryClient,
  );
  const busy = finding.isPending;

  function findForecasts(event: FormEvent) {
    event.preventDefault();
    const problem = checkArticle(article);
    setError(problem);
    if (problem) return;
    finding.mutate({ text: article.text, publishedOn: article.publishedOn });
  }

  const chosen = (proposals ?? []).filter((p) => edits[p.id]?.selected);

  function addSelected() {
    const result = toArticle(
      article,
      chosen.map((proposal) => ({ proposal, edits: edits[proposal.id]! })),
      () => crypto.randomUUID(),
    );
    if ('error' in result) {
      setError(result.error);
      return;
    }
    addArticle(result.source, result.forecasts);
    onClose(result.forecasts[0]?.id ?? null);
  }

  return (
    <dialog
      ref={ref}
      className="add-article"
      aria-labelledby={`${ids}-heading`}
      onCancel={(e) => {
        e.preventDefault();
        onClose(null);
      }}
    >
      <h2 id={`${ids}-heading`}>Add an article</h2>
      <form onSubmit={findForecasts} noValidate className="article-form">
        <div className="field wide">
          <label htmlFor={`${ids}-title`}>Title</label>
          <input id={`${ids}-title`} value={article.title} onChange={set('title')} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-date`}>Published on</label>
          <input
            id={`${ids}-date`}
            type="date"
            value={article.publishedOn}
            onChange={set('publishedOn')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-url`}>URL</label>
          <input
            id={`${ids}-url`}
            type="url"
            placeholder="https://…"
            value={article.url}
            onChange={set('url')}
          />
        </div>
        <div
          className="field wide drop-zone"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            const file = e.dataTransfer.files[0];
            if (file) void loadFile(file);
          }}
        >
          <label htmlFor={`${ids}-text`}>Article text</label>
          <textarea id={`${ids}-text`} rows={8} value={article.text} onChange={set('text')} />
          <p className="hint">
            Paste it, or drop a .txt or .html file here, or{' '}
            <label className="file-link">
              choose a file
              <input
                type="file"
                accept=".txt,.html,.htm,text/plain,text/html"
                className="visually-hidden"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void loadFile(file);
                }}
              />
            </label>
            . Nothing is sent anywhere: the forecasts are found in this browser.
          </p>
        </div>
        <FieldError message={error} />
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy}>
            Find forecasts
          </button>
          <button type="button" onClick={() => onClose(null)}>
            Cancel
          </button>
        </div>
      </form>
      {proposals && (
        <section aria-labelledby={`${ids}-found`} className="proposals">
          <h3 id={`${ids}-found`}>
            {proposals.length === 0
              ? 'No forecasts found'
              : `${proposals.length} possible forecasts`}
          </h3>
          <p className="hint">
            Tick the ones worth tracking, and check each claim, deadline and probability: they are
            proposals, read from the wording. Marked in each sentence: the forecast cue, the hedge,
            the time and the speaker.
          </p>
          <ul className="proposal-list">
            {proposals.map((p) => (
              <ProposalItem
                key={p.id}
                proposal={p}
                edits={edits[p.id]!}
                onChange={(next) => setEdits((all) => ({ ...all, [p.id]: next }))}
              />
            ))}
          </ul>
          <div className="dialog-actions sticky">
            <button
              type="button"
              className="primary"
              onClick={addSelected}
              disabled={chosen.length === 0}
            >
              Add selected
            </button>
            <span className="hint">{chosen.length} selected</span>
          </div>
        </section>
      )}
    </dialog>
  );
}
