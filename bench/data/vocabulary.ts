/** Words the generator builds names and text from; invented, so no generated fact reads as real. */

export const FIRST_NAMES = [
  'Anton',
  'Boris',
  'Daria',
  'Elena',
  'Fedir',
  'Galina',
  'Hanna',
  'Igor',
  'Jonas',
  'Karina',
  'Lev',
  'Marta',
  'Nadia',
  'Oleh',
  'Pavel',
  'Rita',
  'Sergiy',
  'Taras',
  'Ulla',
  'Viktor',
  'Yana',
  'Zoran',
];

export const SYLLABLES = [
  'ko',
  'va',
  'len',
  'dor',
  'mir',
  'sha',
  'tan',
  'bel',
  'ris',
  'nov',
  'gar',
  'pel',
  'stro',
  'vik',
  'lan',
  'zar',
  'mon',
  'tel',
  'ruk',
  'hal',
];

export const SURNAME_ENDINGS = ['enko', 'ov', 'sky', 'uk', 'ich', 'escu', 'is', 'an'];

export const POST_TITLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Special Envoy',
  'Adviser',
  'Spokesman',
  'Secretary',
  'Chief of Staff',
];

export const REPRESENTATION_ROLES = ['special envoy', 'foreign policy adviser', 'aide', 'spokesman'];

export const RELATION_KINDS = ['son-in-law', 'spouse', 'sibling'];

export const CAPACITIES = [
  'Defence Minister',
  'Kremlin aide',
  'Deputy Foreign Minister',
  'head of intelligence',
  'Secretary of the Security Council',
];

export const ISSUE_WORDS = [
  'withdrawal',
  'ceasefire',
  'membership',
  'guarantees',
  'sanctions',
  'exchange',
  'elections',
  'reconstruction',
  'demilitarisation',
  'recognition',
];

export const TEXT_WORDS = [
  'talks',
  'delegation',
  'said',
  'officials',
  'agreed',
  'rejected',
  'proposal',
  'round',
  'security',
  'border',
  'prisoners',
  'frozen',
  'frontline',
  'envoy',
  'statement',
  'demanded',
  'reported',
  'meeting',
  'Monday',
  'sides',
  'peace',
  'truce',
  'region',
  'Kremlin',
];
