// The forecasts of the shipped article, catalogued by hand. Quotes are copied byte for byte
// from SEED_ARTICLE_TEXT (curly quotes included) and a test holds them to it.
//
// Conventions, so entries are comparable:
// - Probabilities come from the hedge words (median readings of "Perceptions of Probability"
//   and Sherman Kent's words of estimative probability): certainly 0.95; I am sure, This is
//   correct, hopeless (that it fails) 0.9; will, would, does not exist (flat assertion) 0.85;
//   can (capacity) 0.8; should / probably 0.75; I believe, I think, I don't see 0.7; impossible
//   to predict -> null. A flat assertion with no hedge word at all has hedge '' and 0.85.
// - Present-state claims describe the day of publication, so their deadline is that day: they
//   can be judged at once.
// - A statement repeated by a caption ("experts said") is one forecast; the note names the repeat.
import type { Forecast } from '../domain/model';
import { SEED_SOURCE_ID } from './seed-article';
import { SEED_TITLES } from './seed-titles';

const MADE_ON = '2022-12-22';
const NOW = { latest: MADE_ON };

const INOZEMTSEV = {
  speaker: 'Vladislav Inozemtsev',
  speakerRole:
    'Political scientist; director of the Russian Center for Post-Industrial Society Research (Washington)',
};
const GALLYAMOV = {
  speaker: 'Abbas Gallyamov',
  speakerRole: 'Putin’s former speechwriter, now a critic',
};
const SOLOVEY = {
  speaker: 'Valery Solovey',
  speakerRole: 'Former professor at MGIMO (Moscow State Institute of International Relations)',
};

const common = { sourceId: SEED_SOURCE_ID, madeOn: MADE_ON };

const CATALOGUE: Forecast[] = [
  {
    ...common,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-coup-only-way-out',
    quote:
      'I believe the only chance to change the situation is some sort of coup – once the elite really understand that Putin is leading them down a dead end',
    claim:
      'Only a palace coup by his own elite will remove Putin from power and end the war in Ukraine.',
    kind: 'conditional',
    deadline: null,
    probability: 0.7,
    hedge: 'I believe',
    premise: 'Putin is removed from power, or the war ends.',
    resolutionCriteria:
      'Correct if Putin is ousted by insiders in a coup and the war ends (a ceasefire or peace that stops the fighting) after that; incorrect if the war ends while Putin is still in power, or if Putin is removed some other way (an election, a mass uprising, foreign action). Pending while both he and the war go on; his death in office is not a removal.',
    note: 'One statement, reported three times: the lede “Vladimir Putin will only be removed from power by a palace coup”, “this is the only prospect of an end to the “meat grinder war”” and the caption “The war in Ukraine will only end if Putin is ousted from power in a coup”. The quote is his own words; “change the situation” is read as both removing Putin and ending the war, as the article frames it. The hedge is his “I believe” (0.7), not the reporter’s flatter “will only”.',
    tags: ['regime-change', 'coup', 'war-duration'],
  },
  {
    ...common,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-coup-unpredictable',
    quote: 'whether it’s going to happen or not, or when…. is impossible to predict',
    claim: 'Whether and when a coup against Putin will happen cannot be foreseen.',
    kind: 'vague',
    deadline: null,
    probability: null,
    hedge: 'impossible to predict',
    resolutionCriteria:
      'Correct if no coup happens, or one comes without credible public warning; incorrect if a coup follows a plot that was credibly reported, with its timing, in advance. It gives no odds, so it is never scored for calibration; most readers will mark it Unresolvable.',
    note: 'A refusal to forecast rather than a forecast: it qualifies fc-inozemtsev-coup-only-way-out (a coup is the only way out, but there is no saying whether it comes). The text opens this quote with “ and closes it with ’, and prints “when….” as shown.',
    tags: ['regime-change', 'coup'],
  },
  {
    ...common,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-coup-insiders',
    quote: 'Such a coup would involve Putin’s closest aides or guards',
    claim:
      'If Putin is ousted in a coup, his closest aides or his bodyguards will take part in it.',
    kind: 'conditional',
    deadline: null,
    probability: 0.85,
    hedge: 'would',
    premise: 'A coup removes Putin from power.',
    resolutionCriteria:
      'Correct if a coup that removes Putin involves members of his inner circle (senior Kremlin aides, security chiefs) or his personal guard (the FSO); incorrect if he is ousted by a coup in which none of them take part (for example one led only by field commanders or regional leaders); annulled if no coup removes him.',
    note: 'An unattributed sentence in the run of Inozemtsev’s remarks, so attributed to him; the caption “The experts warn that such a coup against Putin … would involve his close aides or guards” repeats it. “Would” is the conditional mood of a flat assertion (0.85). A coup attempt that fails does not meet the premise.',
    tags: ['regime-change', 'coup', 'elite'],
  },
  {
    ...common,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-no-mass-uprising',
    quote: 'Hopes for a mass uprising to overthrow Putin were hopeless',
    claim: 'No mass popular uprising will overthrow Putin.',
    kind: 'open-ended',
    deadline: null,
    probability: 0.9,
    hedge: 'hopeless',
    resolutionCriteria:
      'Correct if Putin leaves power (or dies) without a mass uprising having forced him out; incorrect if mass street protests or a popular revolt drive him from power. Pending while he rules.',
    note: 'Reported speech (“he said”); the caption repeats it as “all hope of a mass uprising to overthrow Putin was lost”. “Hopeless” is read as about 0.9 that an uprising fails, hence 0.9 for this claim.',
    tags: ['regime-change', 'protest'],
  },
  {
    ...common,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-society-inert',
    quote: 'Russian society “is totally inert – and the Kremlin should not expect any problems',
    claim:
      'Russian society will stay passive and cause the Kremlin no serious trouble over the war.',
    kind: 'open-ended',
    deadline: null,
    probability: 0.75,
    hedge: 'should not expect',
    resolutionCriteria:
      'Correct if, while the war goes on, there are no mass anti-war or anti-government protests, strikes or unrest that the authorities cannot contain or that force a change of policy; incorrect if there are (for example protests of tens of thousands in several cities, or mobilisation called off under public pressure).',
    note: 'No time frame is given; read as “for as long as the war lasts”. “Totally inert” describes the present, the forecast is the second half. “Should not expect” is advice more than certainty, so it is read like “probably” (0.75). Whether emigration or scattered sabotage count as “problems” is the reader’s call.',
    tags: ['society', 'protest'],
  },
  {
    ...common,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-no-desire-to-stop-war',
    quote: 'so far I don’t see any desire to stop the war',
    claim: 'As of December 2022 Russian society showed no visible desire to stop the war.',
    kind: 'present-state',
    deadline: NOW,
    probability: 0.7,
    hedge: 'I don’t see',
    resolutionCriteria:
      'Correct if in late 2022 there were no sizeable anti-war protests, petitions or organised movements in Russia demanding an end to the war; incorrect if there were (for example repeated protests of thousands, or prominent public figures openly calling for the war to stop).',
    note: '“Desire” is read as desire shown in action, following “There were no major protests”. Opinion polls of the time that preferred peace talks show a quieter preference; counting them is a judgement call, so say so in the judgement note. “I don’t see” is a personal-observation hedge, read like “I think” (0.7).',
    tags: ['society', 'protest', 'war-support'],
  },
  {
    ...common,
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
    ...common,
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
    ...common,
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
    ...common,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-ukraine-army-determined',
    quote: 'I am sure it is determined to repel Russian attacks',
    claim:
      'As of December 2022 the Ukrainian army was determined to keep repelling Russian attacks.',
    kind: 'present-state',
    deadline: NOW,
    probability: 0.9,
    hedge: 'I am sure',
    resolutionCriteria:
      'Correct if in the winter of 2022–23 Ukraine’s forces kept resisting and counter-attacking, with no move by Kyiv or its commanders towards capitulation or a ceasefire on Russia’s terms; incorrect if there was such a move.',
    note: 'Determination is judged by behaviour at the time. His reason follows: Ukraine “is constantly arming itself with Western weapons and ammunition, and this process is developing quite steadily” (a description, not catalogued). The sentence stands outside quotation marks but inside Inozemtsev’s run of remarks.',
    tags: ['ukraine', 'military'],
  },
  {
    ...common,
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
    ...common,
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
    ...common,
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
  {
    ...common,
    ...GALLYAMOV,
    id: 'fc-gallyamov-power-vacuum',
    quote: 'power vacuum is forming',
    claim: 'As of December 2022 a power vacuum was forming at the top of the Russian state.',
    kind: 'present-state',
    deadline: NOW,
    probability: 0.85,
    hedge: '',
    resolutionCriteria:
      'Correct if around the publication date there were clear signs of weakening central control: open infighting among the elite, rival power centres acting on their own (private armies, regional leaders), or key decisions left unmade; incorrect if the Kremlin’s hold over the elite and the security forces was firm and uncontested.',
    note: 'A trend (“is forming”) rather than an event, so evidence may surface only later; judge what was true around the publication date. Told to interviewer Yevgenia Albats and reported in fragments. A flat assertion with no hedge word (0.85).',
    tags: ['regime-change', 'elite'],
  },
  {
    ...common,
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
    ...common,
    ...GALLYAMOV,
    id: 'fc-gallyamov-exile-plan',
    quote:
      'his circle has been looking for a “rainy day” plan for him and his close people to flee Russia if necessary',
    claim:
      "As of December 2022 Putin's circle was preparing a plan for him and his associates to flee Russia.",
    kind: 'present-state',
    deadline: NOW,
    probability: 0.85,
    hedge: '',
    resolutionCriteria:
      'Correct if credible reporting (leaks, officials’ accounts, investigative journalism) confirms that such an escape plan was being prepared around late 2022; incorrect if credible reporting shows that none was; Unresolvable if neither emerges.',
    note: 'He names the refuges sought: “They had sought refuge in China, Venezuela and Argentina”; the article ties this to rumours of an “Operation Noah’s Ark”. Solovey disputes the plan’s chances, not its existence (fc-solovey-no-exile). A flat assertion with no hedge word (0.85).',
    tags: ['exile', 'elite'],
  },
  {
    ...common,
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
    ...common,
    ...SOLOVEY,
    id: 'fc-solovey-establishment-nervous',
    quote:
      'the political establishment is very nervous, especially those responsible for the military and political part of the operation',
    claim:
      "As of December 2022 Russia's political establishment, above all those running the war, was very nervous.",
    kind: 'present-state',
    deadline: NOW,
    probability: 0.85,
    hedge: '',
    resolutionCriteria:
      'Correct if reporting from the time (leaks, defections, open infighting, officials’ own words) shows marked anxiety in the Russian elite, most of all among those in charge of the war; incorrect if it appeared confident and united.',
    note: 'He gives the lack of an exile option as the reason (“that is why”); an unquoted line in his run of remarks, attributed to him. Hard to see from outside: without inside evidence, Unresolvable is a fair judgement. A flat assertion with no hedge word (0.85).',
    tags: ['elite', 'exile'],
  },
];

/** The catalogue, each forecast with its short title. */
export const SEED_FORECASTS: Forecast[] = CATALOGUE.map((f) => ({
  ...f,
  title: SEED_TITLES[f.id],
}));
