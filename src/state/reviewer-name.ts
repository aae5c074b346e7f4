// The name that signs a ClaimReview whose judgement names no desk member: the reader's own,
// typed once in the Export menu and used by every ClaimReview this tab writes (the file, and the
// shared HTML page's markup). Kept for the tab's session like a draft (src/storage/drafts.ts), so
// it survives a reload but is never part of the record and never leaves the browser.
import { useCallback, useState } from 'react';
import { readDraft, writeDraft } from '../storage/drafts';

const KEY = 'claimreview:reviewer';
// Where sessionStorage refuses, the name lasts as long as the page.
let remembered = '';

/** The reviewer's name as typed, or '' when none has been given. */
export function reviewerName(): string {
  return readDraft(KEY) ?? remembered;
}

/** The name and a setter that keeps it, for the field that asks for it. */
export function useReviewerName(): [string, (name: string) => void] {
  const [name, setName] = useState(reviewerName);
  const change = useCallback((next: string) => {
    remembered = next;
    writeDraft(KEY, next);
    setName(next);
  }, []);
  return [name, change];
}
