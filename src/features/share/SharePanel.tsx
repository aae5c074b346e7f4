import { useMutation } from '@tanstack/react-query';
import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import { buildShareLink } from '../../formats/share-link';
import { queryClient } from '../../state/query-client';
import { useNow } from '../../state/store-context';
import { downloadText } from '../../ui/download';
import { FieldError } from '../../ui/FieldError';
import { ShareResult, type ShareOutcome } from './ShareResult';
import { describeError } from '../../shared/errors';

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

/** True when the text is on the clipboard; false when the browser refused or cannot. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface Props {
  menuId: string;
  /** The menu of choices is open (otherwise the panel shows `outcome`). */
  menuOpen: boolean;
  outcome: ShareOutcome | null;
  data: AppData;
  partlyCredit: PartlyCredit;
  editedAfterJudgement?: ReadonlyMap<string, string>;
  /** The catalogue the app ships, which every recipient has too: a link leaves it out. */
  loadCatalogue: () => Promise<AppData>;
  /** A choice is done: with what Copy link gives to show, or null when there is nothing. */
  onDone: (outcome: ShareOutcome | null) => void;
}

/** The Share menu's choices, what they do, and what came of Copy link. */
export function SharePanel({
  menuId,
  menuOpen,
  outcome,
  data,
  partlyCredit,
  editedAfterJudgement,
  loadCatalogue,
  onDone,
}: Props) {
  const clock = useNow();
  // One choice at a time: a second click while one runs is ignored.
  const job = useMutation(
    {
      mutationFn: (choice: { what: string; action: () => Promise<ShareOutcome | null> }) =>
        choice.action(),
      onSuccess: onDone,
    },
    queryClient,
  );
  const busy = job.isPending;
  const error =
    job.error && job.variables ? `${job.variables.what} failed: ${describeError(job.error)}` : null;

  function run(what: string, action: () => Promise<ShareOutcome | null>) {
    if (!busy) job.mutate({ what, action });
  }

  const downloadHtml = () =>
    run('Download', async () => {
      // The page's writer (with its ClaimReview markup) and the reviewer's name load on first use.
      const [{ scorecardToHtml, SHARE_HTML_MIME, shareHtmlFileName }, { reviewerName }] =
        await Promise.all([
          import('../../formats/share-html'),
          import('../../state/reviewer-name'),
        ]);
      const now = clock();
      downloadText(
        shareHtmlFileName(now),
        SHARE_HTML_MIME,
        scorecardToHtml(data, now, partlyCredit, editedAfterJudgement, reviewerName()),
      );
      return null;
    });

  const copyLink = () =>
    run('Copy link', async () => {
      const catalogue = await loadCatalogue();
      const link = buildShareLink(window.location.href, data, catalogue, clock(), partlyCredit);
      if (!link.ok) return { kind: 'too-long', chars: link.chars };
      return { kind: (await copyText(link.url)) ? 'copied' : 'manual', url: link.url };
    });

  return (
    <>
      {menuOpen && (
        <ul id={menuId} className="popover" aria-label="Share the scorecard" aria-busy={busy}>
          {CHOICES.map((c) => (
            <li key={c.key}>
              <button
                type="button"
                onClick={c.key === 'html' ? downloadHtml : copyLink}
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
      {!menuOpen && outcome && (
        <ShareResult
          outcome={outcome}
          onDownloadHtml={downloadHtml}
          onDismiss={() => onDone(null)}
        />
      )}
      <FieldError message={error} />
    </>
  );
}
