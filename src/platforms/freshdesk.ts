import type { PlatformAdapter, WriteOutcome } from '../detect/adapter';
import type { ControlSignals, FieldScore, FillableElement } from '../detect/types';
import type { FieldKey } from '../profile/fields';
import { actionPath, hint } from './lib/hints';
import { editorFor, editorsOverTextareas, restoreEditor, textareaFor, writeEditor } from './lib/rich-text';

// Freshdesk support portal (/support/tickets/new) and feedback widget (/widgets/feedback_widget):
// `helpdesk_ticket[…]` names, custom fields `helpdesk_ticket[custom_field][cf_<label>_<account>]`
// (older accounts: no `cf_`), the description in a rich-text editor over a hidden textarea.

const ID = 'freshdesk';
const TICKET_NAME = /^helpdesk_ticket\[/;
const TICKET_PATH = /\/support\/tickets\/?$|\/widgets\/feedback_widget\/?$/;
const DESCRIPTION =
  /^helpdesk_ticket\[(?:ticket_body_attributes\]\[description_html|description_html|description)\]$/;

const FIELD_BY_NAME: Record<string, FieldKey> = {
  'helpdesk_ticket[email]': 'email',
  // The feedback widget's name for the requester's email.
  'helpdesk_ticket[requester]': 'email',
  'helpdesk_ticket[name]': 'fullName',
  'helpdesk_ticket[phone]': 'phone',
  'helpdesk_ticket[subject]': 'subject',
};

/** CC recipients, tokens, tracking and widget plumbing: never the person's answers. */
const UNTOUCHABLE =
  /^(?:cc_emails|helpdesk_ticket\[cc_email[^\]]*\].*|authenticity_token|utf8|meta\[[^\]]*\]|retainParams|helpdesk_ticket\[(?:source|product_id|group_id|responder_id|status|priority)\]|g-recaptcha-response)$/;

function matchesForm(form: Element): boolean {
  if (!form.querySelector('[name^="helpdesk_ticket["]')) return false;
  return (
    form.matches('#new_helpdesk_ticket, #fd-feedback-form, .new_helpdesk_ticket') ||
    TICKET_PATH.test(actionPath(form))
  );
}

const inFreshdeskForm = (control: Element) => {
  const form = control.closest('form');
  return form !== null && matchesForm(form);
};

function fieldHint(control: FillableElement, _signals: ControlSignals): FieldScore | undefined {
  const name = (textareaFor(control) ?? control).getAttribute('name') ?? '';
  if (!TICKET_NAME.test(name) || !inFreshdeskForm(control)) return undefined;
  if (DESCRIPTION.test(name)) return hint('description', name);
  const field = FIELD_BY_NAME[name];
  return field && hint(field, name);
}

function neverTouch(control: FillableElement): boolean {
  const name = control.getAttribute('name') ?? '';
  // The hidden textarea is the editor's to fill: writing it would be undone by the editor's next sync.
  if (DESCRIPTION.test(name)) return editorFor(control) !== undefined;
  return UNTOUCHABLE.test(name) && inFreshdeskForm(control);
}

function write(control: FillableElement, _field: FieldKey, value: string): WriteOutcome | undefined {
  if (control.tagName === 'INPUT' || control.tagName === 'SELECT' || control.tagName === 'TEXTAREA')
    return undefined;
  return textareaFor(control) ? writeEditor(control, value) : undefined;
}

const freshdesk: PlatformAdapter = {
  id: ID,
  matchesForm,
  isSupportForm: matchesForm,
  fieldHint,
  neverTouch,
  extraControls: editorsOverTextareas,
  write,
  restore: (control, previous) =>
    control.tagName === 'TEXTAREA' ? undefined : restoreEditor(control, previous),
};

export default freshdesk;
