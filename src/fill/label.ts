import type { DetectedControl } from '../detect/types';
import { labelsOf } from '../dom/tree';

const tidy = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[\s*:：]+$/, '')
    .trim()
    .slice(0, 80);

/** The control's name as the person reads it on the page, for the report. */
export function labelOf({ element: el, signals }: DetectedControl): string {
  const input = el as HTMLInputElement;
  // A radio's own label names one option; the question is the group's legend.
  const legend = input.type === 'radio' ? el.closest('fieldset')?.querySelector('legend')?.textContent : '';
  const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? el.ownerDocument.getElementById(id)?.textContent : ''))
    .join(' ');
  const candidates = [
    legend,
    input.type === 'radio' ? '' : labelsOf(el)[0]?.textContent,
    labelledBy,
    el.getAttribute('aria-label'),
    el.getAttribute('placeholder'),
    el.getAttribute('title'),
    signals.label,
    el.getAttribute('name'),
  ];
  for (const candidate of candidates) {
    const text = tidy(candidate);
    if (text) return text;
  }
  return el.tagName.toLowerCase();
}

/** What tells one control from another when a framework reuses the element for the next wizard step. */
export const signatureOf = (el: Element): string =>
  ['type', 'name', 'id', 'placeholder', 'aria-label', 'autocomplete']
    .map((a) => el.getAttribute(a) ?? '')
    .join('|');
