import { describe, expect, test } from 'vitest';
import { detectHtml, esimSupportForm, fieldsByName, makeSignals } from '../../tests/support/detect';
import { type AssignItem, assignFields } from './assign';
import type { FieldScore } from './types';

const fields = (inner: string) => fieldsByName(detectHtml(esimSupportForm(inner)));

describe('names', () => {
  test('French "Nom" beside "Prénom" is the family name', () => {
    expect(fields('<label>Nom<input name="a"></label><label>Prénom<input name="b"></label>')).toMatchObject({
      a: 'familyName',
      b: 'givenName',
    });
  });

  test('English "Name" after "First name" is the family name', () => {
    expect(
      fields('<label>First name<input name="a"></label><label>Name<input name="b"></label>'),
    ).toMatchObject({
      a: 'givenName',
      b: 'familyName',
    });
  });

  test('a lone "Nom" / "Name" is the full name', () => {
    expect(fields('<label>Nom *<input name="a"></label><label>Courriel<input name="e"></label>').a).toBe(
      'fullName',
    );
    expect(fields('<label>Name<input name="a"></label>').a).toBe('fullName');
  });

  test('"Nom et prénom", "Nom complet", "姓名", "Full name" are the full name', () => {
    for (const label of ['Nom et prénom', 'Nom complet', '姓名', 'Full name', 'Prénom et nom']) {
      expect(fields(`<label>${label}<input name="a"></label>`).a).toBe('fullName');
    }
  });

  test('"姓" + "名" split into family and given name', () => {
    expect(fields('<label>姓<input name="a"></label><label>名<input name="b"></label>')).toMatchObject({
      a: 'familyName',
      b: 'givenName',
    });
  });

  test('"名字" beside "姓" is the given name', () => {
    expect(fields('<label>姓<input name="a"></label><label>名字<input name="b"></label>')).toMatchObject({
      a: 'familyName',
      b: 'givenName',
    });
  });
});

describe('phone numbers', () => {
  test('country-code select next to a phone box', () => {
    const html =
      '<label for="p">Téléphone</label><select name="cc"><option value="">--</option><option value="+687">Nouvelle-Calédonie (+687)</option>' +
      '<option value="+33">France (+33)</option><option value="+61">Australie (+61)</option></select><input id="p" name="tel">';
    expect(fields(html)).toMatchObject({ cc: 'phoneCountryCode', tel: 'phoneNational' });
  });

  test('a select of "+687"-style options is a country code even without a label', () => {
    const html = '<select name="x1"><option>+687</option><option>+33</option><option>+1</option></select>';
    expect(fields(html).x1).toBe('phoneCountryCode');
  });

  test('short box before the phone box', () => {
    const html = '<label>Mobile<input name="a" maxlength="4"></label><input name="b" type="tel">';
    expect(fields(html)).toMatchObject({ a: 'phoneCountryCode', b: 'phoneNational' });
  });

  test('labelled country code + number', () => {
    const html = '<label>Indicatif<input name="a"></label><label>N° de mobile<input name="b"></label>';
    expect(fields(html)).toMatchObject({ a: 'phoneCountryCode', b: 'phoneNational' });
  });

  test('a single phone box stays phone', () => {
    expect(fields('<label>Téléphone (avec indicatif)<input name="a"></label>').a).toBe('phone');
  });

  test('a plain country select is not a phone code', () => {
    const html =
      '<label>Pays<select name="c"><option>France</option><option>Nouvelle-Calédonie</option><option>Australie</option></select></label>';
    expect(fields(html).c).toBeNull();
  });
});

describe('one control per field, one field per control', () => {
  test('the better-scoring control wins; the other gets nothing', () => {
    const result = fields(
      '<label>E-mail<input name="a" type="email"></label><label>E-mail<input name="b"></label>',
    );
    expect(result).toMatchObject({ a: 'email', b: null });
  });

  test('a hidden twin (honeypot) does not take the field from the visible control', () => {
    const html =
      '<div style="position:absolute;left:-9999px"><label>Email<input name="hp_email" type="email"></label></div>' +
      '<label>Email<input name="email" type="email"></label>';
    expect(fields(html)).toMatchObject({ email: 'email', hp_email: null });
  });

  test('a radio group shares one field', () => {
    const html =
      '<p>Motif</p><label><input type="radio" name="m" value="1">Perte ou vol</label><label><input type="radio" name="m" value="2">Casse</label>';
    const forms = detectHtml(esimSupportForm(html));
    const radios = forms[0]!.controls.filter((c) => c.signals.type === 'radio');
    expect(radios.map((r) => r.field)).toEqual(['reason', 'reason']);
  });
});

describe('assignFields on its own', () => {
  const signals = makeSignals;
  const item = (scores: FieldScore[], over: Partial<AssignItem> = {}): AssignItem => ({
    signals: signals(),
    scores,
    ...over,
  });

  test('eSIM fields need the eSIM context; contact fields do not', () => {
    const items = [
      item([{ field: 'orderNumber', score: 0.9, evidence: 'label' }]),
      item([{ field: 'email', score: 0.9, evidence: 'label' }]),
    ];
    expect(assignFields(items, { allowEsim: false, allowMessage: true }).map((a) => a.field)).toEqual([
      null,
      'email',
    ]);
    expect(assignFields(items, { allowEsim: true, allowMessage: true }).map((a) => a.field)).toEqual([
      'orderNumber',
      'email',
    ]);
  });

  test('a control whose best guess is not allowed does not fall back to a far weaker one', () => {
    const items = [
      item([
        { field: 'carrier', score: 0.9, evidence: 'label' },
        { field: 'fullName', score: 0.55, evidence: 'label', ambiguous: true },
      ]),
    ];
    const [only] = assignFields(items, { allowEsim: false, allowMessage: true });
    expect(only!.field).toBeNull();
    expect(only!.evidence).toContain('not an eSIM support form');
  });

  test('below the minimum confidence nothing is assigned', () => {
    const [only] = assignFields([item([{ field: 'subject', score: 0.4, evidence: 'hint' }])], {
      allowEsim: true,
      allowMessage: true,
    });
    expect(only!.field).toBeNull();
  });
});

describe('mobile before landline', () => {
  test('the mobile box gets the phone, whatever the order', () => {
    const html =
      '<label>Téléphone fixe<input name="fixe"></label><label>Téléphone portable<input name="gsm"></label>';
    expect(fields(html)).toMatchObject({ fixe: null, gsm: 'phone' });
  });

  test('a lone landline box is still the phone', () => {
    expect(fields('<label>Home phone<input name="h"></label>').h).toBe('phone');
  });
});
