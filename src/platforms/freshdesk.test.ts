import { describe, expect, test } from 'vitest';
import { form, loadFixture, loadHtml, named } from '../../tests/support/platform-fixture';
import type { ControlSignals } from '../detect/types';
import freshdesk from './freshdesk';

const EN = 'https://help.ubigi.com/support/tickets/new';
const FR = 'https://help.ubigi.com/fr/support/tickets/new';
const WIDGET = 'https://help.ubigi.com/widgets/feedback_widget/new';
const signals = {} as ControlSignals;
const DESCRIPTION = 'helpdesk_ticket[ticket_body_attributes][description_html]';

describe('freshdesk: which forms', () => {
  test('the portal ticket form and the feedback widget', () => {
    loadFixture('freshdesk-en.html', EN);
    expect(freshdesk.matchesForm(form('#new_helpdesk_ticket'), document)).toBe(true);
    expect(freshdesk.isSupportForm?.(form('#new_helpdesk_ticket'))).toBe(true);
    loadFixture('freshdesk-widget-en.html', WIDGET);
    expect(freshdesk.matchesForm(form('#fd-feedback-form'), document)).toBe(true);
  });

  test('not the portal search, not the portal login', () => {
    loadFixture('freshdesk-en.html', EN);
    expect(freshdesk.matchesForm(form('#hc-search-form'), document)).toBe(false);
    loadHtml(
      `<form action="/support/login" method="post" id="login"><input name="user_session[email]" type="email">
        <input name="user_session[password]" type="password"></form>`,
      'https://help.ubigi.com/support/login',
    );
    expect(freshdesk.matchesForm(form('#login'), document)).toBe(false);
  });
});

describe('freshdesk: names, editor, untouchables', () => {
  test('requester email (portal and widget), subject, description', () => {
    loadFixture('freshdesk-en.html', EN);
    const field = (el: Element) => freshdesk.fieldHint?.(el as HTMLElement, signals)?.field;
    expect(field(named('helpdesk_ticket[email]'))).toBe('email');
    expect(field(named('helpdesk_ticket[subject]'))).toBe('subject');
    expect(field(named('helpdesk_ticket[custom_field][cf_order_number_922577]'))).toBeUndefined();
    const editor = document.querySelector<HTMLElement>('.redactor_editor')!;
    expect(field(editor)).toBe('description');
    loadFixture('freshdesk-widget-en.html', WIDGET);
    expect(field(named('helpdesk_ticket[requester]'))).toBe('email');
    expect(field(named(DESCRIPTION))).toBe('description');
  });

  test('the editor is an extra control; the textarea behind it is never written, a plain one is', () => {
    loadFixture('freshdesk-fr.html', FR);
    const editor = document.querySelector<HTMLElement>('.fr-element')!;
    expect(freshdesk.extraControls?.(form('#new_helpdesk_ticket'))).toEqual([editor]);
    expect(freshdesk.neverTouch?.(named(DESCRIPTION))).toBe(true);
    loadFixture('freshdesk-widget-en.html', WIDGET);
    expect(freshdesk.neverTouch?.(named(DESCRIPTION))).toBe(false);
    expect(freshdesk.extraControls?.(form('#fd-feedback-form'))).toEqual([]);
  });

  test('CC, tokens, tracking and captcha are never touched', () => {
    loadFixture('freshdesk-en.html', EN);
    for (const name of [
      'cc_emails',
      'authenticity_token',
      'meta[user_agent]',
      'meta[referrer]',
      'g-recaptcha-response',
    ]) {
      expect(freshdesk.neverTouch?.(named(name)), name).toBe(true);
    }
    expect(freshdesk.neverTouch?.(named('helpdesk_ticket[email]'))).toBe(false);
  });

  test('Redactor (syncs on key-up / blur) and Froala (syncs on input) both post what was typed', () => {
    loadFixture('freshdesk-en.html', EN);
    const redactor = document.querySelector<HTMLElement>('.redactor_editor')!;
    expect(
      freshdesk.write?.(redactor, 'description', 'Hello,\nI need a new QR code.', {
        match: 'text',
        values: ['Hello,\nI need a new QR code.'],
      }),
    ).toMatchObject({
      ok: true,
    });
    expect(named<HTMLTextAreaElement>(DESCRIPTION).value).toContain('I need a new QR code.');
    loadFixture('freshdesk-fr.html', FR);
    const froala = document.querySelector<HTMLElement>('.fr-element')!;
    expect(
      freshdesk.write?.(froala, 'description', 'Bonjour,\nJe souhaite un nouveau code QR.', {
        match: 'text',
        values: ['Bonjour,\nJe souhaite un nouveau code QR.'],
      }),
    ).toMatchObject({ ok: true });
    expect(named<HTMLTextAreaElement>(DESCRIPTION).value).toContain('Je souhaite un nouveau code QR.');
  });

  test('an editor that never syncs is reported, not claimed', () => {
    loadHtml(
      `<form id="new_helpdesk_ticket" action="/support/tickets" method="post"><div class="controls">
        <textarea name="${DESCRIPTION}" style="display:none"></textarea><div contenteditable="true"></div></div></form>`,
      EN,
    );
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    expect(
      freshdesk.write?.(editor, 'description', 'Hello', { match: 'text', values: ['Hello'] }),
    ).toMatchObject({
      ok: false,
      reason: 'reverted-by-page',
    });
  });

  test('undo puts the editor back and the textarea follows, even where sync waits for key-up', () => {
    loadFixture('freshdesk-en.html', EN);
    const redactor = document.querySelector<HTMLElement>('.redactor_editor')!;
    const before = redactor.innerHTML;
    freshdesk.write?.(redactor, 'description', 'Hello', { match: 'text', values: ['Hello'] });
    expect(freshdesk.restore?.(redactor, before)).toBe(true);
    expect(named<HTMLTextAreaElement>(DESCRIPTION).value).toBe('');
    expect(freshdesk.restore?.(named('helpdesk_ticket[subject]'), '')).toBeUndefined();
  });
});
