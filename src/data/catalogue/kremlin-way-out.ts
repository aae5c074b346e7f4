// The catalogue, part three: Gallyamov and Solovey on the Kremlin's way out. A power vacuum,
// the war as Putin's last chance, his circle's escape plans, and no country left to flee to,
// which leaves the establishment very nervous.
import type { Forecast } from '../../domain/model';
import { FROM_THE_ARTICLE, ON_PUBLICATION, GALLYAMOV, SOLOVEY } from './speakers';

export const KREMLIN_WAY_OUT: Forecast[] = [
  {
    ...FROM_THE_ARTICLE,
    ...GALLYAMOV,
    id: 'fc-gallyamov-power-vacuum',
    quote: 'power vacuum is forming',
    claim: 'As of December 2022 a power vacuum was forming at the top of the Russian state.',
    kind: 'present-state',
    deadline: ON_PUBLICATION,
    probability: 0.85,
    hedge: '',
    resolutionCriteria:
      'Correct if around the publication date there were clear signs of weakening central control: open infighting among the elite, rival power centres acting on their own (private armies, regional leaders), or key decisions left unmade; incorrect if the Kremlin’s hold over the elite and the security forces was firm and uncontested.',
    note: 'A trend (“is forming”) rather than an event, so evidence may surface only later; judge what was true around the publication date. Told to interviewer Yevgenia Albats and reported in fragments. A flat assertion with no hedge word (0.85).',
    tags: ['regime-change', 'elite'],
  },
  {
    ...FROM_THE_ARTICLE,
    ...GALLYAMOV,
    id: 'fc-gallyamov-last-chance',
    quote: 'This is Putin’s last chance, and he is trying to make the most of it',
    claim: "The war is Putin's last chance: if it fails, he will not get another.",
    kind: 'vague',
    deadline: null,
    probability: 0.85,
    hedge: '',
    resolutionCriteria:
      'Correct if Putin’s failure in the war is followed by his loss of power or of any further chance to pursue his aims; incorrect if he survives a clear failure and mounts another attempt (a new offensive or campaign) with his power intact. Without a clear failure or success, Unresolvable.',
    note: '“Last chance” for what is not said: to win the war, to keep power, or to secure his legacy. It explains Putin’s new hyperactivity (“He is forced to become more active”). A flat assertion with no hedge word (0.85).',
    tags: ['putin', 'war-aims'],
  },
  {
    ...FROM_THE_ARTICLE,
    ...GALLYAMOV,
    id: 'fc-gallyamov-exile-plan',
    quote:
      'his circle has been looking for a “rainy day” plan for him and his close people to flee Russia if necessary',
    claim:
      "As of December 2022 Putin's circle was preparing a plan for him and his associates to flee Russia.",
    kind: 'present-state',
    deadline: ON_PUBLICATION,
    probability: 0.85,
    hedge: '',
    resolutionCriteria:
      'Correct if credible reporting (leaks, officials’ accounts, investigative journalism) confirms that such an escape plan was being prepared around late 2022; incorrect if credible reporting shows that none was; Unresolvable if neither emerges.',
    note: 'He names the refuges sought: “They had sought refuge in China, Venezuela and Argentina”; the article ties this to rumours of an “Operation Noah’s Ark”. Solovey disputes the plan’s chances, not its existence (fc-solovey-no-exile). A flat assertion with no hedge word (0.85).',
    tags: ['exile', 'elite'],
  },
  {
    ...FROM_THE_ARTICLE,
    ...SOLOVEY,
    id: 'fc-solovey-no-exile',
    quote: 'There is no place for them to hide, it just does not exist on the planet',
    claim: 'If Putin and his team try to flee Russia, no country will give them a safe haven.',
    kind: 'conditional',
    deadline: null,
    probability: 0.85,
    hedge: 'does not exist',
    premise: 'Putin or the core of his team try to flee Russia.',
    resolutionCriteria:
      'Correct if Putin or the core of his team try to go into exile and find no country willing to shelter them; incorrect if Putin, or leading figures responsible for the war, settle abroad under a foreign government’s protection; annulled if they never try to flee.',
    note: 'Put as a present state (“Now they have no country of destination”; the plans “were now hopeless”), but its test is what happens if they try to flee, so it is catalogued as a conditional. He rules out Israel, the Central African Republic and an unnamed European country; the article sums up “now there was no foreign escape for Putin and his team”. “Does not exist” is a flat assertion (0.85).',
    tags: ['exile'],
  },
  {
    ...FROM_THE_ARTICLE,
    ...SOLOVEY,
    id: 'fc-solovey-establishment-nervous',
    quote:
      'the political establishment is very nervous, especially those responsible for the military and political part of the operation',
    claim:
      "As of December 2022 Russia's political establishment, above all those running the war, was very nervous.",
    kind: 'present-state',
    deadline: ON_PUBLICATION,
    probability: 0.85,
    hedge: '',
    resolutionCriteria:
      'Correct if reporting from the time (leaks, defections, open infighting, officials’ own words) shows marked anxiety in the Russian elite, most of all among those in charge of the war; incorrect if it appeared confident and united.',
    note: 'He gives the lack of an exile option as the reason (“that is why”); an unquoted line in his run of remarks, attributed to him. Hard to see from outside: without inside evidence, Unresolvable is a fair judgement. A flat assertion with no hedge word (0.85).',
    tags: ['elite', 'exile'],
  },
];
