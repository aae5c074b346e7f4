// Whether a desk has been joined, told without parsing the setting (desk-settings.ts reads it,
// with the rest of the desk's code, only when this says so): the first load stays as small.
import { DESK_KEY } from '../envelope';

export function hasDeskSession(): boolean {
  try {
    return window.localStorage.getItem(DESK_KEY)?.includes('"session":{') ?? false;
  } catch {
    return false;
  }
}
