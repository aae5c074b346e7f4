// A speaker the text describes before it names them: "the secretary-general of the World
// Meteorological Organization said …" and then "Michel Jarraud made the announcement"; "a
// former ambassador is warning …" and then "Ukrainian diplomat Valeriy Chaly". The proposals
// such an attribution makes wait, speaker-less, for the next person the text names, for as
// long as DESCRIBED_REACH characters (issue 17).
import type { Proposal } from '../extract';
import { findNames } from '../names/names';
import { namesNoSpeaker } from '../names/not-speakers';
import type { Span } from '../sentences/segment';
import type { SpeakerBook } from './speaker-book';
import type { Attribution } from './speakers';

/** About two short paragraphs: a description further from its name is not resolved. */
export const DESCRIBED_REACH = 600;

export class Described {
  private waiting: Proposal[] = [];
  private since = 0;
  private description = '';

  constructor(private readonly book: SpeakerBook) {}

  /**
   * A sentence whose own attribution only describes its speaker: its proposals wait, and the
   * description waits to be the role of the person named next ("The U.S. energy secretary said
   * Friday …" before "Ernest Moniz said …").
   */
  wait(s: Span, own: readonly Attribution[], made: readonly Proposal[]): void {
    const a = own.find((x) => x.describes === true);
    if (!a) return;
    this.waiting = [...this.waiting, ...made.filter((p) => p.speaker === null)];
    this.since = s.end;
    this.description = a.description ?? '';
  }

  /** A sentence read after them: the first person it names is the one described. */
  meet(s: Span): void {
    if (this.description === '') return;
    if (s.start - this.since > DESCRIBED_REACH) {
      this.waiting = [];
      this.description = '';
      return;
    }
    // A person's name, not a place or an event the sentence merely mentions.
    const person = findNames(s.text).find((n) => !n.org && !namesNoSpeaker(n.name));
    if (!person) return;
    const role = this.book.roleOf(person.name) ?? tidy(this.description);
    if (role) this.book.giveRole(person.name, role);
    for (const p of this.waiting) {
      p.speaker = person.name;
      p.speakerVia = 'description';
      if (role) p.speakerRole = role;
    }
    this.waiting = [];
    this.description = '';
  }
}

function tidy(description: string): string {
  const r = description.replace(/^(?:the|a|an)\s+/i, '').trim();
  return r.charAt(0).toUpperCase() + r.slice(1);
}
