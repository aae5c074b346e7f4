import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isIsoDate, type IsoDate } from '../../domain/dates';
import type { Proposal } from '../../domain/extract/extract';
import type { LexiconEntry, Source } from '../../domain/model';
import { describeSameArticle, findSameArticle, type SameArticle } from '../../domain/same-article';
import { httpUrl } from '../../domain/urls';
import { useCurationActions } from '../../state/use-curation-actions';
import { FieldError } from '../../ui/FieldError';
import './add-article.css';
import { ArticleTextField } from './ArticleTextField';
import { FindingProgress } from './FindingProgress';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { ARTICLE_MAX_CHARS } from './limits';
import type { ProposalEdits } from './ProposalItem';
import { editsOf, ProposalList } from './ProposalList';
import { toArticle, type ArticleFields } from './to-forecasts';
import { useFinding } from './use-finding';

interface Props {
  today: IsoDate;
  lexicon: readonly LexiconEntry[];
  /** The articles the record has, to say so when this one repeats one of them. */
  sources: readonly Source[];
  onClose: (addedForecastId: string | null) => void;
  /** Closes the form and shows an article the record already has. */
  onOpenSource: (sourceId: string) => void;
}

function checkArticle(a: ArticleFields): string | null {
  if (!a.title.trim()) return 'Give the article a title.';
  if (!isIsoDate(a.publishedOn))
    return 'Enter the publication date: every relative date in the text counts from it.';
  if (a.url.trim() && !httpUrl(a.url.trim())) return 'The URL must start with http:// or https://.';
  if (!a.text.trim()) return 'Paste the article text, or load it from a .txt or .html file.';
  if (a.text.length > ARTICLE_MAX_CHARS)
    return `That text has ${a.text.length.toLocaleString('en')} characters; Hindsight reads at most ${ARTICLE_MAX_CHARS.toLocaleString('en')} at a time. Paste the article alone, or a part of it.`;
  return null;
}

/** Paste or drop an article, see the forecasts Hindsight finds in it, choose and edit, add. */
export function AddArticle({ today, lexicon, sources, onClose, onOpenSource }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const { addArticle } = useCurationActions();
  const [article, setArticle] = useState<ArticleFields>({
    title: '',
    publishedOn: today,
    url: '',
    text: '',
  });
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [edits, setEdits] = useState<Record<string, ProposalEdits>>({});
  const [error, setError] = useState<string | null>(null);
  // The article it repeats, said before anything is found; `addAnyway` once the reader says so.
  const [same, setSame] = useState<SameArticle | null>(null);
  const [addAnyway, setAddAnyway] = useState(false);
  const findButton = useRef<HTMLButtonElement>(null);
  const finding = useFinding(lexicon, {
    onFound: (found) => {
      setProposals(found);
      setEdits({});
    },
    onError: setError,
  });
  const busy = finding.busy;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  const forgetSame = useCallback(() => {
    setSame(null);
    setAddAnyway(false);
  }, []);

  const set = (key: keyof ArticleFields) => (e: { target: { value: string } }) => {
    setArticle((a) => ({ ...a, [key]: e.target.value }));
    if (key === 'text' || key === 'publishedOn') setProposals(null);
    if (key === 'text' || key === 'url') forgetSame();
  };

  const onText = useCallback(
    (text: string) => {
      setArticle((a) => ({ ...a, text }));
      setProposals(null);
      forgetSame();
    },
    [forgetSame],
  );

  const onFile = useCallback(
    async (file: File) => {
      if (file.size > ARTICLE_MAX_CHARS * 2) {
        setError('That file is too large to be an article.');
        return;
      }
      const raw = await file.text();
      const text = looksLikeHtml(file.name, raw) ? htmlToText(raw) : raw;
      setArticle((a) => ({
        ...a,
        text,
        title: a.title || file.name.replace(/\.(txt|html?)$/i, ''),
      }));
      setProposals(null);
      forgetSame();
    },
    [forgetSame],
  );

  function findForecasts(event: FormEvent) {
    event.preventDefault();
    const problem = checkArticle(article);
    setError(problem);
    if (problem) return;
    if (!addAnyway) {
      const repeated = findSameArticle(sources, { url: article.url, text: article.text });
      setSame(repeated);
      if (repeated) return;
    }
    finding.find({ text: article.text, publishedOn: article.publishedOn });
  }

  function findAnyway() {
    setAddAnyway(true);
    setSame(null);
    findButton.current?.focus();
    finding.find({ text: article.text, publishedOn: article.publishedOn });
  }

  // Cancel disappears when the search ends: the focus goes back to Find forecasts.
  const wasBusy = useRef(false);
  useEffect(() => {
    if (wasBusy.current && !busy && !ref.current?.contains(document.activeElement))
      findButton.current?.focus();
    wasBusy.current = busy;
  }, [busy]);

  const chosen = (proposals ?? []).filter((p) => edits[p.id]?.selected);

  function addSelected() {
    const result = toArticle(
      article,
      chosen.map((proposal) => ({ proposal, edits: editsOf(edits, proposal) })),
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
        <ArticleTextField id={`${ids}-text`} text={article.text} onText={onText} onFile={onFile} />
        <FieldError message={error} />
        {same && (
          <div role="alert" className="same-article">
            <p>{describeSameArticle(same)}</p>
            <div className="dialog-actions">
              <button type="button" onClick={() => onOpenSource(same.source.id)}>
                Open the existing article
              </button>
              <button type="button" onClick={findAnyway}>
                Add anyway
              </button>
            </div>
          </div>
        )}
        {/* While the search runs the progress bar shows it; the status announces it. */}
        <p role="status" className={busy ? 'visually-hidden' : 'hint find-outcome'}>
          {busy ? 'Finding forecasts…' : finding.outcome}
        </p>
        <div className="dialog-actions">
          <button ref={findButton} type="submit" className="primary" disabled={busy}>
            Find forecasts
          </button>
          {finding.progress ? (
            <FindingProgress id={ids} progress={finding.progress} onCancel={finding.cancel} />
          ) : (
            <button type="button" onClick={() => onClose(null)}>
              Cancel
            </button>
          )}
        </div>
      </form>
      {proposals && (
        <ProposalList
          key={proposals.length === 0 ? 'none' : proposals[0]!.id}
          headingId={`${ids}-found`}
          proposals={proposals}
          edits={edits}
          onEdit={(id, next) => setEdits((all) => ({ ...all, [id]: next }))}
          chosen={chosen.length}
          onAdd={addSelected}
        />
      )}
    </dialog>
  );
}
