// A fictional demo directory: 24 invented facilities and any number of invented people, identical for the same seed.
// Every name, address, number and story here is made up; none describes a real facility or person.
import type { Database } from '../lib/db/client';
import { slugify } from '../lib/format/slug';
import type { Prisma } from '../lib/db/generated/sqlite/client';
import { interestBitsOf } from '../lib/profiles/interest-bits';
import { GENDERS, INTERESTS, LANGUAGES, MESSAGING_VENDORS, SEEKING, type Interest } from '../lib/profiles/vocabulary';

type Gender = (typeof GENDERS)[number];
type Seeking = (typeof SEEKING)[number];
type Language = (typeof LANGUAGES)[number];
type Vendor = (typeof MESSAGING_VENDORS)[number];
type Rand = () => number;

export type DemoProfile = {
  profile: Prisma.ProfileCreateManyInput;
  tags: { kind: 'interest' | 'seeking' | 'language'; value: string }[];
};

const DAY = 24 * 60 * 60 * 1000;
const DEFAULT_NOW = new Date('2026-11-28T00:00:00Z');

/** mulberry32: tiny and fast, and plenty random for demo data that must repeat exactly. */
function mulberry32(seed: number): Rand {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const pickChar = (rand: Rand, chars: string) => chars.charAt(Math.floor(rand() * chars.length));
const between = (rand: Rand, min: number, max: number) => min + rand() * (max - min);
const intBetween = (rand: Rand, min: number, max: number) => Math.floor(between(rand, min, max + 1));
/** Precomputes running totals once, so picking from a hot list costs a short scan and no allocation. */
function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (rand: Rand) => T {
  let total = 0;
  const cumulative = entries.map(([, weight]) => (total += weight));
  return (rand) => {
    const roll = rand() * total;
    let i = 0;
    while (i < cumulative.length - 1 && cumulative[i]! <= roll) i++;
    return entries[i]![0];
  };
}
const daysFrom = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const dayOf = (date: Date, days: number) => new Date(Math.floor(date.getTime() / DAY + days) * DAY); // midnight UTC
const plusTwelveMonths = (date: Date) => {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
};
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------------------------------- facilities

const SCAN_CENTRES = [
  'Mail Processing Center\nPO Box 24100\nTampa, FL 33600',
  'Digital Correspondence Unit\nPO Box 41750\nHollis Creek, TX 75990',
  'Inmate Mail Scanning Center\nPO Box 8020\nMaple Junction, PA 17099',
];

const PHOTO_RULES = [
  'Up to 5 photos per envelope, 4x6 or smaller. No polaroids. No nudity or sexually suggestive poses.',
  'Maximum 10 photos, 4x6 only. No instant photos, hand signs, or images of weapons, money or drugs.',
  "Photos must be on photo paper, 4x6 max, 3 per letter. Write the person's name and number on the back.",
  'Photos are scanned with the mail and originals destroyed. Limit 5 per envelope; no collages.',
  'No more than 8 photos at a time. No polaroids, stickers, glitter or laminated photos. No nudity, including partial.',
  'Up to 4 photos, 4x6 or 5x7. Printouts on plain paper count toward the limit. No swimwear or underwear.',
  'Photos are not accepted by mail; send them through the tablet messaging service instead.',
  '6 photos per envelope, 4x6 maximum. No polaroids or photos with writing on the front.',
];

type FacilitySpec = {
  name: string;
  state: string;
  town: string;
  zip: string;
  mailLine: string;
  scan?: number;
  rules: number;
  vendor: Vendor;
  format: string;
  size: number;
  notes?: string;
};

// `format` shapes inmate numbers (# digit, @ letter); `size` weights how many demo people live there.
const FACILITIES: FacilitySpec[] = [
  {
    name: 'Cedar Ridge Correctional Facility',
    state: 'OR',
    town: 'Cedar Ridge',
    zip: '97012',
    mailLine: 'PO Box 700',
    rules: 0,
    vendor: 'jpay',
    format: '########',
    size: 3,
  },
  {
    name: 'Juniper Hollow State Prison',
    state: 'NV',
    town: 'Juniper Hollow',
    zip: '89460',
    mailLine: 'PO Box 1989',
    rules: 1,
    vendor: 'none',
    format: '######',
    size: 2,
    notes: 'Use blue or black ink only; no crayon, marker or perfume.',
  },
  {
    name: 'Copper Mesa Correctional Complex',
    state: 'AZ',
    town: 'Copper Mesa',
    zip: '85390',
    mailLine: 'PO Box 3400',
    scan: 0,
    rules: 3,
    vendor: 'securus',
    format: '######',
    size: 3,
  },
  {
    name: 'Larkspur Valley Correctional Center for Women',
    state: 'CO',
    town: 'Larkspur Valley',
    zip: '81290',
    mailLine: '1200 Larkspur Road',
    rules: 4,
    vendor: 'other',
    format: '######',
    size: 2,
    notes: "Women's facility.",
  },
  {
    name: 'Thistle Creek Correctional Institution',
    state: 'FL',
    town: 'Thistle Creek',
    zip: '32590',
    mailLine: 'PO Box 5150',
    scan: 0,
    rules: 3,
    vendor: 'jpay',
    format: '@#####',
    size: 3,
  },
  {
    name: 'Saw Palmetto Work Camp',
    state: 'FL',
    town: 'Palmetto Flats',
    zip: '34290',
    mailLine: 'PO Box 212',
    scan: 0,
    rules: 3,
    vendor: 'jpay',
    format: '@#####',
    size: 1,
    notes: 'Minimum security.',
  },
  {
    name: 'Bramblewood State Correctional Institution',
    state: 'PA',
    town: 'Bramblewood',
    zip: '16890',
    mailLine: 'PO Box 99',
    scan: 2,
    rules: 6,
    vendor: 'viapath',
    format: '@@####',
    size: 3,
  },
  {
    name: 'Harrow Flats Unit',
    state: 'TX',
    town: 'Harrow Flats',
    zip: '79390',
    mailLine: '4400 FM 1890',
    scan: 1,
    rules: 5,
    vendor: 'securus',
    format: '########',
    size: 3,
  },
  {
    name: 'Mesquite Draw Unit',
    state: 'TX',
    town: 'Mesquite Draw',
    zip: '76890',
    mailLine: '2601 County Road 318',
    scan: 1,
    rules: 5,
    vendor: 'securus',
    format: '########',
    size: 2,
  },
  {
    name: 'Quarry Hill Correctional Facility',
    state: 'NY',
    town: 'Quarry Hill',
    zip: '12990',
    mailLine: 'PO Box 4000',
    rules: 7,
    vendor: 'viapath',
    format: '##@####',
    size: 2,
    notes: 'Packages only from approved vendors.',
  },
  {
    name: 'Saltmarsh Correctional Institution',
    state: 'SC',
    town: 'Saltmarsh',
    zip: '29490',
    mailLine: '800 Egret Lane',
    rules: 0,
    vendor: 'viapath',
    format: '#######',
    size: 2,
  },
  {
    name: 'Kestrel Point Corrections Center',
    state: 'WA',
    town: 'Kestrel Point',
    zip: '98390',
    mailLine: 'PO Box 2049',
    rules: 2,
    vendor: 'jpay',
    format: '######',
    size: 2,
    notes: 'No greeting cards with padding, glitter or sound chips.',
  },
  {
    name: 'Bluestem Prairie Correctional Facility',
    state: 'KS',
    town: 'Bluestem',
    zip: '67590',
    mailLine: 'PO Box 311',
    rules: 1,
    vendor: 'corrlinks',
    format: '#######',
    size: 1,
  },
  {
    name: 'Ironweed Correctional Center',
    state: 'MO',
    town: 'Ironweed',
    zip: '65790',
    mailLine: '1 Ironweed Drive',
    rules: 4,
    vendor: 'securus',
    format: '#######',
    size: 2,
  },
  {
    name: 'Heronmere State Prison',
    state: 'MN',
    town: 'Heronmere',
    zip: '56190',
    mailLine: '5300 Shoreline Avenue',
    rules: 2,
    vendor: 'none',
    format: '######',
    size: 1,
    notes: 'Envelopes must be plain white; no coloured paper.',
  },
  {
    name: 'Sable Rock Penitentiary',
    state: 'WY',
    town: 'Sable Rock',
    zip: '82990',
    mailLine: 'PO Box 160',
    rules: 7,
    vendor: 'other',
    format: '#####',
    size: 1,
  },
  {
    name: 'Marigold County Detention Center',
    state: 'GA',
    town: 'Marigold',
    zip: '31890',
    mailLine: '90 Justice Way',
    rules: 6,
    vendor: 'securus',
    format: '@#######',
    size: 1,
    notes: 'County jail: people move often, so confirm the address before writing.',
  },
  {
    name: 'Foxglove Correctional Institution',
    state: 'OH',
    town: 'Foxglove',
    zip: '45990',
    mailLine: 'PO Box 788',
    rules: 0,
    vendor: 'jpay',
    format: '@######',
    size: 2,
    notes: "Women's facility.",
  },
  {
    name: 'Tamarack Bend Correctional Facility',
    state: 'MI',
    town: 'Tamarack Bend',
    zip: '49990',
    mailLine: '2700 Tamarack Road',
    rules: 1,
    vendor: 'jpay',
    format: '######',
    size: 2,
  },
  {
    name: 'Silverleaf State Prison',
    state: 'CA',
    town: 'Silverleaf',
    zip: '93290',
    mailLine: 'PO Box 5005',
    rules: 7,
    vendor: 'viapath',
    format: '@@####',
    size: 3,
  },
  {
    name: 'Granite Fork Conservation Camp',
    state: 'CA',
    town: 'Granite Fork',
    zip: '96190',
    mailLine: 'PO Box 61',
    rules: 7,
    vendor: 'viapath',
    format: '@@####',
    size: 1,
    notes: 'Fire camp; mail can take an extra week.',
  },
  {
    name: 'Whistling Pines Correctional Center',
    state: 'LA',
    town: 'Whistling Pines',
    zip: '71490',
    mailLine: 'PO Box 1230',
    rules: 5,
    vendor: 'securus',
    format: '######',
    size: 2,
  },
  {
    name: 'Owlhollow Correctional Institution',
    state: 'NC',
    town: 'Owlhollow',
    zip: '28690',
    mailLine: '310 Hollow Creek Road',
    rules: 4,
    vendor: 'none',
    format: '#######',
    size: 2,
    notes: 'Stamps may not be enclosed.',
  },
  {
    name: 'Lanternfield Correctional Center',
    state: 'IL',
    town: 'Lanternfield',
    zip: '62990',
    mailLine: 'PO Box 1700',
    rules: 2,
    vendor: 'corrlinks',
    format: '@#####',
    size: 2,
  },
];

const facilityId = (index: number) => `fac-${String(index + 1).padStart(2, '0')}`;

export function demoFacilities(): Prisma.FacilityCreateManyInput[] {
  return FACILITIES.map((spec, index) => ({
    id: facilityId(index),
    name: spec.name,
    state: spec.state,
    addressLines: `${spec.mailLine}\n${spec.town}, ${spec.state} ${spec.zip}`,
    mailScanned: spec.scan !== undefined,
    scanAddressLines: spec.scan === undefined ? null : SCAN_CENTRES[spec.scan]!,
    photoRules: PHOTO_RULES[spec.rules]!,
    messagingVendor: spec.vendor,
    notes: spec.notes ?? '',
    reviewedAt: DEFAULT_NOW,
  }));
}

// ------------------------------------------------------------------------------------------------------ people

const NEUTRAL_FIRST = [
  'Jordan',
  'Alex',
  'Riley',
  'Casey',
  'Taylor',
  'Jamie',
  'Avery',
  'Quinn',
  'Morgan',
  'Skyler',
  'Rowan',
  'Sam',
];
const NEUTRAL_MIDDLE = ['Lee', 'Jean', 'Rae', 'Blake', 'Jordan'];
const FIRST_NAMES: Record<Gender, readonly string[]> = {
  man: [
    'James',
    'Michael',
    'Robert',
    'David',
    'Marcus',
    'Anthony',
    'Jose',
    'Luis',
    'Carlos',
    'Andre',
    'Darnell',
    'Tyrone',
    'Kevin',
    'Brian',
    'Jason',
    'Travis',
    'Cody',
    'Dustin',
    'Juan',
    'Miguel',
    'Daniel',
    'Christopher',
    'Terrence',
    'Jamal',
    'Malik',
    'DeShawn',
    'Raymond',
    'Eric',
    'Victor',
    'Tuan',
    'Minh',
    'Samuel',
    'Elijah',
    'Wesley',
    'Hector',
    'Omar',
  ],
  woman: [
    'Maria',
    'Jennifer',
    'Ashley',
    'Jessica',
    'Tamika',
    'Keisha',
    'Latoya',
    'Brittany',
    'Amber',
    'Crystal',
    'Angela',
    'Rosa',
    'Carmen',
    'Guadalupe',
    'Linh',
    'Mei',
    'Nicole',
    'Heather',
    'Tiffany',
    'Danielle',
    'Shanice',
    'Destiny',
    'Sarah',
    'Megan',
    'Monique',
    'Yolanda',
    'Patricia',
    'Teresa',
    'Aaliyah',
    'Kayla',
  ],
  nonbinary: NEUTRAL_FIRST,
  other: NEUTRAL_FIRST,
};
const MIDDLE_NAMES: Record<Gender, readonly string[]> = {
  man: ['Anthony', 'Lee', 'James', 'Allen', 'Ray', 'Antonio', 'Edward', 'Lamar', 'Wayne', 'Miguel'],
  woman: ['Marie', 'Ann', 'Lynn', 'Renee', 'Elena', 'Denise', 'Grace', 'Jean', 'Nicole', 'Rose'],
  nonbinary: NEUTRAL_MIDDLE,
  other: NEUTRAL_MIDDLE,
};
const LAST_NAMES = [
  'Thompson',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Martinez',
  'Rodriguez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Davis',
  'Miller',
  'Wilson',
  'Moore',
  'Taylor',
  'Jackson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Torres',
  'Nguyen',
  'Tran',
  'Kim',
  'Patel',
  'Rivera',
  'Flores',
  'Washington',
  'Coleman',
  'Brooks',
  'Reyes',
  'Ortiz',
  'Murphy',
  'Bennett',
  'Sullivan',
  'Yazzie',
  'Begay',
  'Okafor',
  'Haddad',
  'Castillo',
  'Ramos',
  'Mitchell',
  'Carter',
  'Fisher',
];
const pickGender = weightedPicker([
  ['man', 62],
  ['woman', 33],
  ['nonbinary', 3],
  ['other', 2],
] as const);
const pickRace = weightedPicker([
  ['Black', 5],
  ['White', 5],
  ['Latino', 4],
  ['Asian American', 1],
  ['Native American', 1],
  ['Multiracial', 1.5],
] as const);
const OFFENSES = [
  'Drug possession with intent to distribute',
  'Burglary',
  'Armed robbery',
  'Prefer to discuss in letters',
  'Aggravated assault',
  'Second-degree murder',
  'Vehicle theft',
  'Fraud',
  'Manslaughter',
  'Possession of a controlled substance',
  'Robbery',
  'Felony DUI',
  'Identity theft',
  'Parole violation',
  'Felon in possession of a firearm',
  'Attempted murder',
  'Theft',
  'Drug trafficking',
  'Home invasion',
  'Prefer to discuss in letters',
]; // listed twice: a common answer
const pickRelationship = weightedPicker([
  ['mother', 5],
  ['sister', 4],
  ['friend', 5],
  ['advocate', 3],
  ['chaplain', 2],
  ['facility staff', 1],
  ['aunt', 2],
  ['daughter', 2],
  ['brother', 2],
  ['cousin', 2],
  ['wife', 1],
] as const);
const WOMEN_RELATIONSHIPS = new Set(['mother', 'sister', 'aunt', 'daughter', 'wife']);
const STATUS_REASONS: Record<string, readonly string[]> = {
  released: ['Released on parole.', 'Sentence completed; asked to be removed from the directory.'],
  transferred: ['Moved to another facility; new address not yet verified.', 'Transferred out of state.'],
  taken_down: [
    'Removed at the request of the person listed.',
    'Submitter withdrew consent.',
    'Removed after a report while under review.',
  ],
};

// Some interests are far more common than others, as in real directories.
const INTEREST_WEIGHTS: Partial<Record<Interest, number>> = {
  books: 6,
  fitness: 5,
  art: 4,
  drawing: 4,
  writing: 4,
  movies: 4,
  chess: 3,
  poetry: 3,
  cooking: 3,
  basketball: 3,
  'bible-study': 3,
  'hip-hop': 3,
  history: 3,
  guitar: 2.5,
  gardening: 2,
};
// [what doing it sounds like, what talking about it sounds like] so bios read naturally and full-text search finds the words.
const INTEREST_WORDS: Record<Interest, readonly [string, string]> = {
  art: ['making art', 'art'],
  basketball: ['playing basketball', 'basketball'],
  'bible-study': ['studying the Bible', 'Bible study'],
  books: ['reading books', 'good books'],
  chess: ['playing chess', 'chess'],
  cooking: ['cooking with whatever commissary has', 'cooking'],
  'country-music': ['listening to country music', 'country music'],
  crochet: ['crocheting blankets', 'crochet patterns'],
  'current-events': ['keeping up with the news', 'current events'],
  drawing: ['drawing portraits', 'drawing'],
  fantasy: ['reading fantasy novels', 'fantasy books'],
  fitness: ['working out', 'fitness'],
  football: ['following football', 'football'],
  gardening: ['working in the prison garden', 'gardening'],
  genealogy: ['tracing my family tree', 'genealogy'],
  guitar: ['playing guitar', 'guitar'],
  'hip-hop': ['writing hip-hop verses', 'hip-hop'],
  history: ['reading about history', 'history'],
  horror: ['reading horror stories', 'horror movies'],
  languages: ['learning new languages', 'languages'],
  law: ['studying law in the library', 'the law'],
  math: ['working through math problems', 'math'],
  meditation: ['meditating', 'meditation'],
  movies: ['talking about movies', 'movies'],
  mythology: ['reading Greek and Norse mythology', 'mythology'],
  nature: ['watching birds from the yard', 'nature'],
  philosophy: ['reading philosophy', 'philosophy'],
  poetry: ['writing poetry', 'poetry'],
  psychology: ['reading psychology books', 'psychology'],
  puzzles: ['doing crossword puzzles', 'puzzles'],
  'r-and-b': ['listening to R&B', 'R&B'],
  'rock-music': ['listening to classic rock', 'rock music'],
  science: ['reading about science', 'science'],
  'sci-fi': ['reading science fiction', 'sci-fi'],
  soccer: ['playing soccer', 'soccer'],
  spanish: ['practicing my Spanish', 'Spanish'],
  spirituality: ['exploring my spirituality', 'spirituality'],
  'tattoo-art': ['sketching tattoo designs', 'tattoo art'],
  travel: ['planning trips I want to take', 'travel'],
  writing: ['writing short stories', 'writing'],
};
const pickInterest = weightedPicker(INTERESTS.map((key) => [key, INTEREST_WEIGHTS[key] ?? 1.5] as const));

const HOMETOWNS = [
  'a small town in the Midwest',
  'the Gulf Coast',
  'the desert Southwest',
  'a farming town',
  'the Pacific Northwest',
  'the Appalachian hills',
  'a big city up north',
  'a border town',
];
const TRAITS = [
  'night owl',
  'optimist',
  'quiet thinker',
  'proud parent',
  'lifelong learner',
  'homebody at heart',
  'people person',
];
type Person = { first: string; age: number };
const INTROS: ((p: Person, rand: Rand) => string)[] = [
  (p) => `Hi, I'm ${p.first}.`,
  (p) => `My name is ${p.first} and I'm ${p.age}.`,
  (p, rand) => `${p.first} here, originally from ${pick(rand, HOMETOWNS)}.`,
  (p, rand) => `I'm ${p.first}, a ${p.age}-year-old ${pick(rand, TRAITS)}.`,
  (p, rand) => `I grew up in ${pick(rand, HOMETOWNS)} and I'm ${p.age} years old.`,
];
const INTEREST_LINES: ((a: string, b: string) => string)[] = [
  (a, b) => `I spend most of my free time ${a} and ${b}.`,
  (a, b) => `Most days you'll find me ${a}, and when I get the chance I enjoy ${b}.`,
  (a, b) => `${capitalise(a)} keeps me steady, and ${b} keeps me curious.`,
  (a, b) => `Lately I've been ${a} and ${b}.`,
  (a, b) => `Two things get me through the week: ${a} and ${b}.`,
];
const TOPIC_LINES: ((topic: string) => string)[] = [
  (t) => `I'd love to hear what you think about ${t}.`,
  (t) => `Ask me about ${t}; I could fill pages.`,
  (t) => `Always happy to swap recommendations on ${t}.`,
  (t) => `I'm trying to learn more about ${t} and would welcome any tips.`,
];
const CLOSINGS: Record<Seeking, readonly string[]> = {
  friendship: [
    "I'm hoping to find a steady pen pal to swap stories with.",
    'Looking for genuine friendship and honest conversation.',
    'I answer every letter I get.',
  ],
  mentorship: [
    "I'd welcome a mentor who can help me plan for life after release.",
    "I'm looking for someone with good advice about work and school.",
  ],
  spiritual: [
    "Faith means a lot to me and I'd welcome someone to share it with.",
    "I'd like to write with someone about faith and finding peace.",
  ],
  'legal-help': ["I'm also looking for anyone who knows about appeals or reentry resources."],
  romance: [
    'Open to getting to know someone special, one letter at a time.',
    "If the connection is there, I'm open to more than friendship.",
  ],
};

/** `count` different interests, favouring the common ones (redrawing repeats is cheap: at most 7 of 40). */
function pickInterests(rand: Rand, count: number): Interest[] {
  const chosen: Interest[] = [];
  while (chosen.length < count) {
    const key = pickInterest(rand);
    if (!chosen.includes(key)) chosen.push(key);
  }
  return chosen;
}

const SEEKING_ODDS: Record<Seeking, number> = {
  friendship: 0.8,
  mentorship: 0.2,
  spiritual: 0.15,
  'legal-help': 0.12,
  romance: 0.25,
};
function pickSeeking(rand: Rand): Seeking[] {
  const chosen = SEEKING.filter((key) => rand() < SEEKING_ODDS[key]).slice(0, 3);
  return chosen.length > 0 ? chosen : ['friendship'];
}

function pickLanguages(rand: Rand): Language[] {
  const chosen = LANGUAGES.filter((lang) => rand() < (lang === 'english' ? 0.9 : lang === 'spanish' ? 0.25 : 0.015));
  return chosen.length > 0 ? chosen : [rand() < 0.7 ? 'spanish' : pick(rand, LANGUAGES.slice(2))];
}

function composeBio(rand: Rand, person: Person, interests: Interest[], seeking: Seeking[]): string {
  const sentences: string[] = [];
  if (rand() < 0.7) sentences.push(pick(rand, INTROS)(person, rand));
  sentences.push(pick(rand, INTEREST_LINES)(INTEREST_WORDS[interests[0]!][0], INTEREST_WORDS[interests[1]!][0]));
  if (rand() < 0.5) sentences.push(pick(rand, TOPIC_LINES)(INTEREST_WORDS[interests[2]!][1]));
  sentences.push(pick(rand, CLOSINGS[pick(rand, seeking)]));
  return sentences.join(' ');
}

/** Inmate numbers follow the facility's pattern: # is a digit, @ a letter (no I or O, which read as digits). */
function fillPattern(rand: Rand, pattern: string): string {
  let out = '';
  for (const c of pattern)
    out += c === '#' ? pickChar(rand, '0123456789') : c === '@' ? pickChar(rand, 'ABCDEFGHJKLMNPRSTUVWXYZ') : c;
  return out;
}

function housingUnit(rand: Rand): string | null {
  const roll = rand();
  if (roll < 0.3) return null;
  if (roll < 0.8) return `Unit ${pickChar(rand, 'ABCDEFGH')}-${intBetween(rand, 101, 348)}`;
  return roll < 0.9
    ? `Dorm ${intBetween(rand, 1, 12)}, Bed ${intBetween(rand, 1, 64)}`
    : `Cell Block ${pickChar(rand, 'CDEF')}-${intBetween(rand, 1, 40)}`;
}

// Multiplying by a prime coprime to 36 permutes 0..36^6-1, so references look random but never repeat.
const REFERENCE_SPACE = 36 ** 6;
const referenceFor = (index: number) =>
  `BB-${((index * 999_983 + 7_777_777) % REFERENCE_SPACE).toString(36).toUpperCase().padStart(6, '0')}`;

type Dates = Pick<Prisma.ProfileCreateManyInput, 'status' | 'listedAt' | 'verifiedAt' | 'expiresAt' | 'createdAt'>;

// 'lapsed' is a published listing past its date: expiry is derived from expiresAt, never stored as a status.
const pickStatus = weightedPicker([
  ['published', 920],
  ['pending', 20],
  ['lapsed', 20],
  ['released', 13],
  ['transferred', 14],
  ['taken_down', 13],
] as const);
const pickListingKind = weightedPicker([
  ['recent', 8],
  ['normal', 92],
] as const);

/** Status and listing dates. Every 50th person (offset 13) is published but expires within 30 days, and every
 * 100th (offset 37) is published but already past expiry, so even a small demo exercises expiry filtering. */
function listingDates(rand: Rand, now: Date, n: number): Dates {
  const forced = n % 100 === 37 ? 'pastExpiry' : n % 50 === 13 ? 'expiringSoon' : null;
  const picked = forced ? 'published' : pickStatus(rand);
  if (picked === 'pending')
    return {
      status: picked,
      listedAt: null,
      verifiedAt: null,
      expiresAt: null,
      createdAt: daysFrom(now, -between(rand, 0.1, 14)),
    };
  const status = picked === 'lapsed' ? 'published' : picked;
  const kind = forced ?? (picked === 'lapsed' ? 'lapsed' : status === 'published' ? pickListingKind(rand) : 'normal');
  let verifiedAt: Date;
  let listedAt: Date;
  if (kind === 'expiringSoon' || kind === 'pastExpiry' || kind === 'lapsed') {
    const [min, max] = kind === 'expiringSoon' ? [336, 364] : kind === 'pastExpiry' ? [367, 420] : [370, 700];
    verifiedAt = daysFrom(now, -between(rand, min, max));
    listedAt = daysFrom(verifiedAt, -between(rand, 0, 20));
  } else {
    listedAt = daysFrom(now, kind === 'recent' ? -between(rand, 1, 30) : -between(rand, 30, 330));
    verifiedAt = new Date(listedAt.getTime() + rand() * (now.getTime() - listedAt.getTime()));
  }
  return { status, listedAt, verifiedAt, expiresAt: plusTwelveMonths(verifiedAt), createdAt: listedAt };
}

export function demoProfiles(
  count: number,
  options: { seed?: number; now?: Date; withPhotos?: boolean } = {},
): DemoProfile[] {
  const { seed = 42, now = DEFAULT_NOW, withPhotos = true } = options;
  const rand = mulberry32(seed);
  const facilities = demoFacilities();
  const pickFacility = weightedPicker(FACILITIES.map((spec, index) => [index, spec.size] as const));
  const results: DemoProfile[] = [];
  let portraits = 0;

  for (let n = 1; n <= count; n++) {
    // The first 24 people cover every facility once, so even a small demo has someone everywhere.
    const facilityIndex = n <= FACILITIES.length ? n - 1 : pickFacility(rand);
    const facility = facilities[facilityIndex]!;
    const gender = pickGender(rand);
    const first = pick(rand, FIRST_NAMES[gender]);
    const last = pick(rand, LAST_NAMES);
    const middle = rand() < 0.8 ? pick(rand, MIDDLE_NAMES[gender]) : null;
    const ageBand = rand();
    const age =
      ageBand < 0.7 ? intBetween(rand, 25, 49) : ageBand < 0.85 ? intBetween(rand, 19, 24) : intBetween(rand, 50, 72);
    const interests = pickInterests(rand, intBetween(rand, 3, 7));
    const seeking = pickSeeking(rand);
    const languages = pickLanguages(rand);
    const dates = listingDates(rand, now, n);
    const released = dates.status === 'released';
    const relationship = pickRelationship(rand);
    const submitterFirst = pick(
      rand,
      FIRST_NAMES[
        WOMEN_RELATIONSHIPS.has(relationship) ? 'woman' : relationship === 'brother' ? 'man' : pick(rand, GENDERS)
      ],
    );
    const submitterLast =
      rand() < 0.6 && relationship !== 'advocate' && relationship !== 'chaplain' && relationship !== 'facility staff'
        ? last
        : pick(rand, LAST_NAMES);
    const displayName = `${first} ${last.charAt(0)}.`;

    const profile: Prisma.ProfileCreateManyInput = {
      id: `demo-${String(n).padStart(6, '0')}`,
      slug: `${slugify(first)}-${slugify(last).charAt(0)}-${String(n).padStart(5, '0')}`,
      reference: referenceFor(n),
      displayName,
      legalName: middle ? `${first} ${middle} ${last}` : `${first} ${last}`,
      inmateNumber: fillPattern(rand, FACILITIES[facilityIndex]!.format),
      facilityId: facility.id!,
      state: facility.state,
      housingUnit: housingUnit(rand),
      photoPath: withPhotos && rand() < 0.6 ? `/demo/portraits/${(portraits++ % 12) + 1}.svg` : null,
      // Whole years plus a fraction, so the age on the card is exactly `age`.
      birthDate: dayOf(now, -(age + between(rand, 0.01, 0.99)) * 365.25),
      gender,
      raceEthnicity: rand() < 0.2 ? null : pickRace(rand),
      // Released people left recently; otherwise a quarter have no date and the rest are 2 months to 15 years out.
      releaseDate: released
        ? dayOf(now, -between(rand, 1, 60))
        : rand() < 0.25
          ? null
          : dayOf(now, 60 + (15 * 365 - 60) * rand() ** 1.5),
      offense: pick(rand, OFFENSES),
      bio: composeBio(rand, { first, age }, interests, seeking),
      interests: interests.join(','),
      interestBits: interestBitsOf(interests),
      seeking: seeking.join(','),
      languages: languages.join(','),
      status: dates.status,
      statusReason: STATUS_REASONS[dates.status!] ? pick(rand, STATUS_REASONS[dates.status!]!) : null,
      submitterName: `${submitterFirst} ${submitterLast}`,
      submitterEmail: `${slugify(submitterFirst)}.${slugify(submitterLast)}${n % 997}@example.org`,
      submitterRelationship: relationship,
      consentGiven: true,
      listedAt: dates.listedAt,
      verifiedAt: dates.verifiedAt,
      expiresAt: dates.expiresAt,
      createdAt: dates.createdAt,
    };
    const tags: DemoProfile['tags'] = [];
    for (const value of interests) tags.push({ kind: 'interest', value });
    for (const value of seeking) tags.push({ kind: 'seeking', value });
    for (const value of languages) tags.push({ kind: 'language', value });
    results.push({ profile, tags });
  }
  return results;
}

/** Inserts the demo facilities and `count` demo people with their tags (a search index trigger picks up the bios). */
export async function seedDemoProfiles(db: Database, count = 220): Promise<void> {
  await db.facility.createMany({ data: demoFacilities() });
  // Dated from the real clock so "published and current" means the same to the app as it did to the generator.
  const people = demoProfiles(count, { now: new Date() });
  for (let i = 0; i < people.length; i += 500) {
    await db.profile.createMany({ data: people.slice(i, i + 500).map(({ profile }) => profile) });
  }
  const tags = people.flatMap(({ profile, tags: own }) => own.map((tag) => ({ profileId: profile.id!, ...tag })));
  for (let i = 0; i < tags.length; i += 2000) {
    await db.profileTag.createMany({ data: tags.slice(i, i + 2000) });
  }
}
