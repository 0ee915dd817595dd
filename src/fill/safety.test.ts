import { describe, expect, test } from 'vitest';
import { $, html } from '../../tests/support/dom';
import { control } from '../../tests/support/fill';
import type { PlatformAdapter } from '../detect/adapter';
import { hasValue, skipReason } from './safety';

const reasonFor = (selector: string, adapters: PlatformAdapter[] = []) =>
  skipReason(control($(selector), 'email'), 'email', adapters);

describe('skipReason', () => {
  test('an empty, visible, enabled text box may be written', () => {
    html('<form><label for="t">Email</label><input id="t" name="email"></form>');
    expect(reasonFor('#t')).toBeNull();
  });

  test.each([
    ['password', '<input id="t" type="password">'],
    ['search', '<input id="t" type="search">'],
    ['file', '<input id="t" type="file">'],
    ['submit', '<input id="t" type="submit" value="">'],
    ['a box in a search landmark', '<div role="search"><input id="t" name="q"></div>'],
    ['captcha by name', '<input id="t" name="captcha_answer">'],
    ['captcha by label', '<label for="t">验证码</label><input id="t" name="code">'],
    ['a box inside a captcha widget', '<div class="cf-captcha-box"><input id="t" name="answer"></div>'],
    ['reCAPTCHA response', '<textarea id="t" name="g-recaptcha-response"></textarea>'],
    [
      '"I agree" checkbox',
      '<label><input id="t" type="checkbox" name="c1"> I agree to the Terms of Service</label>',
    ],
    [
      '"j\'accepte" checkbox',
      '<input id="t" type="checkbox" name="x"><label for="t">J’accepte les conditions générales</label>',
    ],
    ['同意 checkbox', '<span><input id="t" type="checkbox"> 我已阅读并同意隐私政策</span>'],
    ['newsletter checkbox', '<label><input id="t" type="checkbox"> Subscribe to our newsletter</label>'],
    [
      'HubSpot legal consent',
      '<div class="legal-consent-container"><input id="t" type="checkbox" name="LEGAL_CONSENT.x"></div>',
    ],
  ])('%s → never-touch', (_name, markup) => {
    html(`<form>${markup}</form>`);
    expect(reasonFor('#t')).toBe('never-touch');
  });

  test('a honeypot in another language than the page declares is still never touched', () => {
    // Detection reads a form in its declared language; the last check before a write reads every pack.
    document.documentElement.lang = 'en';
    html('<form><label for="t">Bitte nicht ausfüllen</label><input id="t" name="website2"></form>');
    expect(reasonFor('#t')).toBe('never-touch');
    document.documentElement.removeAttribute('lang');
  });

  test("an adapter's neverTouch wins", () => {
    html('<form><input id="t" name="request[ticket_form_id]"></form>');
    const adapter: PlatformAdapter = { id: 'z', matchesForm: () => true, neverTouch: (el) => el.id === 't' };
    expect(reasonFor('#t', [adapter])).toBe('never-touch');
    expect(reasonFor('#t')).toBeNull();
  });

  test('an adapter whose neverTouch fails forbids; one without it does not', () => {
    html('<form><input id="t" name="x"></form>');
    const broken: PlatformAdapter = {
      id: 'b',
      matchesForm: () => true,
      neverTouch: () => {
        throw new Error('boom');
      },
    };
    expect(reasonFor('#t', [broken])).toBe('never-touch');
    expect(reasonFor('#t', [{ id: 'plain', matchesForm: () => true }])).toBeNull();
  });

  test('a checkbox beside a reason is not consent', () => {
    html('<form><label><input id="t" type="checkbox" name="lost"> Lost or stolen</label></form>');
    expect(skipReason(control($('#t'), 'reason'), 'reason')).toBeNull();
  });

  test.each([
    ['disabled', '<input id="t" disabled>', 'disabled'],
    ['aria-disabled', '<input id="t" aria-disabled="true">', 'disabled'],
    ['inside a disabled fieldset', '<fieldset disabled><div><input id="t"></div></fieldset>', 'disabled'],
    ['readonly', '<input id="t" readonly>', 'read-only'],
    ['aria-readonly', '<textarea id="t" aria-readonly="true"></textarea>', 'read-only'],
    ['invisible', '<div style="display:none"><input id="t"></div>', 'hidden'],
    ['type=hidden', '<input id="t" type="hidden">', 'hidden'],
    ['holding a value', '<input id="t" value="someone@else.nc">', 'not-empty'],
  ])('%s → %s', (_name, markup, reason) => {
    html(`<form>${markup}</form>`);
    expect(reasonFor('#t')).toBe(reason);
  });

  test("a disabled fieldset's first legend stays enabled", () => {
    html('<form><fieldset disabled><legend><input id="t"></legend><input id="u"></fieldset></form>');
    expect(reasonFor('#t')).toBeNull();
    expect(reasonFor('#u')).toBe('disabled');
  });
});

describe('hasValue', () => {
  test('text boxes, textareas and editors', () => {
    html(
      '<input id="a" value=" "><textarea id="b">x</textarea><div id="c" contenteditable="true"><p><br></p></div>',
    );
    expect(hasValue($('#a'))).toBe(false);
    expect(hasValue($('#b'))).toBe(true);
    expect(hasValue($('#c'))).toBe(false);
    $('#c').textContent = 'typed';
    expect(hasValue($('#c'))).toBe(true);
    // Redactor seeds its editor with a zero-width space.
    $('#c').innerHTML = '<p>&#x200b;</p>';
    expect(hasValue($('#c'))).toBe(false);
  });

  test('a select on a placeholder is empty; a real choice is not', () => {
    html(`<select id="a"><option>--None--</option><option>Lost</option></select>
      <select id="b"><option value="">Choisir…</option><option selected>Perte</option></select>
      <select id="c"><option>请选择</option><option>丢失</option></select>
      <select id="d"><option>Lost</option><option>Broken</option></select>
      <select id="e"><option>Lost</option><option selected>Broken</option></select>
      <select id="f"><option value="" disabled selected>Motif de la demande</option><option>Perte ou vol</option></select>
      <select id="g"><option value="" selected>Your device</option><option>iPhone</option></select>`);
    expect(hasValue($('#a'))).toBe(false);
    expect(hasValue($('#b'))).toBe(true);
    $<HTMLSelectElement>('#c').selectedIndex = 1;
    expect(hasValue($('#c'))).toBe(true);
    // The browser's implicit first option is not a choice anyone made.
    expect(hasValue($('#d'))).toBe(false);
    expect(hasValue($('#e'))).toBe(true);
    // A label shown as a first option (disabled, or with no value) is a prompt, not an answer.
    expect(hasValue($('#f'))).toBe(false);
    expect(hasValue($('#g'))).toBe(false);
  });

  test('a radio group with any checked radio is answered', () => {
    html(`<form><input type="radio" id="a" name="r" value="1"><input type="radio" id="b" name="r" value="2">
      <input type="radio" id="c" name="other" value="3"></form>`);
    expect(hasValue($('#a'))).toBe(false);
    $('#b').checked = true;
    expect(hasValue($('#a'))).toBe(true);
    expect(hasValue($('#c'))).toBe(false);
  });

  test('a dial-code prefix typed by the page is not an answer for a phone box', () => {
    html('<input id="a" value="+687 ">');
    expect(hasValue($('#a'), 'phone')).toBe(false);
    expect(hasValue($('#a'), 'orderNumber')).toBe(true);
  });
});
