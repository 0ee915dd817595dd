import { carrierIdForName } from './carrier-name';
import { REASONS } from './fields';

/**
 * Version 1 is the prototype's shape, stored before the schema existed:
 *   { name, carrier, email, phone, deviceModel, orderNumber, activationCode, imei, eid, iccid, reason, notes }
 * with one free `name` string, a free-text `carrier` name instead of a registry id, a free-text
 * `reason`, and identifiers sometimes saved as numbers. Version 2 is `profileSchema`.
 *
 * The migration never throws and never drops a value: what it cannot map is kept in a field where the
 * person sees it (the whole name in givenName, an unknown carrier in carrierOtherName, an unknown reason
 * in notes); values of unexpected types are passed on unchanged so that loading quarantines them.
 */
export function migrateProfileV1toV2(value: unknown): unknown {
  if (!isRecord(value) || !looksLikeV1(value)) return value;
  const { name, carrier, reason, ...rest } = value;
  const next: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(rest)) next[key] = numberToText(field);

  if (typeof name === 'string') Object.assign(next, splitName(name));
  else if (name != null) next.givenName = numberToText(name);

  if (typeof carrier === 'string' && carrier.trim()) {
    const id = carrierIdForName(carrier);
    next.carrierId = id ?? 'other';
    if (!id) next.carrierOtherName = carrier.trim();
  } else if (carrier != null && carrier !== '') {
    next.carrierOtherName = carrier;
  }

  if (typeof reason === 'string') {
    const mapped = reasonFromText(reason);
    next.reason = mapped.reason;
    if (!mapped.exact) {
      const notes = typeof next.notes === 'string' ? next.notes : '';
      next.notes = [notes, `Reason: ${reason.trim()}`].filter(Boolean).join('\n');
    }
  } else if (reason != null) {
    next.reason = reason;
  }
  return next;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// A value already in the v2 shape passes through, so running the migration twice is harmless.
const looksLikeV1 = (value: Record<string, unknown>): boolean => 'name' in value || 'carrier' in value;

const numberToText = (value: unknown): unknown =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;

const FAMILY_PARTICLES = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'del',
  'dos',
  'ter',
  'bin',
  'al',
]);
// Two capitals at least, so that an initial ("J.") is not taken for a family name in capitals.
const isUpperWord = (word: string): boolean => /\p{Lu}.*\p{Lu}/u.test(word) && word === word.toUpperCase();
const isHanWord = (word: string): boolean => /^\p{Script=Han}+$/u.test(word);

/**
 * Splits "Jean Dupont", "Marie de la Fontaine", "Dupont, Jean" and the French administrative
 * "DUPONT Jean" into given and family names. Anything it cannot split with confidence (one word, names
 * without spaces such as 王小明) stays whole in givenName: nothing is dropped.
 */
export function splitName(raw: string): { givenName: string; familyName: string } {
  const name = raw.replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma > 0 && comma === name.lastIndexOf(',')) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    if (family && given) return { givenName: given, familyName: family };
  }
  const words = name.split(' ');
  if (words.length < 2) return { givenName: name, familyName: '' };

  // Chinese names written with a space keep the family name first: "王 小明".
  if (words.every(isHanWord)) return { givenName: words.slice(1).join(' '), familyName: words[0]! };

  // "DUPONT Jean": leading words in capitals, then a mixed-case given name.
  const leadingUpper = words.findIndex((word) => !isUpperWord(word));
  if (leadingUpper > 0 && words.slice(leadingUpper).every((word) => !isUpperWord(word))) {
    return {
      givenName: words.slice(leadingUpper).join(' '),
      familyName: words.slice(0, leadingUpper).join(' '),
    };
  }

  let familyStart = words.length - 1;
  while (familyStart > 1 && FAMILY_PARTICLES.has(words[familyStart - 1]!.toLowerCase())) familyStart--;
  return { givenName: words.slice(0, familyStart).join(' '), familyName: words.slice(familyStart).join(' ') };
}

// Words recognised anywhere in a free-text v1 reason (accents and case removed first).
const word = (alternatives: string) => new RegExp(`(?<![a-z])(?:${alternatives})(?![a-z])`);
const REASON_WORDS: ReadonlyArray<[(typeof REASONS)[number], RegExp]> = [
  ['lost', word('lost|stolen|theft|perte|perdue?|vol|volee?|丢失|被盗|丢')],
  ['damaged', word('damaged|broken|endommagee?|cassee?|损坏|坏')],
  [
    'newDevice',
    word('newdevice|new (?:device|phone)|changed? (?:my )?phone|nouveau telephone|changement|换机|更换设备'),
  ],
  ['deleted', word('deleted|removed|supprimee?|误删|删除')],
];
const SAYS_NO_MORE = new Set([
  'lost or stolen',
  'perte ou vol',
  'new device',
  'new phone',
  'deleted by mistake',
]);

/** Maps a free-text reason; `exact` is false when the text says more than the enum keeps. */
function reasonFromText(text: string): { reason: (typeof REASONS)[number] | ''; exact: boolean } {
  const trimmed = text.trim();
  if (!trimmed) return { reason: '', exact: true };
  if ((REASONS as readonly string[]).includes(trimmed)) {
    return { reason: trimmed as (typeof REASONS)[number], exact: true };
  }
  const plain = trimmed
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  for (const [reason, pattern] of REASON_WORDS) {
    const match = pattern.exec(plain);
    if (match) return { reason, exact: match[0] === plain || SAYS_NO_MORE.has(plain) };
  }
  return { reason: 'other', exact: false };
}
