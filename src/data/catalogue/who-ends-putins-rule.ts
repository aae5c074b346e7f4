// The catalogue, part one: Inozemtsev on who can end Putin's rule. Only a coup by his own
// elite, whose timing no one can foresee; no popular uprising, from a society that is inert and
// shows no wish to stop the war.
import type { Forecast } from '../../domain/model';
import { FROM_THE_ARTICLE, ON_PUBLICATION, INOZEMTSEV } from './speakers';

export const WHO_ENDS_PUTINS_RULE: Forecast[] = [
  {
    ...FROM_THE_ARTICLE,
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
    ...FROM_THE_ARTICLE,
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
    ...FROM_THE_ARTICLE,
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
    ...FROM_THE_ARTICLE,
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
    ...FROM_THE_ARTICLE,
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
    ...FROM_THE_ARTICLE,
    ...INOZEMTSEV,
    id: 'fc-inozemtsev-no-desire-to-stop-war',
    quote: 'so far I don’t see any desire to stop the war',
    claim: 'As of December 2022 Russian society showed no visible desire to stop the war.',
    kind: 'present-state',
    deadline: ON_PUBLICATION,
    probability: 0.7,
    hedge: 'I don’t see',
    resolutionCriteria:
      'Correct if in late 2022 there were no sizeable anti-war protests, petitions or organised movements in Russia demanding an end to the war; incorrect if there were (for example repeated protests of thousands, or prominent public figures openly calling for the war to stop).',
    note: '“Desire” is read as desire shown in action, following “There were no major protests”. Opinion polls of the time that preferred peace talks show a quieter preference; counting them is a judgement call, so say so in the judgement note. “I don’t see” is a personal-observation hedge, read like “I think” (0.7).',
    tags: ['society', 'protest', 'war-support'],
  },
];
