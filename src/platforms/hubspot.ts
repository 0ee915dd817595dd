import type { ControlSignals, FieldScore, FillableElement } from '../detect/types';
import type { FieldKey } from '../profile/fields';
import { hint } from './lib/hints';
import type { PlatformAdapter } from './types';

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

/** Consent is the person's to give; hs_context and friends are HubSpot's tracking. */
function neverTouch(control: FillableElement): boolean {
  const name = control.getAttribute('name') ?? '';
  if (/^LEGAL_CONSENT\./i.test(name) || control.closest('.legal-consent-container')) return true;
  return inHubSpotForm(control) && /^(?:hs_context|hutk|hs_[a-z_]*(?:id|url|source|timestamp))$/i.test(name);
}

const hubspot: PlatformAdapter = {
  id: ID,
  matchesForm,
  isSupportForm,
  fieldHint,
  neverTouch,
};

export default hubspot;
