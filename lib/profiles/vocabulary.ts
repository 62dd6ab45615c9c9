// The curated values profiles choose from. Labels are what people see; keys are stored.

export const INTERESTS = [
  'art',
  'basketball',
  'bible-study',
  'books',
  'chess',
  'cooking',
  'country-music',
  'crochet',
  'current-events',
  'drawing',
  'fantasy',
  'fitness',
  'football',
  'gardening',
  'genealogy',
  'guitar',
  'hip-hop',
  'history',
  'horror',
  'languages',
  'law',
  'math',
  'meditation',
  'movies',
  'mythology',
  'nature',
  'philosophy',
  'poetry',
  'psychology',
  'puzzles',
  'r-and-b',
  'rock-music',
  'science',
  'sci-fi',
  'soccer',
  'spanish',
  'spirituality',
  'tattoo-art',
  'travel',
  'writing',
] as const;
export type Interest = (typeof INTERESTS)[number];

/** The label for a stored key; a key outside the list (an old value) shows as itself. */
export function labelFor(labels: Record<string, string>, key: string): string {
  return labels[key] ?? key;
}

/** The keys of a stored comma list ("friendship,legal-help"), for showing or checking each one. */
export function splitList(value: string): string[] {
  return value.split(',').filter(Boolean);
}

/** A stored comma list as labels, ready to read: "Friendship, Legal help". */
export function labelList(labels: Record<string, string>, keys: string): string {
  return splitList(keys)
    .map((key) => labelFor(labels, key))
    .join(', ');
}

export function interestLabel(key: string): string {
  const special: Record<string, string> = {
    'r-and-b': 'R&B',
    'sci-fi': 'Sci-fi',
    'hip-hop': 'Hip-hop',
    'bible-study': 'Bible study',
  };
  return special[key] ?? key.charAt(0).toUpperCase() + key.slice(1).replace(/-/g, ' ');
}

export const SEEKING = ['friendship', 'mentorship', 'spiritual', 'legal-help', 'romance'] as const;
export const SEEKING_LABELS: Record<(typeof SEEKING)[number], string> = {
  friendship: 'Friendship',
  mentorship: 'Mentorship',
  spiritual: 'Spiritual support',
  'legal-help': 'Legal help',
  romance: 'Romance',
};

export const LANGUAGES = [
  'english',
  'spanish',
  'french',
  'portuguese',
  'arabic',
  'vietnamese',
  'chinese',
  'asl',
] as const;
export const LANGUAGE_LABELS: Record<(typeof LANGUAGES)[number], string> = {
  english: 'English',
  spanish: 'Spanish',
  french: 'French',
  portuguese: 'Portuguese',
  arabic: 'Arabic',
  vietnamese: 'Vietnamese',
  chinese: 'Chinese',
  asl: 'American Sign Language',
};

export const GENDERS = ['woman', 'man', 'nonbinary', 'other'] as const;
export const GENDER_LABELS: Record<(typeof GENDERS)[number], string> = {
  woman: 'Woman',
  man: 'Man',
  nonbinary: 'Non-binary',
  other: 'Another gender',
};

export const MESSAGING_VENDORS = ['none', 'jpay', 'securus', 'corrlinks', 'viapath', 'other'] as const;
export const VENDOR_LABELS: Record<(typeof MESSAGING_VENDORS)[number], string> = {
  none: 'No e-messaging',
  jpay: 'JPay',
  securus: 'Securus',
  corrlinks: 'CorrLinks',
  viapath: 'ViaPath',
  other: 'Another service',
};

export const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'District of Columbia',
};

// How a representative knows the person they list.
export const RELATIONSHIPS = [
  'mother',
  'father',
  'sister',
  'brother',
  'daughter',
  'son',
  'wife',
  'husband',
  'partner',
  'aunt',
  'uncle',
  'cousin',
  'friend',
  'advocate',
  'chaplain',
  'facility staff',
  'other',
] as const;
