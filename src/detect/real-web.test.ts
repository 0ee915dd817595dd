// Rules learned from misses on real-site pages (../shared/corpora, scripts/learn/): each case is the
// shape of markup seen there, rewritten small.
import { describe, expect, test } from 'vitest';
import {
  detectHtml,
  esimSupportForm,
  fieldForLabel,
  fieldsByName,
  makeSignals,
} from '../../tests/support/detect';
import { blockReason, ruledOut, scoreControl } from './classify';
import { gateForm } from './gate';
import { identifierParts } from './signals';

const fields = (html: string) => fieldsByName(detectHtml(html));
const contactForm = (inner: string) => `<h2>Contact us</h2><form>${inner}<button>Send</button></form>`;

const signals = makeSignals;

describe('names inside framework paths', () => {
  test.each([
    ['user[first_name]', ['first', 'name'], ['user']],
    ['checkout.billingAddress.firstName', ['first', 'name'], ['checkout', 'billing', 'address']],
    ['ctl00$Main$txtEmail', ['txt', 'email'], ['ctl', '00', 'main']],
    ['request[custom_fields][360012]', ['request', 'custom', 'fields', '360012'], []],
    ['your-email', ['your', 'email'], []],
  ])('%s → the last segment that says something', (raw, words, path) => {
    expect(identifierParts(raw)).toEqual({ words, path });
  });

  test('a box named `billing.form.model.first_name` is a first name, not a device model', () => {
    expect(
      fields(contactForm('<input name="billing.form.model.first_name">'))['billing.form.model.first_name'],
    ).toBe('givenName');
  });

  test('radios of `q[1][answer]` and `q[2][answer]` stay two questions', () => {
    const forms = detectHtml(
      esimSupportForm(
        '<input type="radio" name="q[1][answer]" value="a"><input type="radio" name="q[2][answer]" value="b">',
      ),
    );
    expect(forms[0]!.controls.filter((c) => c.signals.type === 'radio')).toHaveLength(2);
  });
});

describe('what a real page really asks', () => {
  test('`autocomplete="new-password"` on a text box only keeps the browser away: the label decides', () => {
    const s = signals({ autocomplete: 'new-password', label: 'name', labelSource: 'label-for' });
    expect(blockReason(s)).toBeUndefined();
    expect(blockReason({ ...s, type: 'password' })).toBe('type:password');
  });

  test('a numeric option list (quantities, ids) is no dial code; "+33" options are', () => {
    const numbers = scoreControl(signals({ type: 'select', options: ['1 1', '2 2', '3 3', '4 4'] }));
    expect(numbers.map((s) => s.field)).not.toContain('phoneCountryCode');
    const codes = scoreControl(
      signals({ type: 'select', options: ['france +33', 'nouvelle caledonie +687', 'japan +81'] }),
    );
    expect(codes[0]?.field).toBe('phoneCountryCode');
  });

  test('nobody chooses their name or e-mail from a drop-down or a radio button', () => {
    expect(
      scoreControl(signals({ type: 'select', label: 'send email to', labelSource: 'label-for' })),
    ).toEqual([]);
    expect(scoreControl(signals({ type: 'radio', label: 'mobile device compatibility' }))).toEqual([]);
  });

  test('"profile" and "restore" are no file or store: a profile first name is a first name', () => {
    const s = signals({
      nameWords: ['dwfrm', 'profile', 'customer', 'firstname'],
      label: 'first name',
      labelSource: 'label-for',
    });
    expect(scoreControl(s)[0]?.field).toBe('givenName');
  });

  test('a drop-down "Issue" chooses a kind of problem: a reason, never the message', () => {
    const s = signals({
      type: 'select',
      label: 'issue',
      labelSource: 'label-for',
      options: ['lost 1', 'broken 2'],
    });
    const fields = scoreControl(s).map((x) => x.field);
    expect(fields).toContain('reason');
    expect(fields).not.toContain('description');
  });

  test('an address box is no message', () => {
    const s = signals({
      type: 'textarea',
      label: 'address details street name building',
      labelSource: 'label-for',
    });
    expect(scoreControl(s).map((x) => x.field)).not.toContain('description');
  });

  test("a nickname, a user name or a login is nobody's name or e-mail", () => {
    for (const label of ['nickname', 'user name', 'display name login']) {
      const out = ruledOut(signals({ label, labelSource: 'label-for' }));
      expect(out.has('fullName') || out.has('givenName') || out.has('email')).toBe(true);
    }
  });

  test.each(['E-mailová adresa', 'E-mailadres', 'E-mail cím', 'E-Mail-Adresse'])(
    '"%s" (e-mail in a compound, in languages with and without a pack) says e-mail, even on a box named login[username]',
    (label) => {
      expect(fieldForLabel(label, '<input id="x" name="login[username]" type="text">')).toBe('email');
    },
  );

  test('"Real name" is the whole name', () => {
    expect(fieldForLabel('Real name')).toBe('fullName');
    expect(fieldForLabel('', '<input id="x" name="x" placeholder="Real name">')).toBe('fullName');
  });

  test('"Code d\'activation (reçu par e-mail)" is the activation code, not an e-mail box', () => {
    expect(fieldForLabel("Code d'activation (reçu par e-mail)")).toBe('activationCode');
  });

  test('"Téléphone concerné (modèle)": a one-word aside says what is asked, even with no other phone box in sight', () => {
    expect(fieldForLabel('Téléphone concerné (modèle)')).toBe('deviceModel');
  });

  test('"お名前（姓）" + "お名前（名）": a one-word aside still says which half of the name', () => {
    const f = fields(
      esimSupportForm(
        '<label>お名前（姓）<input name="sei"></label><label>お名前（名）<input name="mei"></label>',
      ),
    );
    expect(f).toMatchObject({ sei: 'familyName', mei: 'givenName' });
  });
});

describe('assignment on real pages', () => {
  test('a confirmation box gets the e-mail too', () => {
    const f = fields(
      contactForm(
        '<label>Name<input name="n"></label><label>E-mail<input name="email"></label>' +
          '<label>Confirm your e-mail<input name="email_confirm"></label><textarea name="message"></textarea>',
      ),
    );
    expect(f).toMatchObject({ email: 'email', email_confirm: 'email' });
  });

  test('a confirmation box alone (the e-mail was asked a step before) asks for the e-mail itself', () => {
    const f = fields(
      contactForm('<label>Retype e-mail<input name="again"></label><textarea name="m"></textarea>'),
    );
    expect(f.again).toBe('email');
    for (const label of ['Confirm email', 'Confirmer votre adresse e-mail', '确认邮箱']) {
      expect(fieldForLabel(label), label).toBe('email');
    }
    // It is filled as the e-mail box (a confirmation gets only what a box before it got), and a
    // second confirmation box repeats it.
    const forms = detectHtml(
      contactForm(
        '<label>Confirm e-mail<input name="c1"></label><label>Retype e-mail<input name="c2"></label>',
      ),
    );
    const [c1, c2] = forms[0]!.controls;
    expect(c1).toMatchObject({ field: 'email' });
    expect(c1!.confirmation).toBeUndefined();
    expect(c2).toMatchObject({ field: 'email', confirmation: true });
  });

  test('a confirmation box the rules or autocomplete=email name is the e-mail again, not a second e-mail', () => {
    const forms = detectHtml(
      contactForm(
        '<label>Nom<input name="nom"></label><label>E-mail<input name="mail" type="email"></label>' +
          '<label>Répétez votre email<input name="mail_bis"></label>' +
          '<label for="v">Confirm email</label><input id="v" name="verifyEmail" autocomplete="email">' +
          '<textarea name="m"></textarea>',
      ),
    );
    const controls = forms.flatMap((form) => form.controls);
    const of = (name: string) => controls.find((c) => c.element.getAttribute('name') === name);
    expect(of('mail')).toMatchObject({ field: 'email' });
    expect(of('mail')!.confirmation).toBeUndefined();
    expect(of('mail_bis')).toMatchObject({ field: 'email', confirmation: true });
    expect(of('verifyEmail')).toMatchObject({ field: 'email', confirmation: true });
  });

  test('an e-mail box that mentions an order confirmation in passing, alone in its form, is the e-mail', () => {
    const f = fields(
      contactForm(
        '<label for="e">E-mail address <i>(for order confirmation &amp; delivery notifications)</i></label>' +
          '<input id="e" name="Email" type="email" autocomplete="email"><textarea name="m"></textarea>',
      ),
    );
    expect(f.Email).toBe('email');
  });

  test('billing then shipping: the first box asked gets the field', () => {
    const f = fields(
      '<form><h3>Billing</h3><label>First name<input name="bill_first"></label><label>Last name<input name="bill_last"></label>' +
        '<h3>Shipping</h3><label>First name<input name="ship_first" autocomplete="given-name"></label><label>Last name<input name="ship_last"></label><button>Pay</button></form>',
    );
    expect(f.bill_first).toBe('givenName');
    expect(f.bill_last).toBe('familyName');
  });
});

describe('the support-form gate', () => {
  test('the site search box inside a page-wide form does not make the request form a search form', () => {
    document.body.innerHTML = `<form><input type="search" name="q" placeholder="Search">
      <h2>Demande de remplacement eSIM</h2>
      <label>Nom<input name="nom"></label><label>E-mail<input type="email" name="mail"></label>
      <label>IMEI<input name="imei"></label><textarea name="message"></textarea><button>Envoyer</button></form>`;
    const verdict = gateForm(document.querySelector('form')!, document);
    expect(verdict.kind).not.toBe('search');
    expect(verdict.isSupportForm).toBe(true);
  });

  test('an advanced search its markup calls a search (`form#searchform`) is no request form', () => {
    document.body.innerHTML = `<form id="searchform" action="/search"><label>Titre<input name="Title"></label>
      <label for="d">Description</label><textarea id="d" name="Description"></textarea><button>Rechercher</button></form>`;
    expect(gateForm(document.querySelector('form')!, document).kind).toBe('search');
  });

  test('a form with a search box and a button is still a search form', () => {
    document.body.innerHTML = '<form><input type="search" name="q"><button>Go</button></form>';
    expect(gateForm(document.querySelector('form')!, document).kind).toBe('search');
  });
});
