// Capitalised words that name no one who can speak: places ("Beijing", "the Gulf", "Wall
// Street"), events ("the World Cup", "Brexit", "the Ukraine War"), months and weekdays. An
// attribution whose subject is one of these has no speaker of its own ("In Washington, the
// president said", "Beijing will retaliate, analysts said").

/** Countries, their capitals and regions news copy names most (a place, not a government). */
const PLACES = new Set(
  (
    'Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain ' +
    'Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada ' +
    'Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt England ' +
    'Estonia Ethiopia Europe Africa Asia America Finland France Georgia Germany Ghana Greece ' +
    'Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy ' +
    'Jamaica Japan Jordan Kazakhstan Kenya Kosovo Kuwait Latvia Lebanon Libya Lithuania ' +
    'Luxembourg Malaysia Mali Malta Mexico Moldova Mongolia Montenegro Morocco Mozambique ' +
    'Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama ' +
    'Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Senegal ' +
    'Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan ' +
    'Tanzania Thailand Tunisia Turkey Türkiye Uganda Ukraine Uruguay Uzbekistan Venezuela ' +
    'Vietnam Wales Yemen Zambia Zimbabwe Gaza Crimea Donbas Kashmir Tibet Xinjiang Catalonia ' +
    'Washington Beijing Moscow Kyiv Kiev London Paris Berlin Brussels Tokyo Delhi Tehran ' +
    'Jerusalem Ankara Riyadh Pyongyang Seoul Taipei Canberra Ottawa Rome Madrid Warsaw Vienna ' +
    'Geneva Davos Dubai Doha Cairo Baghdad Damascus Kabul Islamabad Caracas Havana Minsk ' +
    'Budapest Athens Lisbon Dublin Stockholm Oslo Helsinki Copenhagen Amsterdam Frankfurt ' +
    'Shanghai Beirut Mumbai Bangkok Jakarta Manila Hanoi Sydney Melbourne Toronto Chicago ' +
    'Texas California Florida Ohio Pennsylvania Michigan Arizona Nevada Wisconsin Iowa'
  ).split(' '),
);

/** Last words of a place or an event: "Wall Street", "the Middle East", "the World Cup". */
const PLACE_OR_EVENT_END = new Set(
  (
    'Street Square Avenue Road Sea Ocean Gulf Valley River Island Islands Peninsula ' +
    'Strait Coast Bay Republic Kingdom States Emirates Arabia Korea Africa America Zealand ' +
    'Kong Cup League Games Olympics Olympiad War Wars Championship Championships Tournament ' +
    'Summit Conference Festival Open Series Prix Bowl Election Elections Referendum Crisis ' +
    'Pandemic Day Week Weekend Eve Christmas Easter Brexit Ramadan'
  ).split(' '),
);

/** First words of a place: "North Korea", "New Delhi", "Greater Manchester". */
const PLACE_START =
  /^(?:North|South|East|West|Middle|Central|Northern|Southern|Eastern|Western|Greater|Upper|Lower|New|Saudi|Hong)$/;

const TIME_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|July|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|GMT|BST|EST|EDT|CET|UTC|Updated|Published|Posted|Brexit)$/;

/**
 * Whether a capitalised name is a place, an event or a time rather than someone who speaks.
 * `known`: the text has given it as a person's name ("Theresa May", "Jack Georgia").
 */
export function namesNoSpeaker(name: string, known = false): boolean {
  if (known) return false;
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const last = (words.at(-1) ?? '').replace(/['’]s$/, '');
  // "Jan" is a first name too: "Jan Hatzius" speaks, "Jan 5" and "Jan Tuesday" do not.
  const given = words.length > 1 && words[0] === 'Jan' ? 1 : 0;
  if (words.slice(given).some((w) => TIME_WORDS.test(w.replace(/\.$/, '')))) return true;
  if (words.length === 1) return PLACES.has(last);
  if (words.some((w) => /\d/.test(w))) return true;
  return (
    PLACE_OR_EVENT_END.has(last) ||
    PLACE_START.test(words[0] ?? '') ||
    words.every((w) => PLACES.has(w))
  );
}
