// Who speaks in the shipped article, and what every entry of its catalogue shares: the
// article itself and the day it was published, which is the day each forecast was made.
import { SEED_SOURCE_ID } from '../seed-article';

const MADE_ON = '2022-12-22';

/** Every entry's source and the day it was made. */
export const FROM_THE_ARTICLE = { sourceId: SEED_SOURCE_ID, madeOn: MADE_ON };

/** The deadline of a present-state claim: the day of publication, so it can be judged at once. */
export const ON_PUBLICATION = { latest: MADE_ON };

export const INOZEMTSEV = {
  speaker: 'Vladislav Inozemtsev',
  speakerRole:
    'Political scientist; director of the Russian Center for Post-Industrial Society Research (Washington)',
};
export const GALLYAMOV = {
  speaker: 'Abbas Gallyamov',
  speakerRole: 'Putin’s former speechwriter, now a critic',
};
export const SOLOVEY = {
  speaker: 'Valery Solovey',
  speakerRole: 'Former professor at MGIMO (Moscow State Institute of International Relations)',
};
