import type { Choice } from '../../dom/options';

// Zendesk "tagger" dropdowns: the form posts a hidden input whose `data-tagger` attribute lists the
// options as JSON; the person picks from a widget that shows the labels. Labels may nest with "::"
// ("Apple::iPhone 15 Pro"); some older themes nest with an `options` list instead.

interface RawOption {
  label?: unknown;
  name?: unknown;
  value?: unknown;
  options?: unknown;
}

function flatten(raw: unknown, prefix: string, into: Choice[]): void {
  if (!Array.isArray(raw)) return;
  for (const entry of raw as RawOption[]) {
    if (!entry || typeof entry !== 'object') continue;
    const own =
      typeof entry.label === 'string' ? entry.label : typeof entry.name === 'string' ? entry.name : '';
    const label = prefix ? `${prefix}::${own}` : own;
    if (Array.isArray(entry.options)) {
      flatten(entry.options, label, into);
      continue;
    }
    const value =
      typeof entry.value === 'string' || typeof entry.value === 'number' ? String(entry.value) : '';
    // The empty first entry ("-") is the widget's "nothing chosen", not an option.
    if (value && own.trim()) into.push({ label, value });
  }
}

/** The options of a tagger input, or undefined when it has no (readable) `data-tagger` list. */
export function taggerOptions(input: Element): Choice[] | undefined {
  const json = input.getAttribute('data-tagger');
  if (!json) return undefined;
  try {
    const options: Choice[] = [];
    flatten(JSON.parse(json), '', options);
    return options;
  } catch {
    return undefined;
  }
}

/** A label's levels: "Apple::iPhone 15 Pro" → ["Apple", "iPhone 15 Pro"]. */
export const labelPath = (label: string): string[] =>
  label
    .split('::')
    .map((part) => part.trim())
    .filter(Boolean);

/** How the widgets show a nested label once chosen ("Apple > iPhone 15 Pro"). */
export const shownLabel = (label: string): string => labelPath(label).join(' > ');
