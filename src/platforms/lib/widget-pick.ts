import { normalizeText } from '../../dom/normalize';
import type { Choice, Wanted } from '../../dom/options';
import { isPlaceholderText, matchOption } from '../../dom/options';
import { textOf } from '../../dom/tree';
import { hiddenBy } from '../../dom/visibility';
import { labelPath } from './tagger';

// Choosing in a custom dropdown (Zendesk nesty panel, Garden combobox) the way a person does:
// open it, click through the "::" levels, click the option. The widget's own code then writes the
// hidden input and shows the label, so the page ends up exactly as after a person's clicks.

const ITEM_SELECTOR = '[role="option"], [role="menuitem"], li';
const BACK_TEXT = /^(?:back|previous|retour|precedent|返回|上一级|上一步)(?:\s|$)/;
const BACK_CLASS = /(?:^|[\s_-])(?:back|prev|previous)(?:$|[\s_-])/i;
const GROUP_CLASS = /(?:^|[\s_-])(?:group|next|parent|has-children|submenu)(?:$|[\s_-])/i;
/** Groups to open when searching a widget whose options we could not read beforehand. */
const MAX_GROUPS = 30;

/**
 * A person's click, event by event: widgets listen to any of these (downshift selects on click,
 * others open on mousedown), and a widget that works with a mouse handles the whole sequence.
 */
function press(el: HTMLElement): void {
  const view = (el.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, buttons: 1 };
  const Pointer = view.PointerEvent ?? view.MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', { ...init, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new view.MouseEvent('mousedown', init));
  el.dispatchEvent(new Pointer('pointerup', { ...init, buttons: 0, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new view.MouseEvent('mouseup', { ...init, buttons: 0 }));
  el.click();
}

interface Item {
  el: HTMLElement;
  text: string;
}

const isBack = (el: Element, raw: string) =>
  el.getAttribute('data-option-type') === 'previous' ||
  BACK_CLASS.test(el.className) ||
  raw.trim().startsWith('«') ||
  BACK_TEXT.test(normalizeText(raw));

const isGroup = (el: Element) =>
  el.getAttribute('data-option-type') === 'next' ||
  el.getAttribute('aria-haspopup') === 'true' ||
  el.getAttribute('aria-haspopup') === 'listbox' ||
  GROUP_CLASS.test(el.className);

/**
 * One open dropdown. Its options are what the trigger says it controls (aria-controls / aria-owns),
 * else whatever list items became visible after it opened: the page's menus and lists that were
 * already showing are the baseline and never count.
 */
class Dropdown {
  private readonly baseline: Set<Element> | undefined;
  private readonly lists: HTMLElement[];

  constructor(private readonly trigger: HTMLElement) {
    const doc = trigger.ownerDocument;
    const ids = `${trigger.getAttribute('aria-controls') ?? ''} ${trigger.getAttribute('aria-owns') ?? ''}`;
    this.lists = ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => doc.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    this.baseline = this.lists.length ? undefined : new Set(this.shownItems(false));
  }

  /** Visible list items of the widget's lists (or of the page), the trigger's own content aside. */
  private shownItems(skipBaseline = true): HTMLElement[] {
    const scopes: ParentNode[] = this.lists.length ? this.lists : [this.trigger.ownerDocument];
    return scopes
      .flatMap((scope) => Array.from(scope.querySelectorAll<HTMLElement>(ITEM_SELECTOR)))
      .filter(
        (el) =>
          !(skipBaseline && this.baseline?.has(el)) && !this.trigger.contains(el) && hiddenBy(el) === null,
      );
  }

  /** The options showing now, navigation entries ("Back", "-") left out. */
  items(): Item[] {
    return this.shownItems()
      .map((el) => ({ el, raw: textOf(el) }))
      .filter(({ el, raw }) => !isBack(el, raw) && !isPlaceholderText(raw))
      .map(({ el, raw }) => ({ el, text: normalizeText(raw) }));
  }

  /** The entry that chooses nothing ("-", "--None--", "Please select"). */
  placeholder(): HTMLElement | undefined {
    return this.shownItems().find((el) => !isBack(el, textOf(el)) && isPlaceholderText(textOf(el)));
  }

  back(): HTMLElement | undefined {
    return this.shownItems().find((el) => isBack(el, textOf(el)));
  }

  isOpen(): boolean {
    return this.trigger.getAttribute('aria-expanded') === 'true' || this.items().length > 0;
  }

  open(): void {
    if (!this.isOpen()) press(this.trigger);
  }

  close(): void {
    if (!this.isOpen()) return;
    press(this.trigger);
    if (!this.isOpen()) return;
    const view = this.trigger.ownerDocument.defaultView ?? window;
    this.trigger.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  }
}

/** Clicks level by level along the option's "::" path; a flat list showing full labels works too. */
function followPath(dropdown: Dropdown, target: Choice): boolean {
  const path = labelPath(target.label).map(normalizeText);
  const full = normalizeText(target.label);
  for (let depth = 0; depth < path.length; depth++) {
    const items = dropdown.items();
    const direct =
      items.find((item) => item.el.getAttribute('data-value') === target.value) ??
      items.find((item) => item.text === full);
    if (direct) {
      press(direct.el);
      return true;
    }
    const step = items.find((item) => item.text === path[depth]);
    if (!step) return false;
    press(step.el);
    if (depth === path.length - 1) return true;
  }
  return false;
}

/** Without a readable option list: the best leaf at the top level, else inside each group. */
function search(dropdown: Dropdown, wanted: Wanted): boolean {
  const pickLeaf = (): boolean => {
    const leaves = dropdown.items().filter((item) => !isGroup(item.el));
    const index = matchOption(
      leaves.map((item) => ({ label: item.text, value: item.el.getAttribute('data-value') ?? item.text })),
      wanted,
    );
    if (index < 0) return false;
    press(leaves[index]!.el);
    return true;
  };
  if (pickLeaf()) return true;
  const groups = dropdown
    .items()
    .filter((item) => isGroup(item.el))
    .map((item) => item.text)
    .slice(0, MAX_GROUPS);
  for (const name of groups) {
    // Found again each time: widgets re-render their lists on every step.
    const group = dropdown.items().find((item) => item.text === name);
    if (group) press(group.el);
    if (pickLeaf()) return true;
    const back = dropdown.back();
    if (back) press(back);
    else {
      dropdown.close();
      dropdown.open();
    }
  }
  return false;
}

/** Runs `pick` on the opened widget and leaves it closed; the caller checks what the page made of it. */
function withDropdown<T>(trigger: HTMLElement, pick: (dropdown: Dropdown) => T): T {
  const dropdown = new Dropdown(trigger);
  dropdown.open();
  try {
    return pick(dropdown);
  } finally {
    dropdown.close();
  }
}

/** Opens the widget and clicks this option, level by level. Returns whether it was clicked. */
export const pickOption = (trigger: HTMLElement, target: Choice): boolean =>
  withDropdown(trigger, (dropdown) => followPath(dropdown, target));

/**
 * For widgets whose options could not be read beforehand: opens it and clicks the best match for
 * `wanted` among what it shows, groups included.
 */
export const pickBest = (trigger: HTMLElement, wanted: Wanted): boolean =>
  withDropdown(trigger, (dropdown) => search(dropdown, wanted));

/** Opens the widget and chooses its "nothing chosen" entry; returns whether there was one. */
export const pickNothing = (trigger: HTMLElement): boolean =>
  withDropdown(trigger, (dropdown) => {
    const empty = dropdown.placeholder();
    if (empty) press(empty);
    return empty !== undefined;
  });

/**
 * The option labels of a closed widget that renders its options only while open (Garden's listbox
 * does): opened, read, closed again, as a person glances at a dropdown. Group entries count.
 */
export const peekOptions = (trigger: HTMLElement): string[] =>
  withDropdown(trigger, (dropdown) => dropdown.items().map((item) => textOf(item.el)));
