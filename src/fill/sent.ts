// Which forms ReSIM filled were sent: the form's own `submit`, or, for apps without <form>, a press
// on the container's submit button. Only the person's own sending counts (trusted events); each fill
// of a form is reported once, with the fields ReSIM wrote there and never their values.
import { STEP_WORDS, SUBMIT_WORDS } from '../detect/vocabulary';
import { normalizeText } from '../dom/normalize';
import { textOf } from '../dom/tree';
import type { FieldKey } from '../profile/fields';

/** What the frame tells the background when a form it filled was sent (src/journey/request-log.ts). */
export interface SentForm {
  /** The fields ReSIM wrote into that form. */
  fields: FieldKey[];
  /** The frame's page: origin and path, no query or fragment. */
  url: string;
}

export interface SentWatch {
  /** A form this frame filled: its next sending is reported once (filled again: the fields add up). */
  track(root: Element, fields: readonly FieldKey[]): void;
  /** Forgets every form (undo took the values back). */
  clear(): void;
}

const BUTTONS = 'button, input[type="submit"], input[type="image"], [role="button"]';

/** A control that sends its container: a submit button, or a button whose words say so. */
export function isSubmitButton(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (el.localName === 'input') return type === 'submit' || type === 'image';
  if (type === 'submit') return true;
  if (type === 'reset') return false;
  const words = normalizeText(`${textOf(el, 80)} ${el.getAttribute('aria-label') ?? ''}`);
  // A wizard's "Next" ends a step, not the request: the last step's "Send" does.
  return SUBMIT_WORDS.test(words) && !STEP_WORDS.test(words);
}

/**
 * Listens, in the capture phase and until `signal` aborts, for the sending of the forms `track` names;
 * `report` is called once per fill of a form.
 */
export function watchSent(doc: Document, signal: AbortSignal, report: (sent: SentForm) => void): SentWatch {
  const tracked = new Map<Element, Set<FieldKey>>();
  const listening = new WeakSet<Document | ShadowRoot>();
  const url = () => (doc.location ? `${doc.location.origin}${doc.location.pathname}` : '');

  const sent = (root: Element) => {
    const fields = tracked.get(root);
    if (!fields) return;
    tracked.delete(root);
    report({ fields: [...fields], url: url() });
  };

  const onSubmit = (event: Event) => {
    // A page's own dispatchEvent is no sending; requestSubmit() and the person's press are.
    const form = event.target as Element | null;
    if (!event.isTrusted || form?.nodeType !== 1) return;
    for (const root of tracked.keys()) if (root === form || root.contains(form)) return sent(root);
  };

  /** A container without <form> is sent by a press on its submit button. */
  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    const path = event.composedPath().filter((node): node is Element => (node as Node).nodeType === 1);
    const button = path.find((el) => el.matches(BUTTONS));
    if (!button || !isSubmitButton(button)) return;
    const root = path.find((el) => el.localName !== 'form' && tracked.has(el));
    if (root) sent(root);
  };

  const listen = (scope: Document | ShadowRoot) => {
    if (listening.has(scope)) return;
    listening.add(scope);
    // `submit` does not leave a shadow root: a form inside one is heard there.
    scope.addEventListener('submit', onSubmit, { capture: true, signal });
    if (scope === doc) scope.addEventListener('click', onClick, { capture: true, signal });
  };
  listen(doc);

  return {
    track(root, fields) {
      if (!fields.length || signal.aborted) return;
      const scope = root.getRootNode();
      if (scope !== doc && 'host' in scope) listen(scope as ShadowRoot);
      const known = tracked.get(root) ?? new Set<FieldKey>();
      for (const field of fields) known.add(field);
      tracked.set(root, known);
    },
    clear() {
      tracked.clear();
    },
  };
}
