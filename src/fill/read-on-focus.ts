import { groupControls } from '../detect/group';
import { isEditableHost, isFormControl } from '../dom/tree';

/**
 * Calls `onForm(root)` the first time the person moves into a control (by Tab or click) of a form
 * that is not among `read`. This is how a large page's other forms are read once its replacement form
 * has filled first: when the person turns to them, as a password manager does, rather than in one long
 * task right after load (a shop's thousand filters, a simulator, an account page of a hundred forms).
 */
export function readOnFocus(
  doc: Document,
  read: ReadonlySet<Element>,
  onForm: (root: Element) => void,
  signal: AbortSignal,
): void {
  // Controls whose form is known: the page is grouped again only for a control not seen before (a
  // root's `contains` would not do: loose controls are grouped under the body, which holds every form).
  const known = new WeakSet<Element>();
  doc.addEventListener(
    'focusin',
    (event) => {
      // The control itself, also inside an open shadow root (the event's target is then its host).
      const target = (event.composedPath()[0] ?? event.target) as Node | null;
      if (target?.nodeType !== 1) return;
      const el = target as HTMLElement;
      if (known.has(el) || (!isFormControl(el) && !isEditableHost(el))) return;
      const group = groupControls(doc).find((candidate) => candidate.controls.includes(el));
      if (!group) return;
      for (const control of group.controls) known.add(control);
      if (!read.has(group.root)) onForm(group.root);
    },
    { capture: true, signal },
  );
}
