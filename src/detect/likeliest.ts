import { CONTROL_SELECTOR } from '../dom/tree';
import { type ControlGroup, controlsOf, formOf } from './group';

// On a page of thousands of controls (a shop's filters, a simulator, an account page of a hundred
// forms) reading every control before writing anything keeps the person waiting for the one form
// they came for. A request form gives itself away cheaply: a message box, an e-mail or phone box, a
// box named after a SIM's identifiers. That form is read and filled first. When it filled, the other
// forms are read as the person moves into them (src/fill/controller.ts); when it did not (a wrong
// guess), the whole page is read as usual, and the guess cost one small form read twice.

/**
 * Boxes a request form has and most other forms do not (document only: shadow trees wait for the full
 * pass). One compound selector: Chrome tries each selector of a list on every element of the page,
 * where `:is()` lets all but inputs and editable boxes go at the first test (twice as fast).
 */
const REQUEST_CUES =
  ':is(textarea, [contenteditable]:not([contenteditable="false"]), input:is([type="email" i], [type="tel" i], ' +
  '[name*="imei" i], [id*="imei" i], [name*="iccid" i], [id*="iccid" i], [name*="eid" i], [id*="eid" i]))';
const SIM_NAME = /imei|iccid|(?:^|[^a-z])eid(?:[^a-z]|$)/i;

/** A page this small is read whole at once: a first form would save nothing worth a second read. */
export const FIRST_FORM_MIN_PAGE = 200;
/** A candidate this large is most of the work anyway. */
const FIRST_FORM_MAX_CONTROLS = 150;

type Cue = 'message' | 'sim' | 'contact';
const CUE_WEIGHTS: Record<Cue, number> = { message: 3, sim: 3, contact: 2 };

function cueOf(el: Element): Cue | null {
  if (el.tagName === 'TEXTAREA' || el.hasAttribute('contenteditable')) return 'message';
  if (SIM_NAME.test(`${el.getAttribute('name') ?? ''} ${el.id}`)) return 'sim';
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return type === 'email' || type === 'tel' ? 'contact' : null;
}

/**
 * The <form> most likely to be the request on a large page, with its controls, or null when the page
 * is small, has no such cue, or the likeliest form is itself most of the page.
 */
export function likeliestRequestForm(doc: Document): ControlGroup | null {
  const total = doc.querySelectorAll(CONTROL_SELECTOR).length;
  if (total < FIRST_FORM_MIN_PAGE) return null;
  const weights = new Map<HTMLFormElement, { weight: number; cues: Set<Cue> }>();
  for (const el of Array.from(doc.querySelectorAll(REQUEST_CUES))) {
    const form = formOf(el);
    const cue = form && cueOf(el);
    if (!form || !cue) continue;
    const entry = weights.get(form) ?? { weight: 0, cues: new Set<Cue>() };
    // Each kind of cue counts once: ten e-mail boxes do not make a form likelier than one message box.
    if (!entry.cues.has(cue)) {
      entry.cues.add(cue);
      entry.weight += CUE_WEIGHTS[cue];
    }
    weights.set(form, entry);
  }
  let best: ControlGroup | null = null;
  let bestWeight = 0;
  for (const [form, { weight }] of weights) {
    if (weight < bestWeight) continue;
    const controls = controlsOf(form).filter((control) => formOf(control) === form);
    if (!controls.length || controls.length > FIRST_FORM_MAX_CONTROLS) continue;
    if (weight > bestWeight || (best && controls.length < best.controls.length)) {
      best = { root: form, controls };
      bestWeight = weight;
    }
  }
  return best && best.controls.length * 2 <= total ? best : null;
}
