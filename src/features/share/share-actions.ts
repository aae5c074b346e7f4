// What the Share menu's choices do, loaded the first time one is chosen: nobody needs the HTML
// writer or the link codec (fflate, zod) to read the page.
import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import { scorecardToHtml, SHARE_HTML_MIME, shareHtmlFileName } from '../../formats/share-html';
import { buildShareLink } from '../../formats/share-link';

/** `hindsight-scorecard-YYYY-MM-DD.html`: its name, type and text, for `downloadText`. */
export function scorecardHtmlFile(data: AppData, credit: PartlyCredit, now = new Date()) {
  return {
    name: shareHtmlFileName(now),
    mime: SHARE_HTML_MIME,
    text: scorecardToHtml(data, now, credit),
  };
}

/** The read-only link to `data` from this page's address. */
export function makeShareLink(data: AppData, credit: PartlyCredit, now = new Date()) {
  return buildShareLink(window.location.href, data, now, credit);
}

/** True when the text is on the clipboard; false when the browser refused or cannot. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
