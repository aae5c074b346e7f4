// A labelled set for the extractor, written for this project (not taken from articles): each
// case is a one- or two-sentence text and what the extractor should make of it. `covers` names
// the cue, hedge and time forms of issue 5 each case exercises; the test checks every form is
// covered. Deadlines follow time-phrases.ts: "by X" is the start of X, "before X" the day
// before it, a season or a year is its window, "for another N" counts from publication.
import type { ForecastKind } from '../../../src/domain/model';

export interface Expected {
  kind: ForecastKind;
  probability: number | null;
  /** The deadline's latest day, or null for none; absent: not checked. */
  latest?: string | null;
  /** The speaker, or null for an unattributed statement; absent: not checked. */
  speaker?: string | null;
}

export interface LabelledCase {
  text: string;
  /** Defaults to 2023-01-10. */
  publishedOn?: string;
  /** null: nothing may be proposed. */
  expected: Expected | null;
  covers: string[];
}

export const PUBLISHED_ON = '2023-01-10';

export const LABELLED_CASES: LabelledCase[] = [
  // Futures and their negations
  {
    text: 'Maria Lindqvist, chief economist at Nordbank, said inflation will fall below 3% by the end of 2023.',
    expected: {
      kind: 'dated',
      probability: 0.85,
      latest: '2023-12-31',
      speaker: 'Maria Lindqvist',
    },
    covers: ['will', 'by the end of 2023', 'by <time>', 'said'],
  },
  {
    text: '“The strike won’t end before the spring,” union leader Tomas Berg told reporters.',
    expected: { kind: 'dated', probability: 0.85, latest: '2023-02-28', speaker: 'Tomas Berg' },
    covers: ["won't", 'before <time>', 'negation', 'seasons', 'told'],
  },
  {
    text: 'The regional airline will not reopen its northern routes next year, according to Priya Natarajan.',
    expected: {
      kind: 'dated',
      probability: 0.85,
      latest: '2024-12-31',
      speaker: 'Priya Natarajan',
    },
    covers: ['will not', 'next year', 'negation', 'according to'],
  },
  {
    text: 'Housing starts are going to recover in 2024, the ministry says.',
    expected: { kind: 'dated', probability: 0.85, latest: '2024-12-31', speaker: null },
    covers: ['going to', 'bare years'],
  },
  {
    text: 'Tourism will never fully recover on the island, said Yuki Tanaka.',
    expected: { kind: 'open-ended', probability: 0.85, latest: null, speaker: 'Yuki Tanaka' },
    covers: ['will', 'negation'],
  },
  {
    text: 'By 2030, half of all new cars sold in the country will be electric.',
    expected: { kind: 'dated', probability: 0.85, latest: '2030-12-31', speaker: null },
    covers: ['by <time>', 'bare years', 'will'],
  },
  {
    text: 'The bridge will remain closed to lorries until June.',
    expected: { kind: 'dated', probability: 0.85, latest: '2023-06-01' },
    covers: ['until <time>', 'will'],
  },
  {
    text: 'Fuel rationing will stay in place at least until next winter, officials said.',
    expected: { kind: 'dated', probability: 0.85, latest: '2023-12-21', speaker: null },
    covers: ['at least until', 'seasons'],
  },
  {
    text: '“We are going to finish the tram line by spring,” said project head Nadia Petrova.',
    expected: { kind: 'dated', probability: 0.85, latest: '2023-03-01', speaker: 'Nadia Petrova' },
    covers: ['going to', 'by spring', 'seasons'],
  },
  // Possibility
  {
    text: 'Analyst Dana Okafor warned that the merger could collapse by spring.',
    expected: { kind: 'dated', probability: 0.5, latest: '2023-03-01', speaker: 'Dana Okafor' },
    covers: ['could', 'by spring', 'warned'],
  },
  {
    text: 'The central bank may raise rates again in March, Henrik Solberg wrote.',
    expected: { kind: 'dated', probability: 0.45, latest: '2023-03-31', speaker: 'Henrik Solberg' },
    covers: ['may', 'wrote'],
  },
  {
    text: 'Voters might reject the new constitution, said Lucia Ferraro.',
    expected: { kind: 'open-ended', probability: 0.45, latest: null, speaker: 'Lucia Ferraro' },
    covers: ['might'],
  },
  {
    text: 'The river may not freeze over this winter.',
    expected: { kind: 'dated', probability: 0.45, latest: '2023-02-28', speaker: null },
    covers: ['may', 'negation', 'seasons'],
  },
  {
    text: 'The talks over the treaty could go on another two years.',
    expected: { kind: 'dated', probability: 0.5, latest: '2025-01-10' },
    covers: ['could', 'another two years'],
  },
  // Expectation verbs
  {
    text: 'Economists expect unemployment to peak next summer.',
    expected: { kind: 'dated', probability: 0.7, latest: '2023-08-31', speaker: null },
    covers: ['expect', 'seasons'],
  },
  {
    text: 'Jonas Weber predicts the coalition will collapse before the autumn.',
    expected: { kind: 'dated', probability: 0.7, latest: '2023-08-31', speaker: 'Jonas Weber' },
    covers: ['predict', 'before <time>', 'seasons'],
  },
  {
    text: 'The company forecasts profits to double next year.',
    expected: { kind: 'dated', probability: 0.7, latest: '2024-12-31', speaker: null },
    covers: ['forecast', 'next year'],
  },
  // Conditions and the conditional mood
  {
    text: 'Peace will come only if both armies withdraw from the river, said Amira Haddad.',
    expected: { kind: 'conditional', probability: 0.85, latest: null, speaker: 'Amira Haddad' },
    covers: ['only … if', 'will'],
  },
  {
    text: 'The party will win the next election only if it changes its leader, Ewa Lis believes.',
    expected: { kind: 'conditional', probability: 0.85, speaker: 'Ewa Lis' },
    covers: ['only … if', 'believes'],
  },
  {
    text: 'Sofia Marquez said the ruling party would lose its majority if turnout exceeds 70%.',
    expected: { kind: 'conditional', probability: 0.85, latest: null, speaker: 'Sofia Marquez' },
    covers: ['would', 'if'],
  },
  {
    text: 'Such a tariff would hurt small exporters most.',
    expected: { kind: 'conditional', probability: 0.85, latest: null, speaker: null },
    covers: ['would'],
  },
  // Capacity
  {
    text: 'The government can keep subsidising fuel for another two years, Finance Minister Clara Jensen said.',
    expected: { kind: 'capacity', probability: 0.8, latest: '2025-01-10', speaker: 'Clara Jensen' },
    covers: ['can', 'for another <duration>'],
  },
  {
    text: 'The port has the capacity to handle twice as many containers, Ahmed Rahimi, its director, argued.',
    expected: { kind: 'capacity', probability: 0.8, latest: null, speaker: 'Ahmed Rahimi' },
    covers: ['has the capacity', 'argued'],
  },
  {
    text: 'Exports to the region cannot grow while the border stays shut, trade envoy Lars Holm argued.',
    expected: { kind: 'capacity', probability: 0.8, speaker: 'Lars Holm' },
    covers: ['can', 'negation'],
  },
  // Hedge words
  {
    text: 'The rebels almost certainly will not take the city this year, said General Marta Ruiz.',
    expected: { kind: 'dated', probability: 0.95, latest: '2023-12-31', speaker: 'Marta Ruiz' },
    covers: ['almost certainly', 'negation'],
  },
  {
    text: 'Prices are likely to keep rising for another six months.',
    expected: { kind: 'dated', probability: 0.7, latest: '2023-07-10' },
    covers: ['likely', 'for another <duration>'],
  },
  {
    text: 'A trade deal is unlikely before the summer recess, one diplomat said.',
    expected: { kind: 'dated', probability: 0.2, latest: '2023-05-31', speaker: null },
    covers: ['unlikely', 'before <time>'],
  },
  {
    text: 'The index should recover by mid-2024.',
    expected: { kind: 'dated', probability: 0.75, latest: '2024-08-31' },
    covers: ['should', 'by <time>'],
  },
  {
    text: 'Inflation probably won’t return to target until 2025.',
    expected: { kind: 'dated', probability: 0.75, latest: '2025-01-01' },
    covers: ['probably', "won't", 'until <time>', 'bare years'],
  },
  {
    text: 'Rents will certainly rise in the capital by autumn, the agency’s director, Marek Zielinski, said.',
    expected: {
      kind: 'dated',
      probability: 0.95,
      latest: '2023-09-01',
      speaker: 'Marek Zielinski',
    },
    covers: ['certainly', 'seasons'],
  },
  {
    text: 'I think the pension reform is doomed, Ines Alvarez told the committee.',
    expected: {
      kind: 'present-state',
      probability: 0.7,
      latest: PUBLISHED_ON,
      speaker: 'Ines Alvarez',
    },
    covers: ['I think', 'present-state'],
  },
  {
    text: '“The economy is very fragile right now,” said Kofi Mensah.',
    expected: {
      kind: 'present-state',
      probability: 0.85,
      latest: PUBLISHED_ON,
      speaker: 'Kofi Mensah',
    },
    covers: ['present-state', 'unhedged'],
  },
  {
    text: 'I think this feud is going to go on for a very long time, Omar Farouk said.',
    expected: { kind: 'vague', probability: 0.7, latest: null, speaker: 'Omar Farouk' },
    covers: ['going to', 'vague'],
  },
  // Speakers across sentences
  {
    text: 'Astrid Nilsson has covered the energy market for a decade. She said power prices will fall next spring.',
    expected: { kind: 'dated', probability: 0.85, latest: '2023-05-31', speaker: 'Astrid Nilsson' },
    covers: ['she', 'seasons'],
  },
  {
    text: 'Rafael Ortiz runs a shipping consultancy in Lisbon. Freight rates will halve by the end of 2024, Ortiz said.',
    expected: { kind: 'dated', probability: 0.85, latest: '2024-12-31', speaker: 'Rafael Ortiz' },
    covers: ['surname', 'by the end of <year>'],
  },
  {
    text: 'Opposition leader Ravi Mehta claims the government will fall before the end of the year.',
    expected: { kind: 'dated', probability: 0.85, latest: '2023-12-30', speaker: 'Ravi Mehta' },
    covers: ['claims', 'before <time>'],
  },
  // Negatives: past events, questions, the present described
  {
    text: 'Some 40,000 people protested in the capital last year.',
    expected: null,
    covers: ['past event'],
  },
  {
    text: 'The minister resigned on Friday after the vote.',
    expected: null,
    covers: ['past event'],
  },
  {
    text: 'There were no major floods last spring.',
    expected: null,
    covers: ['past event', 'negation'],
  },
  {
    text: 'The mayor said the old stadium was demolished before the 2012 season.',
    expected: null,
    covers: ['past event', 'before <time>'],
  },
  {
    text: '“Will the ceasefire hold until Easter?” asked Paolo Conti.',
    expected: null,
    covers: ['quoted question'],
  },
  {
    text: 'Will the euro survive another decade?',
    expected: null,
    covers: ['question'],
  },
  {
    text: '“Is the recession over?” the interviewer asked Helena Voss.',
    expected: null,
    covers: ['quoted question'],
  },
  {
    text: 'Unemployment stands at 4.2% this month.',
    expected: null,
    covers: ['present description'],
  },
  {
    text: 'The company employs 3,000 people in the region, Petra Novak said.',
    expected: null,
    covers: ['present description'],
  },
  {
    text: 'The council meets every Tuesday in the old town hall. Its members are elected for four years.',
    expected: null,
    covers: ['present description'],
  },
  {
    text: 'They would have accepted a smaller pay rise, the union said.',
    expected: null,
    covers: ['counterfactual past'],
  },
];
