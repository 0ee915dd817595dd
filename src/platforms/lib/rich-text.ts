import type { WriteOutcome } from '../../detect/adapter';
import type { FillableElement } from '../../detect/types';
import { isEditableHost } from '../../dom/tree';
import { hiddenBy } from '../../dom/visibility';
import { writeValue } from '../../dom/write';

// Rich-text editors (Redactor, Froala, CKEditor, Quill, TinyMCE inline) hide the textarea the form
// posts and put a contenteditable area in front of it, syncing it back on their own events. The
// person types into the editor; so do we, and the page's sync fills the textarea.

/** How far up from the textarea the editor's box may start (textarea → wrapper → box → field). */
const MAX_DEPTH = 4;

const editorsIn = (scope: Element): HTMLElement[] =>
  Array.from(scope.querySelectorAll<HTMLElement>('[contenteditable]')).filter(isEditableHost);

/**
 * The editor standing in front of a hidden textarea: the nearest editing host that shares a small
 * ancestor with it, where that ancestor holds no other textarea (so two editors never swap).
 */
export function editorFor(textarea: Element): HTMLElement | undefined {
  if (textarea.tagName !== 'TEXTAREA' || hiddenBy(textarea) === null) return undefined;
  let scope: Element | null = textarea.parentElement;
  for (let depth = 0; scope && depth < MAX_DEPTH; depth++, scope = scope.parentElement) {
    if (scope.tagName === 'FORM' || scope.querySelectorAll('textarea').length > 1) return undefined;
    const editors = editorsIn(scope);
    if (editors.length === 1) return editors[0];
    if (editors.length > 1) return undefined;
  }
  return undefined;
}

/** The hidden textarea an editor writes back into, if it has one. */
export function textareaFor(editor: Element): HTMLTextAreaElement | undefined {
  if (!isEditableHost(editor)) return undefined;
  let scope: Element | null = editor.parentElement;
  for (let depth = 0; scope && depth < MAX_DEPTH + 2; depth++, scope = scope.parentElement) {
    const textareas = Array.from(scope.querySelectorAll('textarea'));
    if (textareas.length > 1 || scope.tagName === 'FORM') return undefined;
    if (textareas.length === 1) return editorFor(textareas[0]!) === editor ? textareas[0] : undefined;
  }
  return undefined;
}

/** Editors over hidden textareas in a form: controls the generic collector would miss or mislabel. */
export function editorsOverTextareas(form: Element): HTMLElement[] {
  return Array.from(form.querySelectorAll('textarea'))
    .map((textarea) => editorFor(textarea))
    .filter((editor): editor is HTMLElement => editor !== undefined);
}

const plain = (text: string) => text.replace(/\s+/g, '');

/**
 * Types into the editor the way the engine types into any editor, then checks that the textarea the
 * form posts followed. Editors that sync only on key-up or blur (older Redactor) get those too.
 */
export function writeEditor(editor: HTMLElement, value: string): WriteOutcome {
  const written = writeValue(editor as FillableElement, value);
  if (!written.ok) return { ok: false, shown: written.shown, reason: written.reason };
  const textarea = textareaFor(editor);
  if (!textarea) return { ok: true, shown: written.shown };
  const synced = () => plain(textOfHtml(textarea)).includes(plain(firstLine(value)));
  if (!synced()) {
    const view = editor.ownerDocument.defaultView ?? window;
    editor.dispatchEvent(new view.KeyboardEvent('keyup', { bubbles: true, key: 'End' }));
    editor.dispatchEvent(new view.FocusEvent('blur'));
    editor.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
  }
  return synced()
    ? { ok: true, shown: written.shown }
    : { ok: false, shown: written.shown, reason: 'reverted-by-page' };
}

/** Undo in an editor: its earlier HTML back, with the events its sync listens to. */
export function restoreEditor(editor: HTMLElement, html: string): boolean | undefined {
  if (!textareaFor(editor)) return undefined;
  const view = editor.ownerDocument.defaultView ?? window;
  editor.innerHTML = html;
  editor.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'historyUndo' }));
  editor.dispatchEvent(new view.KeyboardEvent('keyup', { bubbles: true, key: 'z' }));
  editor.dispatchEvent(new view.FocusEvent('blur'));
  editor.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
  return true;
}

const firstLine = (value: string) => value.split('\n').find((line) => line.trim()) ?? '';

/**
 * The text of the HTML an editor left in its textarea (`<p>…</p>`), parsed in an inert document so
 * nothing in it loads or runs.
 */
function textOfHtml(textarea: HTMLTextAreaElement): string {
  const inert = textarea.ownerDocument.implementation.createHTMLDocument('');
  inert.body.innerHTML = textarea.value;
  return inert.body.textContent ?? '';
}
