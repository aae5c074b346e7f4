// How a shared link announces itself: its fragment starts `#share=`. Tiny on purpose: main.tsx
// checks it on every load, before anything else, to choose the read-only view's boot.

export const SHARE_FRAGMENT_PREFIX = '#share=';

export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_FRAGMENT_PREFIX);
}
