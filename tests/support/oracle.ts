// The oracle for the e2e corpus: what each annotated control must hold for a profile, computed
// independently of the extension's code, and the comparison of a page snapshot with it.
//
// Every control in a fixture page says what it must end up holding:
//   data-expect="<field key>"  the profile's value for that field, formatted for the box
//                              (select: the option marked data-expect-selected; radio: this one checked);
//   data-expect="none"         its original value (data-original / data-original-checked, else the markup's).
// A frame whose <iframe> has data-expect-frame="none", and every page of a policy case, must keep every
// control as it was.
import { parsePhoneNumber } from 'libphonenumber-js';
import type { CorpusPage, TestProfile } from '../fixtures/sites/corpus';

/** One control as the page's own scripts see it (collected by ./fixtures.ts). */
export interface ControlRecord {
  where: string;
  tag: string;
  type: string;
  id: string;
  name: string;
  label: string;
  expect: string | null;
  honeypot: boolean;
  untouchable: string | null;
  stateKey: string | null;
  mentions: string | null;
  maxLength: number;
  /** Text controls: the value; checkable: checked; select: selected index. */
  original: string | boolean | number;
  current: string | boolean | number;
  value: string;
  expectedOption?: number;
  options?: string[];
}

export interface FrameRecord {
  url: string;
  lang: string;
  controls: ControlRecord[];
  submits: string[];
  state: Record<string, unknown> | null;
}

export interface FrameSnapshot extends FrameRecord {
  /** data-expect-frame / data-frame-kind of the <iframe> (null for the top document). */
  frameExpect: string | null;
  frameKind: string | null;
}

// ---- what each control must hold ---------------------------------------------------------------

const digits = (value: string) => value.replace(/\D/g, '');
const HAN = /^\p{Script=Han}+$/u;

const luhn = (number: string) =>
  [...number].reverse().reduce((sum, char, index) => {
    const digit = Number(char) * (index % 2 ? 2 : 1);
    return sum + (digit > 9 ? digit - 9 : digit);
  }, 0) %
    10 ===
  0;

/** A fixture profile with an invalid identifier would test nothing (the extension rightly drops it). */
function assertValidIdentifiers(profile: TestProfile): void {
  const imei = digits(profile.imei);
  const eid = digits(profile.eid);
  const iccid = digits(profile.iccid);
  if (imei && !(imei.length === 15 && luhn(imei))) throw new Error(`fixture error: invalid IMEI ${imei}`);
  if (eid && !(eid.length === 32 && BigInt(eid) % 97n === 1n))
    throw new Error(`fixture error: invalid EID ${eid}`);
  if (iccid && !(/^89\d{17,18}$/.test(iccid) && luhn(iccid)))
    throw new Error(`fixture error: invalid ICCID ${iccid}`);
}

/** The formatted values a form may receive for a profile (an independent oracle, not the engine's code). */
export function formattedValues(profile: TestProfile): Partial<Record<string, string>> {
  assertValidIdentifiers(profile);
  const values: Partial<Record<string, string>> = {};
  const put = (key: string, value: string) => {
    if (value.trim()) values[key] = value.trim();
  };
  put('givenName', profile.givenName);
  put('familyName', profile.familyName);
  const { givenName: given, familyName: family } = profile;
  put(
    'fullName',
    given && family && HAN.test(given) && HAN.test(family) ? `${family}${given}` : `${given} ${family}`,
  );
  put('email', profile.email);
  if (profile.phone) {
    const phone = parsePhoneNumber(profile.phone, 'NC');
    put('phone', phone.number);
    put('phoneCountryCode', `+${phone.countryCallingCode}`);
    put('phoneNational', phone.nationalNumber);
  }
  put('deviceModel', profile.deviceModel);
  put('orderNumber', profile.orderNumber);
  put('activationCode', profile.activationCode);
  put('imei', digits(profile.imei));
  put('eid', digits(profile.eid));
  put('iccid', digits(profile.iccid));
  return values;
}

type Language = 'fr' | 'en' | 'zh';
const languageOf = (lang: string): Language =>
  lang.startsWith('zh') ? 'zh' : lang.startsWith('fr') ? 'fr' : 'en';
const LANGUAGE_MARKERS: Record<Language, RegExp> = {
  fr: /remplacement|réédition|duplicata|nouveau code|nouvelle esim|demande/i,
  en: /replac|reissu|re-issu|new esim|new qr/i,
  zh: /\p{Script=Han}/u,
};
const PHONE_SEPARATORS = /[\s.\-()/]/g;

/** Problems with a composed subject / description, or [] when it is right. */
function composedProblems(
  control: ControlRecord,
  field: string,
  lang: Language,
  profile: TestProfile,
): string[] {
  const text = String(control.current);
  const problems: string[] = [];
  if (!text.trim()) return ['is empty'];
  if (!LANGUAGE_MARKERS[lang].test(text)) problems.push(`is not written in the page's language (${lang})`);
  if (control.maxLength > 0 && text.length > control.maxLength)
    problems.push(`exceeds maxlength ${control.maxLength}`);
  const code = profile.activationCode;
  const matchingId = code.split('$')[2] ?? '';
  if ((code && text.includes(code)) || (matchingId && text.includes(matchingId))) {
    problems.push('contains the activation code, which only goes into a box that asks for it');
  }
  if (field === 'description') {
    const wanted = control.mentions ? control.mentions.split(/\s+/) : ['deviceModel', 'orderNumber'];
    const values = formattedValues(profile);
    for (const key of wanted) {
      const value = values[key];
      if (value && !text.includes(value)) problems.push(`does not mention the ${key} "${value}"`);
    }
  }
  return problems;
}

function valueProblem(control: ControlRecord, field: string, expected: string): string | null {
  const got = String(control.current);
  if (field === 'phone' || field === 'phoneNational' || field === 'phoneCountryCode') {
    if (got.replace(PHONE_SEPARATORS, '') === expected) return null;
  } else if (got === expected) {
    return null;
  }
  if (control.maxLength > 0 && got.length > control.maxLength)
    return `exceeds maxlength ${control.maxLength}`;
  return `expected "${expected}", got "${got}"`;
}

// ---- assessing a page ----------------------------------------------------------------------

export type LeakKind = 'hidden' | 'third-party' | 'cross-carrier' | 'non-support' | 'policy' | 'untouchable';

export interface PageAssessment {
  page: string;
  /** Controls that had to receive a profile value. */
  expected: number;
  right: number;
  missed: number;
  /** A value written that is not the expected one (including the wrong radio/option). */
  wrong: number;
  leaks: Record<LeakKind, number>;
  /** Controls whose value differs from the original, across frames (radios: newly checked ones). */
  changed: number;
  problems: string[];
}

const changedFrom = (control: ControlRecord) =>
  control.type === 'radio'
    ? control.current === true && control.original !== true
    : control.current !== control.original;

const describe = (frame: FrameSnapshot, control: ControlRecord) => {
  const where = frame.frameKind ? `[${frame.frameKind} frame ${new URL(frame.url).host}] ` : '';
  const name = control.id ? `#${control.id}` : control.name ? `[name="${control.name}"]` : '';
  const label = control.label ? ` "${control.label}"` : '';
  return `${where}${control.where}${control.tag}${control.type !== control.tag ? `(${control.type})` : ''}${name}${label}`;
};

const shown = (control: ControlRecord, value: string | boolean | number) =>
  typeof value === 'number' ? `option ${value} "${control.options?.[value] ?? '?'}"` : JSON.stringify(value);

function leakKind(entry: CorpusPage, frame: FrameSnapshot, control: ControlRecord): LeakKind | 'misplaced' {
  if (control.honeypot || entry.nothingBecause === 'not-shown-yet') return 'hidden';
  if (frame.frameKind === 'cross-carrier' || entry.nothingBecause === 'cross-carrier') return 'cross-carrier';
  if (frame.frameKind === 'third-party' || frame.frameKind === 'sandboxed') return 'third-party';
  if (entry.kind === 'policy') return 'policy';
  if (entry.kind === 'non-support') return 'non-support';
  if (control.untouchable) return 'untouchable';
  return 'misplaced';
}

/** Compares every control with its annotation; pure, so it is the same for every page. */
export function assess(entry: CorpusPage, frames: FrameSnapshot[], label = entry.name): PageAssessment {
  const values = formattedValues(entry.profile);
  const result: PageAssessment = {
    page: label,
    expected: 0,
    right: 0,
    missed: 0,
    wrong: 0,
    leaks: {
      hidden: 0,
      'third-party': 0,
      'cross-carrier': 0,
      'non-support': 0,
      policy: 0,
      untouchable: 0,
    },
    changed: 0,
    problems: [],
  };
  for (const frame of frames) {
    const nothing = entry.nothingBecause !== undefined || frame.frameExpect === 'none';
    const groupsWithField = new Set(
      frame.controls.filter((c) => c.type === 'radio' && c.expect && c.expect !== 'none').map((c) => c.name),
    );
    for (const control of frame.controls) {
      const changed = changedFrom(control);
      if (changed) result.changed++;
      const what = describe(frame, control);
      if (control.expect === null) {
        result.problems.push(`${what}: not annotated (add data-expect)`);
        continue;
      }
      const field = nothing ? 'none' : control.expect;
      if (field === 'none') {
        if (!changed) continue;
        const kind = leakKind(entry, frame, control);
        if (!nothing && control.type === 'radio' && groupsWithField.has(control.name)) {
          result.wrong++;
          result.problems.push(`${what}: wrong choice checked`);
        } else if (kind === 'misplaced') {
          // An ordinary box of the support form that asks for something else: a misplaced value.
          result.wrong++;
          result.problems.push(
            `${what}: must stay as it was (it asks for something else), now ${shown(control, control.current)}`,
          );
        } else {
          result.leaks[kind]++;
          result.problems.push(
            `${what}: must be left alone (${kind}), was ${shown(control, control.original)}, now ${shown(control, control.current)}`,
          );
        }
        continue;
      }
      const composed = field === 'subject' || field === 'description';
      const value = field === 'reason' ? entry.profile.reason || undefined : values[field];
      if (!composed && value === undefined) {
        // The profile has nothing for this box: it must stay as it was.
        if (changed) {
          result.wrong++;
          result.problems.push(
            `${what}: profile has no ${field}, yet it changed to ${shown(control, control.current)}`,
          );
        }
        continue;
      }
      result.expected++;
      if (!changed) {
        result.missed++;
        result.problems.push(
          `${what}: expected ${field}, left unchanged (${shown(control, control.current)})`,
        );
        continue;
      }
      let problem: string | null;
      if (composed) {
        const problems = composedProblems(control, field, languageOf(frame.lang), entry.profile);
        problem = problems.length
          ? `${field} ${problems.join('; ')} — got ${JSON.stringify(control.current)}`
          : null;
      } else if (control.type === 'radio') {
        problem = control.current === true ? null : `expected this ${field} option checked`;
      } else if (control.tag === 'select') {
        if ((control.expectedOption ?? -1) < 0) problem = 'fixture error: no option has data-expect-selected';
        else
          problem =
            control.current === control.expectedOption
              ? null
              : `expected ${shown(control, control.expectedOption!)}, got ${shown(control, control.current)}`;
      } else {
        problem = valueProblem(control, field, value!);
      }
      if (problem) {
        result.wrong++;
        result.problems.push(`${what}: ${problem}`);
      } else {
        result.right++;
      }
    }
    // Framework pages: the app's own state must hold what the DOM shows.
    if (frame.state) {
      for (const control of frame.controls.filter((c) => c.stateKey)) {
        const stateValue = frame.state[control.stateKey!];
        const mismatch =
          control.type === 'checkbox'
            ? stateValue !== control.current
            : control.type === 'radio'
              ? control.current === true && stateValue !== control.value
              : control.tag === 'select' || control.type === 'contenteditable'
                ? String(stateValue ?? '') !== control.value
                : String(stateValue ?? '') !== String(control.current);
        if (mismatch) {
          result.problems.push(
            `${describe(frame, control)}: the app's state.${control.stateKey} is ${JSON.stringify(stateValue)} but the control shows ${JSON.stringify(control.type === 'radio' || control.type === 'checkbox' ? control.current : control.value)}`,
          );
        }
      }
    }
    for (const submit of frame.submits)
      result.problems.push(`a form was submitted in ${frame.url}: ${submit}`);
  }
  return result;
}
