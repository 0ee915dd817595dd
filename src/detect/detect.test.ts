import { describe, expect, test } from 'vitest';
import { detectHtml, fieldsByName } from '../../tests/support/detect';
import type { PlatformAdapter } from './adapter';
import { detectForms } from './detect';
import { pageLanguage } from './language';

describe('forms and form-like containers', () => {
  test('controls in open shadow roots are found, labelled and grouped with their form', () => {
    document.body.innerHTML =
      '<h1>eSIM support</h1><form id="f"><x-field id="host"></x-field><textarea name="msg"></textarea><button>Send</button></form>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="i">IMEI</label><input id="i" name="imei_in_shadow">';
    const forms = detectForms(document, { adapters: [] });
    expect(forms).toHaveLength(1);
    expect(fieldsByName(forms)).toMatchObject({ imei_in_shadow: 'imei', msg: 'description' });
  });

  test('an app without <form> groups by the container that holds a submit button', () => {
    const forms = detectHtml(
      '<header><input name="q" placeholder="Search"><button>Search</button></header>' +
        '<main><h1>Contact support</h1><div class="card"><div><label>Email<input name="email"></label></div>' +
        '<div><label>Message<textarea name="message"></textarea></label></div><div><button>Send request</button></div></div></main>',
    );
    expect(forms).toHaveLength(2);
    expect(forms[0]!.gate.kind).toBe('search');
    expect(forms[1]!.root.className).toBe('card');
    expect(forms[1]!.gate.isSupportForm).toBe(true);
    expect(fieldsByName(forms)).toMatchObject({ q: null, email: 'email', message: 'description' });
  });

  test('controls outside any form and without a button fall back to the body', () => {
    const forms = detectHtml('<label>E-mail<input name="e"></label>');
    expect(forms).toHaveLength(1);
    expect(forms[0]!.root).toBe(document.body);
  });

  test('hidden controls are returned (the fill engine decides), with their field', () => {
    const forms = detectHtml(
      '<h1>Support</h1><form><div style="display:none"><label>Subject<input name="s1"></label></div><textarea name="m"></textarea></form>',
    );
    expect(fieldsByName(forms).s1).toBe('subject');
  });
});

describe('eSIM fields only on eSIM support forms', () => {
  test('a shop contact form asking for an order number gets contact fields only', () => {
    const forms = detectHtml(
      '<h1>Contact us</h1><form><label>Name<input name="name"></label><label>Email<input name="email"></label>' +
        '<label>Order number<input name="order"></label><label>Message<textarea name="message"></textarea></label><button>Send</button></form>',
      { title: 'Contact | Bella Shoes' },
    );
    expect(fieldsByName(forms)).toEqual({
      name: 'fullName',
      email: 'email',
      order: null,
      message: 'description',
    });
  });

  test('the same form on an eSIM seller asks for the order number', () => {
    const forms = detectHtml(
      '<h1>Contact us</h1><form><label>Email<input name="email"></label><label>Order number<input name="order"></label>' +
        '<label>Message<textarea name="message"></textarea></label><button>Send</button></form>',
      { title: 'Help with your eSIM | Travel eSIM' },
    );
    expect(fieldsByName(forms).order).toBe('orderNumber');
  });

  test('the content script can vouch for a telecom page', () => {
    document.title = '';
    document.body.innerHTML =
      '<h1>Contact</h1><form><label>Email<input name="email"></label><label>Order number<input name="order"></label><textarea name="m"></textarea><button>Send</button></form>';
    expect(fieldsByName(detectForms(document, { adapters: [], telecom: true })).order).toBe('orderNumber');
  });

  test('checkout: card number is not an ICCID, security code is not an activation code, cardholder is not a name', () => {
    const forms = detectHtml(
      '<h2>Payment</h2><form><label>Email<input name="email" type="email"></label><label>Card number<input name="card"></label>' +
        '<label>Security code<input name="sec"></label><label>Cardholder name<input name="holder"></label>' +
        '<label>Promo code<input name="promo"></label><label>Carrier<select name="ship"><option>DHL</option><option>UPS</option></select></label>' +
        '<button>Pay now</button></form>',
      { title: 'Checkout – eSIM store' },
    );
    expect(forms[0]!.gate.kind).toBe('checkout');
    expect(fieldsByName(forms)).toEqual({
      email: 'email',
      card: null,
      sec: null,
      holder: null,
      promo: null,
      ship: null,
    });
  });

  test('login and newsletter forms on an eSIM site still get contact fields, nothing else', () => {
    const forms = detectHtml(
      '<form><label>Email<input name="e" type="email"></label><label>Password<input name="p" type="password"></label><button>Log in</button></form>' +
        '<form><label>Your email for eSIM deals<input name="n"></label><button>Subscribe</button></form>',
      { title: 'My eSIM account' },
    );
    expect(forms.map((f) => f.gate.kind)).toEqual(['login', 'newsletter']);
    expect(fieldsByName(forms)).toEqual({ e: 'email', p: null, n: 'email' });
  });
});

describe('platform adapters plug in without engine changes', () => {
  test('every hook is consulted', () => {
    document.title = '';
    document.body.innerHTML =
      '<form class="acme"><input name="token" value="t"><span class="lbl">Numéro de commande</span><input name="x_1">' +
      '<input type="hidden" name="x_reason" value=""><a class="pick">Choisir</a><div class="editor" contenteditable="true"></div></form>';
    const form = document.querySelector('form')!;
    const adapter: PlatformAdapter = {
      id: 'acme',
      matchesForm: (f) => f.classList.contains('acme'),
      isSupportForm: () => true,
      neverTouch: (c) => c.getAttribute('name') === 'token',
      labelFor: (c) => (c.getAttribute('name') === 'x_1' ? 'IMEI du téléphone' : undefined),
      fieldHint: (c) =>
        c.classList.contains('editor')
          ? { field: 'description', score: 0.95, evidence: 'editor' }
          : undefined,
      widgetFor: (c) =>
        c.getAttribute('name') === 'x_reason'
          ? {
              visible: form.querySelector('a')!,
              options: [
                { label: 'Perte ou vol', value: 'lost' },
                { label: 'Casse', value: 'broken' },
              ],
            }
          : undefined,
      extraControls: () => [],
    };
    const [detection] = detectForms(document, { adapters: [adapter], telecom: true });
    expect(detection!.platform).toBe('acme');
    expect(detection!.gate).toMatchObject({ isSupportForm: true, reason: 'acme request form' });
    const byName = Object.fromEntries(
      detection!.controls.map((c) => [
        c.element.getAttribute('name') ?? c.element.className,
        [c.field, c.evidence],
      ]),
    );
    expect(byName.token).toEqual([null, 'never-touch:acme']);
    expect(byName.x_1![0]).toBe('imei');
    expect(byName.x_reason![0]).toBe('reason');
    expect(byName.editor).toEqual(['description', 'platform:acme editor']);
  });

  test('a throwing adapter does not break detection', () => {
    const broken: PlatformAdapter = {
      id: 'broken',
      matchesForm: () => {
        throw new Error('boom');
      },
    };
    document.body.innerHTML = '<form><label>Email<input name="e"></label></form>';
    expect(fieldsByName(detectForms(document, { adapters: [broken] })).e).toBe('email');
  });
});

describe('pageLanguage', () => {
  test.each([
    ['fr-NC', '', 'fr'],
    ['zh-Hans-CN', '', 'zh'],
    ['en-US', '', 'en'],
    ['', '<p>请填写以下信息，我们将尽快为您补办eSIM。</p>', 'zh'],
    ['', '<p>Veuillez remplir le formulaire pour votre demande de remplacement.</p>', 'fr'],
    ['', '<p>Please fill in the form and we will send your new QR code.</p>', 'en'],
  ])('lang=%j → %s', (lang, body, expected) => {
    document.documentElement.lang = lang;
    document.title = '';
    document.body.innerHTML = body;
    expect(pageLanguage(document)).toBe(expected);
  });
});

describe('form owners', () => {
  test('a control outside the <form> element but owned by it through form= joins that form', () => {
    const forms = detectHtml(
      '<h1>Assistance eSIM</h1><form id="f"><label>Courriel<input name="mail"></label><textarea name="m"></textarea><button>Envoyer</button></form>' +
        '<label>Numéro IMEI<input name="imei" form="f"></label>',
    );
    expect(forms).toHaveLength(1);
    expect(fieldsByName(forms)).toMatchObject({ mail: 'email', imei: 'imei', m: 'description' });
  });

  test('a form root inherits the nearest lang attribute', () => {
    const forms = detectHtml('<div lang="zh-CN"><form><label>邮箱<input name="m"></label></form></div>', {
      lang: 'en',
    });
    expect(forms[0]!.language).toBe('zh');
  });
});
