import { describe, expect, test } from 'vitest';
import { detectHtml, fieldForLabel, fieldsByName } from '../../tests/support/detect';
import { autocompleteToken, collectSignals, identifierParts, OPTIONS_READ } from './signals';

describe('autocompleteToken', () => {
  test.each([
    ['section-a shipping email', 'email'],
    ['billing tel webauthn', 'tel'],
    ['Given-Name', 'given-name'],
    ['off', ''],
    // A list that names two fields is invalid, as browsers read it: it names none.
    ['courier name', ''],
    ['shipping company name', ''],
    ['email username', ''],
  ])('"%s" names "%s"', (value, token) => {
    expect(autocompleteToken(value)).toBe(token);
  });

  test('a courier company box whose invalid autocomplete ends in "name" gets no name', () => {
    const fields = fieldsByName(
      detectHtml(`<form><label>Email <input name="email"></label>
        <input name="userCompanyName" title="Company Name" autocomplete="courier name">
        <button>Send</button></form>`),
    );
    expect(fields.userCompanyName).toBeNull();
  });
});

describe('identifierParts', () => {
  test.each([
    ['checkout.billingAddress.firstName', ['first', 'name'], ['checkout', 'billing', 'address']],
    // A last segment that only qualifies the one before it keeps that one as its word.
    ['phone.prefix', ['phone', 'prefix'], []],
    ['contact[mobile][number]', ['mobile', 'number'], ['contact']],
    ['order.id', ['order', 'id'], []],
  ])('"%s" is the words %j under the path %j', (raw, words, path) => {
    expect(identifierParts(raw)).toEqual({ words, path });
  });

  test('a prefix box named phone.prefix beside the number is the dial code', () => {
    const fields = fieldsByName(
      detectHtml(`<form><label>Email <input name="email"></label>
        <label id="p">Prefix</label><input name="phone.prefix" aria-labelledby="p" value="+39">
        <input name="phone.number" type="tel" autocomplete="tel-national">
        <button>Send</button></form>`),
    );
    expect(fields['phone.prefix']).toBe('phoneCountryCode');
  });
});

describe('collectSignals', () => {
  test('Chinese labels padded with full-width spaces are read as one word', () => {
    document.body.innerHTML = '<label for="x">姓　　名：</label><input id="x" aria-label="邮　箱">';
    const signals = collectSignals(document.getElementById('x') as HTMLInputElement);
    expect(signals.label).toBe('姓名');
    expect(signals.ariaLabel).toBe('邮箱');
  });

  test('a note before boxes that name themselves is no label: a comment form under "Your email address will not be published."', () => {
    const fields = fieldsByName(
      detectHtml(`<form><p class="comment-notes">Your email address will not be published.</p>
        <p><textarea name="comment" placeholder="Comment"></textarea></p>
        <p><input name="author" placeholder="Name"></p>
        <p><input name="email" placeholder="Email"></p>
        <input type="submit" value="Post Comment"></form>`),
    );
    expect(fields.author).toBe('fullName');
    expect(fields.email).toBe('email');
    expect(fields.comment).not.toBe('email');
    // A sentence that rules the box out stays its label, and keeps it out.
    const trap = detectHtml(`<form><p>If you are a human, please leave this field blank.</p>
      <input name="website_url" placeholder="Your website"><input name="email" placeholder="Email">
      <button>Send</button></form>`)[0]!.controls[0]!;
    expect(trap.signals.label).toBe('if you are a human please leave this field blank');
    expect(trap.field).toBeNull();
    // A box that says nothing itself keeps the sentence as its label.
    document.body.innerHTML =
      '<form><p>Please enter the email address you signed up with.</p><input id="x"></form>';
    expect(collectSignals(document.getElementById('x') as HTMLInputElement).label).toBe(
      'please enter the email address you signed up with',
    );
  });

  test('Latin words keep their spaces', () => {
    document.body.innerHTML = '<label for="x">Nom de famille</label><input id="x">';
    expect(collectSignals(document.getElementById('x') as HTMLInputElement).label).toBe('nom de famille');
  });

  test("a label's core leaves out its asides: (…), （…）, […], 【…】 and 「…」", () => {
    document.body.innerHTML =
      '<label for="a">お名前【必須】</label><input id="a"><label for="b">件名「任意」</label><input id="b">' +
      '<label for="c">Nom (tel qu\'indiqué)</label><input id="c"><label for="d">Имя (полностью)</label><input id="d">';
    const core = (id: string) => collectSignals(document.getElementById(id) as HTMLInputElement).labelCore;
    expect(core('a')).toBe('お名前');
    expect(core('b')).toBe('件名');
    expect(core('c')).toBe('nom');
    expect(core('d')).toBe('имя');
    expect(collectSignals(document.getElementById('a') as HTMLInputElement).label).toBe('お名前必須');
  });

  test('so a padded "姓　　名" is the full name', () => {
    expect(fieldForLabel('姓　　名：')).toBe('fullName');
  });

  test('a long list is read in 300 options at even steps from its first, and still says what it lists', () => {
    const brands = ['Alcatel', 'Apple iPhone', 'Asus', 'Samsung Galaxy', 'Sony Xperia'];
    const models = Array.from({ length: 1500 }, (_, index) => {
      const brand = brands[Math.floor((index * brands.length) / 1500)];
      return `<option value="m${index}">${brand} ${index}</option>`;
    });
    const select = `<select id="x" name="x"><option value="">Choisir…</option>${models.join('')}</select>`;
    expect(fieldForLabel('Votre choix', select)).toBe('deviceModel');
    const signals = collectSignals(document.getElementById('x') as HTMLSelectElement);
    expect(signals.options).toHaveLength(OPTIONS_READ);
    expect(signals.options[0]).toBe('choisir');
    expect(signals.options.at(-1)).toMatch(/^sony xperia/);
  });

  test('a list of every country is read whole', () => {
    const countries = Array.from(
      { length: 250 },
      (_, index) => `<option>Pays ${index} (+${index + 1})</option>`,
    );
    document.body.innerHTML = `<select id="c">${countries.join('')}</select>`;
    const options = collectSignals(document.getElementById('c') as HTMLSelectElement).options;
    expect(options).toHaveLength(250);
    expect(options.at(-1)).toBe('pays 249 +250 pays 249 +250');
  });
});
