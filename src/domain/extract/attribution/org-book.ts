// The organisations a text has named so far, for the SpeakerBook: their full names, the
// initials and acronyms that stand for them ("WMO", "IDC"), the one-word names heard speaking
// ("Gartner said"), and the few named last, which "the agency" or "the bank's economists"
// resolve to.

/** How many recent organisations "the committee" may look back over. */
const RECENT_ORGS = 6;

export class OrgBook {
  private readonly acronyms = new Map<string, string>();
  /** The names the acronyms stand for. */
  private readonly abbreviated = new Set<string>();
  private readonly named = new Set<string>();
  /** One-word names heard speaking: "Gartner", "IDC". */
  private readonly heard = new Set<string>();
  private last: string | null = null;
  private recent: string[] = [];

  /** The first name an acronym is given for is the one it keeps. */
  abbreviate(acronym: string, name: string): void {
    if (this.acronyms.has(acronym)) return;
    this.acronyms.set(acronym, name);
    this.abbreviated.add(name);
  }

  /** An organisation named in full ("the Bank of England"): the latest named. */
  add(name: string): void {
    this.named.add(name);
    this.note(name);
  }

  /** A one-word speaker, which is an organisation unless it is a surname. */
  hearOneWord(name: string): void {
    this.heard.add(name);
  }

  /** The organisation last named or heard. */
  note(name: string): void {
    this.last = name;
    this.recent = [name, ...this.recent.filter((o) => o !== name)].slice(0, RECENT_ORGS);
  }

  get latest(): string | null {
    return this.last;
  }

  /** A name the text shows is an organisation's after all ("Goldman Sachs analysts"). */
  mark(name: string): void {
    this.named.add(name);
  }

  isOrg(name: string): boolean {
    return this.named.has(name) || this.abbreviated.has(name) || /^[A-Z]{2,}$/.test(name);
  }

  /** The full name an acronym stands for, if the text gave one. */
  expand(acronym: string): string | undefined {
    return this.acronyms.get(acronym);
  }

  /** Whether a one-word name is an acronym given or an organisation heard. */
  knows(word: string): boolean {
    return this.acronyms.has(word) || this.heard.has(word);
  }

  /**
   * The name as the text gives it in full, once it has: "WMO" in a headline is the World
   * Meteorological Organization the article names later.
   */
  canonical(name: string): string {
    return this.acronyms.get(name) ?? name;
  }

  /**
   * The organisation "the committee" or "the bank's economists" stands for: the last named
   * whose name holds that noun ("Treasury Committee"), else the last named.
   */
  fitting(reference: string): string | null {
    const noun = /^(?:the|its)\s+(?:[\w-]+\s+)?([\p{L}]+)/iu.exec(
      reference.replace(/['’]s\b.*$/, ''),
    );
    const word = (noun?.[1] ?? '').toLowerCase();
    const fits = this.recent.find((o) => o.toLowerCase().split(/\s+/).includes(word));
    return fits ?? this.last;
  }

  /** An organisation the text has named that `words` name: "an analyst at Nordwell Research". */
  in(words: string): string | null {
    const mentions = (org: string): boolean => new RegExp(`\\b${escapeRegExp(org)}\\b`).test(words);
    for (const org of [...this.named, ...this.heard, ...this.acronyms.keys()])
      if (mentions(org)) return this.canonical(org);
    return null;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
