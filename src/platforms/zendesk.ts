import type { PlatformAdapter, WriteOutcome } from '../detect/adapter';
import type { ControlSignals, FieldScore, FillableElement } from '../detect/types';
import { fire, nativeSet } from '../dom/events';
import type { Choice, Wanted } from '../dom/options';
import { matchOption } from '../dom/options';
import { byId } from '../dom/tree';
import { hiddenBy } from '../dom/visibility';
import type { FieldKey } from '../profile/fields';
import { actionPath, hint } from './lib/hints';
import { editorFor, editorsOverTextareas, restoreEditor, textareaFor, writeEditor } from './lib/rich-text';
import { shownLabel, taggerOptions } from './lib/tagger';
import { peekOptions, pickBest, pickNothing, pickOption } from './lib/widget-pick';

// Zendesk Help Center "Submit a request" forms, classic (Curlybars templates: form#new_request,
// nesty dropdowns) and newer (Copenhagen's React form: generated ids, Garden comboboxes).

const ID = 'zendesk';
const REQUEST_NAME = /^request\[/;
const REQUESTS_PATH = /\/hc\/(?:[a-z]{2,3}(?:-[a-z0-9]+)*\/)?requests\/?$/i;

const FIELD_BY_NAME: Record<string, FieldKey> = {
  'request[anonymous_requester_email]': 'email',
  'request[subject]': 'subject',
  'request[description]': 'description',
};

/** Never ours to change: the form picker reloads the page, the rest are tokens and plumbing. */
const UNTOUCHABLE = new Set([
  'request[ticket_form_id]',
  'request[description_mimetype]',
  'request[organization_id]',
  'request[parent_id]',
  'request[collaborators][]',
  'request[cc_emails][]',
  'authenticity_token',
  'utf8',
]);

function matchesForm(form: Element): boolean {
  if (form.matches('form#new_request, form[data-form-type="request"]')) return true;
  return REQUESTS_PATH.test(actionPath(form)) && form.querySelector('[name^="request["]') !== null;
}

const inZendeskForm = (control: Element) => {
  const form = control.closest('form');
  return form !== null && matchesForm(form);
};

// --- dropdown widgets -----------------------------------------------------------------------------

interface Widget {
  visible: HTMLElement;
  /** The element that shows the chosen label (the anchor itself, or the combobox's value box). */
  display: HTMLElement;
  options: Choice[];
}

const WIDGET = 'a.nesty-input, [role="combobox"]';
/** How far up from the hidden source its field's box may be (input → trigger → combobox → field). */
const FIELD_DEPTH = 4;

/**
 * The widget a person uses for this source: the nesty anchor or combobox that holds it or shares
 * the smallest box with it — a box that holds no other posted source, so fields never swap widgets.
 */
function findWidget(source: Element): Widget | undefined {
  let widget =
    source.closest<HTMLElement>('[role="combobox"]') ??
    [source.nextElementSibling, source.previousElementSibling].find(
      (el): el is HTMLElement => !!el?.matches(WIDGET),
    ) ??
    null;
  for (
    let box = source.parentElement, depth = 0;
    !widget && box && depth < FIELD_DEPTH;
    box = box.parentElement, depth++
  ) {
    if (box.tagName === 'FORM') break;
    const sources = box.querySelectorAll(
      'input[data-tagger], input[type="hidden"][name^="request["], select',
    );
    if (Array.from(sources).some((other) => other !== source && !isPlumbing(other))) break;
    const found = box.querySelectorAll<HTMLElement>(WIDGET);
    if (found.length > 1) break;
    widget = found[0] ?? null;
  }
  if (!widget) return undefined;
  const display = widget.matches('a.nesty-input')
    ? widget
    : (widget.querySelector<HTMLElement>('[data-garden-id$="combobox.value"], [class*="value" i]') ?? widget);
  return { visible: widget, display, options: optionsOf(source, widget) };
}

/** Hidden plumbing beside a field (the description's mimetype, tokens) is not another field's source. */
const isPlumbing = (el: Element) =>
  (el as HTMLInputElement).type === 'hidden' &&
  !el.hasAttribute('data-tagger') &&
  UNTOUCHABLE.has(el.getAttribute('name') ?? '');

function optionsOf(source: Element, combobox?: Element): Choice[] {
  if (source.tagName === 'SELECT') {
    return Array.from((source as HTMLSelectElement).options, (o) => ({
      label: o.text.trim(),
      value: o.value,
    })).filter((o) => o.value && o.value !== '-');
  }
  const listed = taggerOptions(source);
  if (listed) return listed;
  // No data-tagger (Copenhagen's React form): whatever options the listbox already shows.
  const listbox = combobox && byId(combobox, combobox.getAttribute('aria-controls') ?? '');
  return Array.from(listbox?.querySelectorAll('[role="option"]') ?? [], (o) => ({
    label: o.textContent?.trim() ?? '',
    value: o.getAttribute('data-value') ?? '',
  })).filter((o) => o.label && o.value);
}

/** The posted source behind a widget: a hidden tagger input, or a hidden select (classic system fields). */
function isWidgetSource(control: Element): boolean {
  if (!REQUEST_NAME.test(control.getAttribute('name') ?? '')) return false;
  if (control.tagName !== 'INPUT' && control.tagName !== 'SELECT') return false;
  if (control.tagName === 'INPUT' && control.hasAttribute('data-tagger')) return true;
  return hiddenBy(control) !== null && inZendeskForm(control);
}

function widgetFor(control: FillableElement): { visible: HTMLElement; options: Choice[] } | undefined {
  if (!isWidgetSource(control)) return undefined;
  const widget = findWidget(control);
  if (!widget) return undefined;
  // A React-theme combobox without data-tagger lists nothing until opened ("Que se passe-t-il ?"
  // says little by itself): its labels tell what it asks. Writing still clicks, values unknown.
  const peek = !widget.options.length && widget.visible.matches('[role="combobox"]');
  const options = peek ? peekOptions(widget.visible).map((label) => ({ label, value: '' })) : widget.options;
  return { visible: widget.visible, options };
}

/**
 * Chooses in a tagger as a person does — open, click through the "::" levels, click — and checks
 * the tag landed in the hidden input. Widgets that do not answer clicks get the tag written in and
 * the label shown, as their own click handler would have done.
 */
function writeTagger(
  source: HTMLInputElement | HTMLSelectElement,
  widget: Widget,
  wanted: Wanted,
): WriteOutcome {
  const options = widget.options;
  const index = options.length ? matchOption(options, wanted) : -1;
  const target = index >= 0 ? options[index] : undefined;
  if (options.length && !target) return { ok: false, reason: 'no-matching-option' };

  const before = source.value;
  if (target) pickOption(widget.visible, target);
  else pickBest(widget.visible, wanted);
  if (target ? source.value === target.value : source.value !== before && source.value !== '') {
    return { ok: true, shown: displayed(widget) || (target ? shownLabel(target.label) : source.value) };
  }
  if (!target) return { ok: false, reason: 'no-matching-option' };

  if (source.tagName === 'SELECT') {
    const select = source as HTMLSelectElement;
    nativeSet(
      select,
      'selectedIndex',
      Array.from(select.options).findIndex((o) => o.value === target.value),
    );
  } else nativeSet(source, 'value', target.value);
  fire(source, 'input');
  fire(source, 'change');
  if (source.value !== target.value) return { ok: false, reason: 'reverted-by-page' };
  show(widget, shownLabel(target.label));
  return { ok: true, shown: shownLabel(target.label) };
}

const displayed = (widget: Widget): string =>
  (widget.display.tagName === 'INPUT'
    ? (widget.display as HTMLInputElement).value
    : widget.display.textContent
  )?.trim() ?? '';

function show(widget: Widget, text: string): void {
  if (widget.display.tagName === 'INPUT') nativeSet(widget.display, 'value', text);
  else widget.display.textContent = text;
}

/** Undo for a tagger: the earlier choice (usually "-") made again through the widget. */
function restoreTagger(
  source: HTMLInputElement | HTMLSelectElement,
  widget: Widget,
  previous: string,
): boolean {
  const target = widget.options.find((option) => option.value === previous);
  if (source.value !== previous) {
    if (previous === '') pickNothing(widget.visible);
    else if (target) pickOption(widget.visible, target);
  }
  if (source.value === previous) return true;
  nativeSet(source, 'value', previous);
  fire(source, 'input');
  fire(source, 'change');
  show(widget, target ? shownLabel(target.label) : '-');
  return source.value === previous;
}

// --- the adapter -------------------------------------------------------------------------------------

const labelPointingAt = (form: Element, id: string): Element | undefined =>
  Array.from(form.querySelectorAll('label[for]')).find((label) => label.getAttribute('for') === id);

/**
 * Newer themes generate ids, so a label may point at the id the name implies
 * (`request[custom_fields][123]` → `request_custom_fields_123`, or its `…_label` element). An editor
 * takes the label of the textarea it stands for.
 */
function labelFor(control: FillableElement, form: Element): string | undefined {
  const named = textareaFor(control) ?? control;
  const name = named.getAttribute('name');
  if (!name || !REQUEST_NAME.test(name)) return undefined;
  const id = name.replace(/\]\[|\[|\]/g, '_').replace(/_+$/, '');
  const found =
    (named !== control && named.id ? labelPointingAt(form, named.id) : undefined) ??
    labelPointingAt(form, id) ??
    Array.from(form.querySelectorAll('[id]')).find((el) => el.id === `${id}_label`);
  return found?.textContent?.trim() || undefined;
}

function fieldHint(control: FillableElement, _signals: ControlSignals): FieldScore | undefined {
  const name = (textareaFor(control) ?? control).getAttribute('name') ?? '';
  const field = FIELD_BY_NAME[name];
  return field && inZendeskForm(control) ? hint(field, name) : undefined;
}

function neverTouch(control: FillableElement): boolean {
  const name = control.getAttribute('name') ?? '';
  if (UNTOUCHABLE.has(name) || control.id === 'request_issue_type_select') return true;
  // The textarea behind a rich-text editor is the editor's to fill.
  return name === 'request[description]' && editorFor(control) !== undefined;
}

function write(
  control: FillableElement,
  _field: FieldKey,
  value: string,
  wanted: Wanted,
): WriteOutcome | undefined {
  if (control.tagName !== 'INPUT' && control.tagName !== 'SELECT' && control.tagName !== 'TEXTAREA') {
    return textareaFor(control) ? writeEditor(control, value) : undefined;
  }
  if (!isWidgetSource(control)) return undefined;
  const widget = findWidget(control);
  return widget ? writeTagger(control as HTMLInputElement, widget, wanted) : undefined;
}

function restore(control: FillableElement, previous: string): boolean | undefined {
  if (!isWidgetSource(control)) return restoreEditor(control, previous);
  const widget = findWidget(control);
  return widget ? restoreTagger(control as HTMLInputElement, widget, previous) : undefined;
}

const zendesk: PlatformAdapter = {
  id: ID,
  matchesForm,
  isSupportForm: matchesForm,
  labelFor,
  fieldHint,
  neverTouch,
  widgetFor,
  extraControls: editorsOverTextareas,
  write,
  restore,
};

export default zendesk;
