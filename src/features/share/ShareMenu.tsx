import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import { downloadText } from '../../ui/download';
import { FieldError } from '../../ui/FieldError';
import { useDismiss } from '../../ui/use-dismiss';
import type { ShareOutcome } from './ShareResult';

// The writers and the result panel load when a choice is made, not with the page.
const ShareResult = lazy(() => import('./ShareResult').then((m) => ({ default: m.ShareResult })));
const loadActions = () => import('./share-actions');

const CHOICES = [
  {
    key: 'html',
    label: 'Download as HTML',
    hint: 'one page that opens in any browser, runs no scripts and prints well',
  },
  {
    key: 'link',
    label: 'Copy link',
    hint: 'a read-only link that holds the whole scorecard; nothing is uploaded',
  },
] as const;

const message = (what: string, cause: unknown) =>
  `${what} failed: ${cause instanceof Error ? cause.message : String(cause)}`;

/**
 * Share scorecard: a menu like Export's (Escape or a click elsewhere closes it) that downloads
 * the scorecard as one HTML file or copies a read-only link that carries it.
 */
export function ShareMenu({ data, partlyCredit }: { data: AppData; partlyCredit: PartlyCredit }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    setOutcome(null);
  }, []);
  useDismiss(open || outcome !== null, close, wrapperRef, buttonRef);

  async function run(what: string, action: () => Promise<ShareOutcome | null>) {
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      const next = await action();
      setOpen(false);
      setOutcome(next);
      if (next === null) buttonRef.current?.focus();
    } catch (cause) {
      setError(message(what, cause));
    } finally {
      setBusy(false);
    }
  }

  const downloadHtml = () =>
    run('Download', async () => {
      const file = (await loadActions()).scorecardHtmlFile(data, partlyCredit);
      downloadText(file.name, file.mime, file.text);
      return null;
    });

  const copyLink = () =>
    run('Copy link', async () => {
      const { makeShareLink, copyText } = await loadActions();
      const link = makeShareLink(data, partlyCredit);
      if (!link.ok) return { kind: 'too-long', chars: link.chars };
      return { kind: (await copyText(link.url)) ? 'copied' : 'manual', url: link.url };
    });

  return (
    <div className="export-menu share-menu" ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setOutcome(null);
          setOpen((o) => !o);
        }}
      >
        Share scorecard
      </button>
      {open && (
        <ul id={menuId} className="popover" aria-label="Share the scorecard" aria-busy={busy}>
          {CHOICES.map((c) => (
            <li key={c.key}>
              <button
                type="button"
                onClick={() => void (c.key === 'html' ? downloadHtml() : copyLink())}
                aria-describedby={`${menuId}-${c.key}`}
              >
                {c.label}
              </button>
              <span id={`${menuId}-${c.key}`} className="hint">
                {c.hint}
              </span>
            </li>
          ))}
        </ul>
      )}
      {outcome && (
        <Suspense fallback={null}>
          <ShareResult
            outcome={outcome}
            onDownloadHtml={() => void downloadHtml()}
            onDismiss={() => {
              setOutcome(null);
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
      <FieldError message={error} />
    </div>
  );
}
