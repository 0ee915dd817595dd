import type { PlatformAdapter, WriteOutcome } from '../detect/adapter';
import type { ControlSignals, FieldScore, FillableElement } from '../detect/types';
import type { Choice, Wanted } from '../dom/options';
import { matchOption } from '../dom/options';
import type { FieldKey } from '../profile/fields';
import { hint } from './lib/hints';
import { pickBest, pickOption } from './lib/widget-pick';

// HubSpot embedded forms: `form.hs-form[data-portal-id]`, one `div.hs_<name>.hs-form-field` per
// field, React-controlled `.hs-input`s. Names are HubSpot properties: v3 `email`, `TICKET.subject`;
// newer forms prefix the object type id, `0-1/email` (contact), `0-5/subject` (ticket).

const ID = 'hubspot';

/** `TICKET.subject` → `subject`, `0-1/email` → `email`; the object tells a ticket form. */
const parseName = (name: string): { object: string; property: string } => {
  const v4 = /^(\d+-\d+)\/(.+)$/.exec(name);
  if (v4)
    return { object: v4[1] === '0-5' ? 'ticket' : v4[1] === '0-1' ? 'contact' : v4[1]!, property: v4[2]! };
  const v3 = /^(TICKET|CONTACT|COMPANY|DEAL)\.(.+)$/i.exec(name);
  if (v3) return { object: v3[1]!.toLowerCase(), property: v3[2]! };
  return { object: 'contact', property: name };
};

const CONTACT_FIELDS: Record<string, FieldKey> = {
  email: 'email',
  firstname: 'givenName',
  lastname: 'familyName',
  phone: 'phone',
  mobilephone: 'phone',
};
const TICKET_FIELDS: Record<string, FieldKey> = {
  subject: 'subject',
  content: 'description',
};

function matchesForm(form: Element): boolean {
  return (
    form.matches('form.hs-form, form[data-portal-id], form.hsfc-Form') || form.closest('.hbspt-form') !== null
  );
}

const inHubSpotForm = (control: Element) => {
  const form = control.closest('form');
  return form !== null && matchesForm(form);
};

/** A form that creates a ticket is a support request, whatever its wording; others get the usual gate. */
function isSupportForm(form: Element): boolean {
  return (
    matchesForm(form) &&
    Array.from(form.querySelectorAll('[name]')).some(
      (el) => parseName(el.getAttribute('name')!).object === 'ticket',
    )
  );
}

function fieldHint(control: FillableElement, _signals: ControlSignals): FieldScore | undefined {
  const name = control.getAttribute('name') ?? '';
  if (!name || !inHubSpotForm(control)) return undefined;
  const { object, property } = parseName(name);
  const field =
    object === 'ticket'
      ? TICKET_FIELDS[property]
      : object === 'contact'
        ? CONTACT_FIELDS[property]
        : undefined;
  return field && hint(field, name);
}

// v4 dropdowns (`.hsfc-DropdownField`): a readonly `role=button` input shows the chosen label, the
// option list is `li[role=option]` labels only, and a hidden input posts the option's internal value,
// which only HubSpot's own click handler knows. So the hidden input is the field, chosen by clicking.
const DROPDOWN = '.hsfc-DropdownField';
const DROPDOWN_BUTTON = 'input.hsfc-TextInput--button, input[role="button"]';

function dropdownOf(control: Element): { button: HTMLElement; options: Choice[] } | undefined {
  if ((control as HTMLInputElement).type !== 'hidden' || !control.getAttribute('name')) return undefined;
  const box = control.closest(DROPDOWN);
  const button = box?.querySelector<HTMLElement>(DROPDOWN_BUTTON);
  if (!box || !button) return undefined;
  const options = Array.from(box.querySelectorAll('[role="option"]'), (li) => {
    const label = li.textContent?.trim() ?? '';
    return { label, value: label };
  }).filter((o) => o.label);
  return { button, options };
}

function widgetFor(control: FillableElement): { visible: HTMLElement; options: Choice[] } | undefined {
  const dropdown = dropdownOf(control);
  return dropdown && { visible: dropdown.button, options: dropdown.options };
}

/** The hidden input of a v4 dropdown reads its field's label. */
function labelFor(control: FillableElement): string | undefined {
  if (!dropdownOf(control)) return undefined;
  return control.closest(DROPDOWN)?.querySelector('label')?.textContent?.trim() || undefined;
}

function write(
  control: FillableElement,
  _field: FieldKey,
  _value: string,
  wanted: Wanted,
): WriteOutcome | undefined {
  const dropdown = dropdownOf(control);
  if (!dropdown) return undefined;
  const target = dropdown.options[matchOption(dropdown.options, wanted)];
  if (dropdown.options.length && !target) return { ok: false, reason: 'no-matching-option' };
  const source = control as HTMLInputElement;
  const before = source.value;
  // Options rendered only while open: the opened list is searched as a person would.
  const clicked = target ? pickOption(dropdown.button, target) : pickBest(dropdown.button, wanted);
  if (!clicked) return { ok: false, reason: 'no-matching-option' };
  return source.value && source.value !== before
    ? { ok: true, shown: target?.label ?? (dropdown.button as HTMLInputElement).value }
    : { ok: false, reason: 'reverted-by-page' };
}

/** Consent is the person's to give; hs_context and friends are HubSpot's tracking. */
function neverTouch(control: FillableElement): boolean {
  const name = control.getAttribute('name') ?? '';
  if (/^LEGAL_CONSENT\./i.test(name) || control.closest('.legal-consent-container, .hsfc-DataPrivacyField'))
    return true;
  // A v4 dropdown's face and search box: the hidden input behind them is the field.
  if (control.closest(DROPDOWN) && !dropdownOf(control)) return true;
  return inHubSpotForm(control) && /^(?:hs_context|hutk|hs_[a-z_]*(?:id|url|source|timestamp))$/i.test(name);
}

const hubspot: PlatformAdapter = {
  id: ID,
  matchesForm,
  isSupportForm,
  fieldHint,
  neverTouch,
  labelFor,
  widgetFor,
  write,
};

export default hubspot;
