import type { PlatformAdapter } from '../detect/adapter';
import { dialPrefix } from '../detect/labels';
import type { DetectedControl, FillableElement, FormDetection } from '../detect/types';
import { normalizeText } from '../dom/normalize';
import { matchOption, optionChoices, selectable, type Wanted } from '../dom/options';
import { kindOf } from '../dom/write';
import type { FillData } from '../messaging/protocol';
import type { FieldKey } from '../profile/fields';
import { fullNameOf } from '../profile/name';
import type { SkipReason } from '../report/types';
import { composeMessage, REASON_TEXT, SUBJECT_MAX } from './compose';
import { skipReason } from './safety';
import { wantedFor } from './write';

export interface PlannedWrite {
  control: DetectedControl;
  field: FieldKey;
  /** Text as typed into a box (and shown in the report). */
  value: string;
  /** What an option must match for selects, radios and widgets: reason key, dial code, names, or the value. */
  wanted: Wanted;
}

export interface PlannedSkip {
  control: DetectedControl;
  field: FieldKey | null;
  reason: SkipReason;
}

export interface FillPlan {
  writes: PlannedWrite[];
  skips: PlannedSkip[];
}

/**
 * One control per field, a value per control, the safety rules applied. The best-scoring control
 * that may be written wins (a hidden honeypot twin is passed over); a field whose control already
 * holds an answer, or that an earlier pass handled (`handled`), is left alone.
 */
export function planFill(
  detection: FormDetection,
  data: FillData,
  adapters: readonly PlatformAdapter[] = [],
  handled: (el: FillableElement) => boolean = () => false,
): FillPlan {
  const byField = new Map<FieldKey, DetectedControl[]>();
  const confirmations: DetectedControl[] = [];
  for (const control of detection.controls) {
    if (control.confirmation) confirmations.push(control);
    else if (control.field) {
      const same = byField.get(control.field);
      if (same) same.push(control);
      else byField.set(control.field, [control]);
    }
  }
  const chosen = new Map<FieldKey, DetectedControl>();
  const answered = new Map<FieldKey, DetectedControl>();
  const skips: PlannedSkip[] = [];
  for (const [field, controls] of byField) {
    const passedOver: PlannedSkip[] = [];
    for (const control of [...controls].sort((a, b) => b.score - a.score)) {
      if (handled(control.element)) {
        answered.set(field, control);
        break;
      }
      const reason = skipReason(control, field, adapters);
      if (!reason) {
        chosen.set(field, control);
        break;
      }
      passedOver.push({ control, field, reason });
      if (reason === 'not-empty') {
        answered.set(field, control);
        break;
      }
    }
    // A honeypot twin skipped beside the box we filled is no news for the person.
    if (!chosen.has(field)) skips.push(...passedOver);
  }

  const present = new Set<FieldKey>([...chosen.keys(), ...answered.keys()]);
  const message = composeMessage(data, detection.language, present);
  const phone = phoneParts(data.values);
  // The national number goes beside a country-code box that holds, or will hold, our code.
  const answeredCode = answered.get('phoneCountryCode')?.element;
  const chosenCode = chosen.get('phoneCountryCode')?.element;
  const national = answeredCode
    ? !!phone.code && currentText(answeredCode).replace(/\D/g, '').includes(phone.code.slice(1))
    : !!chosenCode &&
      (chosenCode.tagName !== 'SELECT' || offers(chosenCode as HTMLSelectElement, phone.code));

  const writes: PlannedWrite[] = [];
  for (const [field, control] of chosen) {
    const el = control.element;
    const choice = kindOf(el) !== 'text' && kindOf(el) !== 'editable';
    let candidates: string[];
    let wanted: string | readonly string[] | undefined;
    switch (field) {
      case 'subject':
        candidates = [clip(el, message.subject.slice(0, SUBJECT_MAX))];
        break;
      case 'description':
        candidates = [
          clip(
            el,
            el.tagName === 'INPUT'
              ? message.description.split('\n').filter(Boolean).join(' ')
              : message.description,
          ),
        ];
        break;
      case 'reason':
        candidates = data.reason ? [REASON_TEXT[data.reason][detection.language]] : [];
        wanted = data.reason;
        break;
      case 'carrier':
        candidates = [data.values.carrier ?? ''];
        wanted = [data.values.carrier ?? '', ...(data.carrierAliases ?? [])].filter(Boolean);
        break;
      case 'phoneCountryCode':
        candidates = [phone.code, phone.code.slice(1)];
        break;
      case 'phone':
      case 'phoneNational':
        // Also after a fixed "+86" printed before the box: it holds the rest of the number.
        candidates =
          (national || (!!phone.code && dialPrefix(el) === phone.code)) && phone.national
            ? [phone.national]
            : [phone.international, phone.national];
        break;
      case 'fullName':
        candidates = [fullNameOf(data.values)];
        break;
      case 'activationCode':
        candidates = [activationCodeFor(control, data.values.activationCode ?? '')];
        break;
      default:
        candidates = [data.values[field] ?? ''];
    }
    candidates = candidates.map((c) => c.trim()).filter(Boolean);
    const value = choice ? candidates[0] : fits(el, candidates);
    if (!value) skips.push({ control, field, reason: 'no-value' });
    else writes.push({ control, field, value, wanted: wantedFor(field, wanted || value) });
  }
  // "Confirm your e-mail" gets what its box gets, under the same safety rules.
  for (const control of confirmations) {
    const field = control.field!;
    const first = writes.find((w) => w.field === field);
    if (!first || handled(control.element)) continue;
    const reason = skipReason(control, field, adapters);
    if (reason) skips.push({ control, field, reason });
    else writes.push({ ...first, control });
  }
  return { writes, skips };
}

/** International form, dial code and national number, from what the profile gave. */
function phoneParts(values: FillData['values']): {
  international: string;
  code: string;
  national: string;
} {
  const international = (values.phone ?? '').replace(/[\s.\-()]/g, '');
  let code = (values.phoneCountryCode ?? '').replace(/[^\d+]/g, '');
  let national = (values.phoneNational ?? '').replace(/\D/g, '');
  // New Caledonia, the numbers most people here have: +687 and six digits.
  if (!code && /^\+687\d{6}$/.test(international)) code = '+687';
  if (code && !code.startsWith('+')) code = `+${code}`;
  if (!national && code && international.startsWith(code)) national = international.slice(code.length);
  return { international: international || (code && national ? code + national : ''), code, national };
}

const offers = (select: HTMLSelectElement, code: string) =>
  !!code && matchOption(optionChoices(select), wantedFor('phoneCountryCode', code), selectable(select)) >= 0;

function currentText(el: FillableElement): string {
  if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    return `${option?.text ?? ''} ${option?.value ?? ''}`;
  }
  return (el as HTMLInputElement).value ?? el.textContent ?? '';
}

/** A box that asks only for the matching ID or the SM-DP+ address gets that part of the LPA string. */
function activationCodeFor(control: DetectedControl, code: string): string {
  const parts = code.split('$');
  if (!/^lpa:/i.test(code) || parts.length < 3) return code;
  const { signals } = control;
  const asked = normalizeText(
    [signals.label, signals.placeholder, signals.ariaLabel, ...signals.nameWords, ...signals.idWords].join(
      ' ',
    ),
  );
  if (/matching|\bmatch id/.test(asked)) return parts[2] ?? '';
  if (/\bsm ?dp|\bsmdp|server address|adresse du serveur|服务器地址/.test(asked)) return parts[1] ?? '';
  return code;
}

const maxLength = (el: FillableElement) => {
  const max = (el as HTMLInputElement).maxLength;
  return typeof max === 'number' && max > 0 ? max : Number.POSITIVE_INFINITY;
};

/** Texts we compose may be shortened to the box; data never is. */
const clip = (el: FillableElement, text: string) => {
  const max = maxLength(el);
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
};

// What typed boxes take; a value they would silently drop (text in type=number) is not written.
const TYPE_ACCEPTS: Record<string, RegExp> = {
  number: /^-?\d+(?:\.\d+)?$/,
  email: /^[^\s@]+@[^\s@]+$/,
  url: /^https?:\/\/\S+$/,
  date: /^$/,
  'datetime-local': /^$/,
  month: /^$/,
  week: /^$/,
  time: /^$/,
};

/** The first candidate the box accepts (type, maxlength, pattern), also tried without spaces. */
function fits(el: FillableElement, candidates: string[]): string {
  const max = maxLength(el);
  const accepts = el.tagName === 'INPUT' ? TYPE_ACCEPTS[(el as HTMLInputElement).type] : undefined;
  const source = el.tagName === 'INPUT' ? (el as HTMLInputElement).pattern : '';
  let pattern: RegExp | null = null;
  try {
    pattern = source ? new RegExp(`^(?:${source})$`, 'v') : null;
  } catch {
    pattern = null;
  }
  for (const candidate of candidates.flatMap((c) => [c, c.replace(/\s+/g, '')])) {
    if (candidate.length > max || accepts?.test(candidate) === false) continue;
    if (!pattern || pattern.test(candidate)) return candidate;
  }
  return '';
}
