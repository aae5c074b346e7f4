// The catalogue, part two: Inozemtsev on the course of the war. Russia's money lasts, the war
// goes on at least into summer 2023, Ukraine's army holds, and a long war of attrition costs
// Russia heavily while it can still mobilise a million men.
import type { Forecast } from '../../domain/model';
import { FROM_THE_ARTICLE, ON_PUBLICATION, INOZEMTSEV } from './speakers';

export const COURSE_OF_THE_WAR: Forecast[] = [
  {
    ...FROM_THE_ARTICLE,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-war-funded-two-years',
    quote:
      'Putin can raid the Russian economy to keep the war going for at least another two years',
    claim: 'Russia can keep paying for the war until at least December 2024.',
    kind: 'capacity',
    deadline: { latest: '2024-12-22' },
    probability: 0.8,
    hedge: 'can',
    resolutionCriteria:
      'Correct if on 22 December 2024 Russia is still fighting the war and paying for it from its own economy, with no halt or scaling-down forced by lack of money; incorrect if before then it stops or cuts back the war because it can no longer pay for it. If the war ends earlier for other reasons (a negotiated peace, a military defeat), the capacity was never tested: Unresolvable.',
    note: 'Two years from the publication date gives 22 December 2024; since the article is dated only “late December 2022”, a reader may round to the end of 2024, where fc-inozemtsev-budget-2024 also ends. Reported speech (“Inozemtsev claims that”), set “contrary to some Western predictions” of an earlier collapse.',
    tags: ['economy', 'war-funding', 'war-duration'],
  },
  {
    ...FROM_THE_ARTICLE,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-budget-2024',
    quote: 'he will have no problems with the budget next year and also in 2024',
    claim: "Russia's federal budget will have no funding problems for the war in 2023 and 2024.",
    kind: 'dated',
    deadline: { earliest: '2023-01-01', latest: '2024-12-31' },
    probability: 0.85,
    hedge: 'will',
    resolutionCriteria:
      'Correct if through 2023 and 2024 Russia funds its war spending and other budget commitments (deficits covered from reserves such as the National Wealth Fund and from domestic borrowing) without cutting planned military spending, sequestering the budget, missing payments or printing money to cover the gap; incorrect if any of those happens because money ran short.',
    note: 'His reasons come just before: “Putin has great potential to fund the war” and “Reserves and the ability to borrow on the Russian domestic market give him infinite money” (“infinite” is hyperbole); they are kept here rather than as separate forecasts. A deficit alone does not make it incorrect, since he expects deficits to be covered; tax rises or civilian cuts made to protect war spending are a judgement call (Partly correct).',
    tags: ['economy', 'budget', 'war-funding'],
  },
  {
    ...FROM_THE_ARTICLE,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-war-until-summer-2023',
    quote:
      'The war ‘will certainly end at least until [next] summer, depending on what successes or failures will be on the front in early spring',
    claim: 'The war in Ukraine will still be going on at the start of summer 2023.',
    kind: 'dated',
    deadline: { earliest: '2023-06-01', latest: '2023-06-21' },
    probability: 0.95,
    hedge: 'certainly',
    resolutionCriteria:
      'Correct if the fighting is still going on on 21 June 2023; incorrect if a ceasefire or peace agreement stops the war before 1 June 2023; Partly correct if it stops between 1 and 21 June 2023.',
    note: 'A garbled translation: “will certainly end at least until [next] summer” cannot mean the war ends; the caption “The war will last at least until next summer, experts said” gives the sense (one forecast, not two). “At least until” sets only a lower bound, checked at the start of summer; the window runs from meteorological summer (1 June) to astronomical summer (21 June 2023). How long it lasts after that was left to the spring fighting (“depending on…”), which does not make the lower bound conditional. Unattributed, but in the run of Inozemtsev’s remarks.',
    tags: ['war-duration'],
  },
  {
    ...FROM_THE_ARTICLE,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-ukraine-army-determined',
    quote: 'I am sure it is determined to repel Russian attacks',
    claim:
      'As of December 2022 the Ukrainian army was determined to keep repelling Russian attacks.',
    kind: 'present-state',
    deadline: ON_PUBLICATION,
    probability: 0.9,
    hedge: 'I am sure',
    resolutionCriteria:
      'Correct if in the winter of 2022–23 Ukraine’s forces kept resisting and counter-attacking, with no move by Kyiv or its commanders towards capitulation or a ceasefire on Russia’s terms; incorrect if there was such a move.',
    note: 'Determination is judged by behaviour at the time. His reason follows: Ukraine “is constantly arming itself with Western weapons and ammunition, and this process is developing quite steadily” (a description, not catalogued). The sentence stands outside quotation marks but inside Inozemtsev’s run of remarks.',
    tags: ['ukraine', 'military'],
  },
  {
    ...FROM_THE_ARTICLE,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-meat-grinder-long',
    quote:
      'I think this is the meat grinder situation that’s going to be around for a very long time',
    claim: 'The war will remain a grinding war of attrition for a very long time.',
    kind: 'vague',
    deadline: null,
    probability: 0.7,
    hedge: 'I think',
    resolutionCriteria:
      'Correct if the war is still a high-casualty war of attrition, with front lines moving little, well beyond 2023; incorrect if it ends, or turns into a war of rapid advances, within about a year of the article.',
    note: '“A very long time” names no date; “well beyond 2023” is this catalogue’s reading, not his. The meat-grinder image is his and gives the article its headline.',
    tags: ['war-duration', 'attrition'],
  },
  {
    ...FROM_THE_ARTICLE,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-russian-losses',
    quote: 'Russia will indeed suffer great losses',
    claim: 'Russia will suffer great military losses in the war from December 2022 on.',
    kind: 'open-ended',
    deadline: null,
    probability: 0.85,
    hedge: 'will indeed',
    resolutionCriteria:
      'Correct if Russian military losses keep mounting heavily after December 2022: independent name-by-name counts of Russian war dead (BBC Russian Service and Mediazona) at least double from their December 2022 level, or Western official estimates of Russian killed and wounded pass 200,000; incorrect if the war ends soon with light further losses.',
    note: '“Great losses” has no measure; the thresholds are this catalogue’s, about a doubling of the toll at the time of the article. “Indeed” adds emphasis, not certainty: read as plain “will” (0.85).',
    tags: ['casualties', 'military'],
  },
  {
    ...FROM_THE_ARTICLE,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-mobilise-million',
    quote: 'Moscow has the capacity to mobilize up to a million men. This is correct',
    claim: 'Russia has the capacity to mobilise up to one million men for the war.',
    kind: 'capacity',
    deadline: null,
    probability: 0.9,
    hedge: 'This is correct',
    resolutionCriteria:
      'Correct if Russia shows it can raise about a million men for the war in all (the 300,000 of the autumn-2022 mobilisation plus later call-ups and contract recruitment), or credible estimates of its mobilisable reserve put it at a million or more; incorrect if a further mobilisation drive fails to raise substantially more than the 300,000 of autumn 2022, or credible estimates put the reserve well below a million.',
    note: 'Said twice, catalogued once: reported earlier as “he could mobilize a total of one million men”, where “could” may be the reporter’s paraphrase; here he endorses the Ukrainian officials’ figure emphatically (“This is correct”, 0.9). “A total of” suggests the million includes the 300,000 already mobilised in autumn 2022; “up to” makes it a ceiling. No date is given.',
    tags: ['mobilisation', 'military'],
  },
];
