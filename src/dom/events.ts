// Events a person's typing would cause, so frameworks (React, Vue, Angular, Preact) see our writes.

type View = Window & typeof globalThis;
const viewOf = (el: Element) => (el.ownerDocument.defaultView ?? window) as View;

export function fire(el: Element, type: 'input' | 'change', data?: string): void {
  const view = viewOf(el);
  const event =
    type === 'input' && view.InputEvent
      ? new view.InputEvent('input', {
          bubbles: true,
          composed: true,
          inputType: 'insertText',
          data: data ?? null,
        })
      : new view.Event(type, { bubbles: true, composed: type === 'input' });
  el.dispatchEvent(event);
}

// Focus and blur events, without moving the person's focus: Angular's updateOn:'blur', jQuery
// validators and "touched" states listen to them.
export function fireFocus(el: Element, entering: boolean): void {
  const view = viewOf(el);
  const Focus = view.FocusEvent ?? view.Event;
  el.dispatchEvent(new Focus(entering ? 'focus' : 'blur', { bubbles: false }));
  el.dispatchEvent(new Focus(entering ? 'focusin' : 'focusout', { bubbles: true, composed: true }));
}

/**
 * The prototype's own setter: React keeps a value tracker as an own property of the node, and a
 * write through it would make React believe nothing changed.
 */
export function nativeSet(
  el: Element,
  property: 'value' | 'checked' | 'selectedIndex',
  value: unknown,
): void {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const setter = Object.getOwnPropertyDescriptor(proto, property)?.set;
    if (setter) {
      setter.call(el, value);
      return;
    }
  }
  (el as unknown as Record<string, unknown>)[property] = value;
}
