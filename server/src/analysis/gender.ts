// What a text says of a person's gender, for two decisions only: which of two people sharing a surname
// a gendered honorific means ("Rebecca Stein ... her husband, Mark Stein ... Mr Stein said"), and whom
// "she" or "he" stands for when the last person named does not fit ("Maria Lopez met John Carter ... she said").
import { femaleOnlyNames, maleOnlyNames } from './lexicon/given-name-genders.generated';
import { foldName } from './names';

export type Gender = 'female' | 'male';

const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'mlle', 'dame', 'lady', 'frau', 'signora', 'sra', 'señora', 'senora', 'doña']);
const MALE_HONORIFICS = new Set(['mr', 'mister', 'sir', 'lord', 'monsieur', 'herr', 'signor', 'señor', 'senor', 'don']);
const FEMALE_ROLES = new Set(['wife', 'mother', 'daughter', 'sister', 'widow', 'grandmother', 'granddaughter', 'aunt', 'niece', 'girlfriend',
  'fiancée', 'queen', 'princess', 'actress', 'businesswoman', 'chairwoman', 'spokeswoman', 'congresswoman', 'nun']);
const MALE_ROLES = new Set(['husband', 'father', 'son', 'brother', 'widower', 'grandfather', 'grandson', 'uncle', 'nephew', 'boyfriend',
  'king', 'prince', 'actor', 'businessman', 'chairman', 'spokesman', 'congressman', 'monk']);

/** The gender an honorific states ("Mrs.", "Mr"), else null ("Dr", "Prof"). */
export function genderOfHonorific(title: string): Gender | null {
  const w = foldName(title.endsWith('.') ? title.slice(0, -1) : title);
  return FEMALE_HONORIFICS.has(w) ? 'female' : MALE_HONORIFICS.has(w) ? 'male' : null;
}

// Folded given name → gender, built the first time a gendered honorific must choose between people.
let byName: Map<string, Gender> | null = null;

function genderOfGivenName(folded: string): Gender | null {
  if (!byName) {
    byName = new Map();
    for (const n of femaleOnlyNames.split('|')) byName.set(foldName(n), 'female');
    for (const n of maleOnlyNames.split('|')) {
      const f = foldName(n);
      // Two spellings folded alike may fall on both sides: then the name says nothing.
      if (byName.get(f) === 'female') byName.delete(f);
      else byName.set(f, 'male');
    }
  }
  return byName.get(folded) ?? null;
}

/** The gender a person's roles ("her husband") or folded given names state, or null when they say nothing or disagree. */
export function genderOfPerson(roles: readonly string[], foldedGivenNames: Iterable<string>): Gender | null {
  let found: Gender | null = null;
  const note = (g: Gender | null): boolean => {
    if (!g) return true;
    if (found && found !== g) return false;
    found = g;
    return true;
  };
  for (const role of roles) {
    for (const word of role.toLowerCase().split(/[\s’']+/)) {
      if (!note(FEMALE_ROLES.has(word) ? 'female' : MALE_ROLES.has(word) ? 'male' : null)) return null;
    }
  }
  for (const name of foldedGivenNames) if (!note(genderOfGivenName(name))) return null;
  return found;
}

/** The gender "he" or "she" (any case) states, else null. */
export function genderOfPronoun(pronoun: string): Gender | null {
  const w = pronoun.toLowerCase();
  return w === 'she' || w === 'her' ? 'female' : w === 'he' || w === 'him' || w === 'his' ? 'male' : null;
}

/**
 * The gender of a person known by a full name and roles. The first word is taken for the given name
 * unless the name looks written family name first ("Kim Dae-sung", "Kim Jong Un").
 */
export function genderOfNamedPerson(name: string, roles: readonly string[]): Gender | null {
  const words = name.split(/\s+/);
  const familyFirst = /-\p{Ll}/u.test(words[words.length - 1]!) || (words.length === 3 && words.every((w) => w.length <= 4));
  const given = words.length > 1 && !familyFirst ? [foldName(words[0]!)] : [];
  return genderOfPerson(roles, given);
}
