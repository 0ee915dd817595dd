import { normalizeText } from '../dom/normalize';
import {
  CONTROL_SELECTOR,
  composedAncestors,
  composedParent,
  deepControls,
  deepQuery,
  documentOrder,
  textOf,
} from '../dom/tree';
import { SUBMIT_WORDS } from './vocabulary';

export interface ControlGroup {
  /** The <form>, or for apps without one the smallest container holding the controls and a submit button. */
  root: Element;
  controls: HTMLElement[];
}

function isSubmitLike(button: Element): boolean {
  const type = (button.getAttribute('type') ?? '').toLowerCase();
  if (button.tagName === 'INPUT') return type === 'submit' || type === 'image';
  if (type === 'submit') return true;
  if (type === 'reset') return false;
  const words = normalizeText(`${textOf(button, 80)} ${button.getAttribute('aria-label') ?? ''}`);
  return SUBMIT_WORDS.test(words);
}

/** The form a control belongs to: its form owner, else a <form> around it (across shadow roots). */
export function formOf(control: Element): HTMLFormElement | null {
  const owner = (control as HTMLInputElement).form;
  if (owner) return owner;
  for (const el of composedAncestors(control)) if (el.tagName === 'FORM') return el as HTMLFormElement;
  return null;
}

/** Controls of one root, in document order: the form's own elements (even outside it via `form=`) and its shadow DOM. */
export function controlsOf(root: Element): HTMLElement[] {
  const inside = deepControls(root);
  if (root.tagName !== 'FORM') return inside;
  const seen = new Set<Element>(inside);
  const owned = Array.from((root as HTMLFormElement).elements).filter(
    (el) => el.matches(CONTROL_SELECTOR) && !seen.has(el),
  ) as HTMLElement[];
  if (!owned.length) return inside;
  const all = [...inside, ...owned];
  return all.sort(documentOrder);
}

/**
 * Groups every control of the document: by form owner, and in apps without <form> by the smallest
 * ancestor that also holds a submit-like button (so a header search box stays apart from the request form).
 */
export function groupControls(doc: Document): ControlGroup[] {
  const marked = new Set<Element>();
  for (const button of deepQuery(doc, 'button, input[type="submit"], input[type="image"], [role="button"]')) {
    if (formOf(button) || !isSubmitLike(button)) continue;
    for (const el of composedAncestors(button)) marked.add(el);
  }
  const fallback = doc.body ?? doc.documentElement;
  const groups = new Map<Element, HTMLElement[]>();
  for (const control of deepControls(doc)) {
    let root: Element | null = formOf(control);
    for (let el = composedParent(control); !root && el; el = composedParent(el))
      if (marked.has(el)) root = el;
    const key = root ?? fallback;
    const list = groups.get(key) ?? [];
    list.push(control);
    groups.set(key, list);
  }
  return [...groups.entries()].map(([root, controls]) => ({ root, controls }));
}
