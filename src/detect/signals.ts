import { normalizeText, splitIdentifier } from '../dom/normalize';
import { firstLabel, radioGroup, textOf } from '../dom/tree';
import type { PlatformAdapter } from './adapter';
import { groupLabelText, hintText, labelOf } from './labels';
import type { ControlSignals, FillableElement } from './types';
import { IDENT_NOISE, isSentence, NEVER_TEXT } from './vocabulary';

// Autocomplete tokens that only qualify the field (sections, address kinds, channels) or switch it off.
const AUTOCOMPLETE_NOISE = /^(section-.*|shipping|billing|home|work|mobile|fax|pager|on|off|webauthn)$/;

/**
 * The field-name token of an `autocomplete` attribute ("section-a shipping email" → "email"). A list
 * naming two fields ("courier name", "email username") is invalid, as browsers read it: it names none.
 */
export function autocompleteToken(value: string | null): string {
  const tokens = (value ?? '').toLowerCase().trim().split(/\s+/);
  const named = tokens.filter((t) => t && !AUTOCOMPLETE_NOISE.test(t));
  return named.length === 1 ? named[0]! : '';
}

export function controlType(control: Element): string {
  switch (control.tagName) {
    case 'SELECT':
      return 'select';
    case 'TEXTAREA':
      return 'textarea';
    case 'INPUT':
      return (control as HTMLInputElement).type.toLowerCase();
    default:
      return 'contenteditable';
  }
}

/**
 * How many options say what a list is: a country list (about 250) is read whole. A longer list (a
 * shop's thousand phones) is read at even steps from its first option on: what its options are about
 * shows as well in 300 of them, and the fill still chooses among all of them (src/dom/options.ts).
 */
export const OPTIONS_READ = 300;

/** `items` itself, or OPTIONS_READ of them at even steps from the first. */
const evenSample = <T>(items: ArrayLike<T>): T[] => {
  if (items.length <= OPTIONS_READ) return Array.from(items);
  const step = items.length / OPTIONS_READ;
  return Array.from({ length: OPTIONS_READ }, (_, index) => items[Math.floor(index * step)]!);
};

function optionTexts(control: Element, adapter?: PlatformAdapter): string[] {
  const widget = adapter?.widgetFor?.(control as FillableElement);
  if (widget) return evenSample(widget.options).map((o) => normalizeText(o.label || o.value));
  if (control.tagName === 'SELECT') {
    return evenSample((control as HTMLSelectElement).options).map((o) =>
      normalizeText(`${o.text} ${o.value}`),
    );
  }
  if ((control as HTMLInputElement).type === 'radio') {
    return radioGroup(control as HTMLInputElement).map((r) => {
      const own = firstLabel(r);
      return normalizeText(`${own ? textOf(own) : ''} ${r.value}`);
    });
  }
  const list = control.getAttribute('list');
  const datalist = list ? control.ownerDocument?.getElementById(list) : null;
  return datalist ? evenSample(datalist.querySelectorAll('option')).map((o) => normalizeText(o.value)) : [];
}

// Chinese labels are padded to equal width with spaces ("姓　　名", "邮　　箱"): the word is whole again.
const CJK_GAP = /(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g;
const normalizeLabel = (text: string | null | undefined) => normalizeText(text).replace(CJK_GAP, '');

/**
 * A label without its parenthetical remarks: "Nom (tel qu'indiqué sur le passeport)" → "Nom",
 * "お名前【必須】" → "お名前", "件名「必須」" → "件名".
 */
export const withoutAsides = (text: string): string =>
  text.replace(/[(（[][^)）\]]*[)）\]]|【[^】]*】|「[^」]*」/g, ' ');

// Frameworks nest a field's name in a path: `user[first_name]`, `checkout.billingAddress.firstName`,
// `ctl00$Main$txtEmail`. The last segment that says something is the field; the rest is context.
const PATH_SEPARATOR = /[.[\]$:|/]+/;

/** A last segment that only qualifies the one before it: `phone.prefix`, `order[id]`, `mobile.number`. */
const QUALIFIER = /^(number|num|no|nr|prefix|code|id|text|ext)$/;

/** The words of a name or id, split into its last meaningful segment and the path before it. */
export function identifierParts(raw: string | null | undefined): { words: string[]; path: string[] } {
  const segments = (raw ?? '').split(PATH_SEPARATOR).filter(Boolean);
  for (let i = segments.length - 1; i >= 0; i--) {
    const words = splitIdentifier(segments[i]);
    if (words.some((w) => !IDENT_NOISE.test(w))) {
      const head = i && words.every((w) => QUALIFIER.test(w) || IDENT_NOISE.test(w)) ? i - 1 : i;
      const wordsOf = (from: number, to: number) => segments.slice(from, to).flatMap(splitIdentifier);
      return { words: wordsOf(head, i + 1), path: wordsOf(0, head) };
    }
  }
  return { words: splitIdentifier(raw), path: [] };
}

/** Everything a control says about itself, normalised for the vocabulary. */
export function collectSignals(
  control: FillableElement,
  form?: Element | null,
  adapter?: PlatformAdapter,
): ControlSignals {
  const generic = labelOf(control, form);
  const platformLabel = !generic.source?.startsWith('label')
    ? adapter?.labelFor?.(control, form ?? control)
    : undefined;
  let label = platformLabel ? { text: platformLabel, source: `platform:${adapter!.id}` } : generic;
  const placeholder = normalizeLabel(
    control.getAttribute('placeholder') ?? control.getAttribute('data-placeholder'),
  );
  let hint = `${hintText(control)} ${groupLabelText(control)}`;
  // A sentence before a box that names itself ("Your email address will not be published." above a
  // comment form's boxes) is a note about the form, not this box's label: a hint at most. A sentence
  // that rules the box out ("If you are human, leave this field blank") stays its label.
  const before = label.source === 'text-before' ? normalizeLabel(label.text) : '';
  if (placeholder && isSentence(before) && !NEVER_TEXT.test(before)) {
    hint = `${label.text} ${hint}`;
    label = { text: '', source: '' };
  }
  const maxLength = (control as HTMLInputElement).maxLength;
  const name = identifierParts(control.getAttribute('name'));
  const id = identifierParts(control.id);
  return {
    autocomplete: autocompleteToken(control.getAttribute('autocomplete')),
    type: controlType(control),
    nameWords: name.words,
    idWords: id.words,
    pathWords: [...new Set([...name.path, ...id.path])],
    label: normalizeLabel(label.text),
    labelCore: normalizeLabel(withoutAsides(label.text)),
    labelSource: label.source,
    ariaLabel: normalizeLabel(control.getAttribute('aria-label')),
    placeholder,
    title: normalizeText(control.getAttribute('title')),
    hint: normalizeText(hint),
    options: optionTexts(control, adapter).filter(Boolean),
    rawPlaceholder: control.getAttribute('placeholder') ?? '',
    maxLength: maxLength > 0 ? maxLength : undefined,
  };
}
