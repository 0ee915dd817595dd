import { describe, expect, test } from 'vitest';
import { detectHtml } from '../../tests/support/detect';
import { $, html } from '../../tests/support/dom';
import { control, DATA, detection } from '../../tests/support/fill';
import type { FieldKey } from '../profile/fields';
import { planFill } from './plan';

const valuesOf = (plan: ReturnType<typeof planFill>) =>
  Object.fromEntries(plan.writes.map((write) => [write.field, write.value])) as Partial<
    Record<FieldKey, string>
  >;

describe('planFill', () => {
  test('one control per field: the hidden honeypot twin is passed over silently', () => {
    const root = html(
      `<form><input id="hp" name="email" style="display:none"><input id="real" name="email_address"></form>`,
    );
    const form = detection(root, {});
    form.controls = [control($('#hp'), 'email', 0.9), control($('#real'), 'email', 0.8)];
    const plan = planFill(form, DATA);
    expect(plan.writes.map((w) => w.control.element.id)).toEqual(['real']);
    expect(plan.skips).toEqual([]);
  });

  test('a field already answered is left alone, its twin too', () => {
    const root = html('<form><input id="a" value="me@x.nc"><input id="b"></form>');
    const form = detection(root, {});
    form.controls = [control($('#a'), 'email', 0.9), control($('#b'), 'email', 0.5)];
    const plan = planFill(form, DATA);
    expect(plan.writes).toEqual([]);
    expect(plan.skips.map((s) => s.reason)).toEqual(['not-empty']);
  });

  test('a confirmation box gets the same e-mail as its box, even when it scores higher', () => {
    const root = html('<form><input id="mail"><input id="again"></form>');
    const form = detection(root, {});
    form.controls = [
      control($('#mail'), 'email', 0.8),
      { ...control($('#again'), 'email', 1), confirmation: true },
    ];
    const plan = planFill(form, DATA);
    expect(plan.writes.map((w) => [w.control.element.id, w.value])).toEqual([
      ['mail', DATA.values.email],
      ['again', DATA.values.email],
    ]);
  });

  test('a confirmation box alone (its box already answered) is left alone', () => {
    const root = html('<form><input id="mail" value="me@x.nc"><input id="again"></form>');
    const form = detection(root, {});
    form.controls = [
      control($('#mail'), 'email', 0.8),
      { ...control($('#again'), 'email', 1), confirmation: true },
    ];
    expect(planFill(form, DATA).writes).toEqual([]);
  });

  test('a confirmation box with no e-mail box before it in its form (asked a step before) gets the e-mail', () => {
    const [form] = detectHtml(
      '<h2>Contact us</h2><form><label>Name<input name="n"></label><label>Confirm your e-mail<input name="again"></label>' +
        '<label>Retype it<input name="again2" autocomplete="email"></label><textarea name="m"></textarea><button>Send</button></form>',
    );
    const written = planFill(form!, DATA).writes.map((w) => [
      w.control.element.getAttribute('name'),
      w.value,
    ]);
    expect(written).toContainEqual(['again', DATA.values.email]);
    expect(written).toContainEqual(['again2', DATA.values.email]);
  });

  test('a confirmation box follows the fill policy like any box: never overwritten, never written hidden', () => {
    const root = html(
      '<form><input id="mail"><input id="typed" value="me@x.nc"><input id="hidden" style="display:none"></form>',
    );
    const form = detection(root, {});
    form.controls = [
      control($('#mail'), 'email', 0.8),
      { ...control($('#typed'), 'email', 1), confirmation: true },
      { ...control($('#hidden'), 'email', 1), confirmation: true },
    ];
    const plan = planFill(form, DATA);
    expect(plan.writes.map((w) => w.control.element.id)).toEqual(['mail']);
    expect(plan.skips.map((s) => [s.control.element.id, s.reason])).toEqual([
      ['typed', 'not-empty'],
      ['hidden', 'hidden'],
    ]);
  });

  test('a single phone box gets the international number', () => {
    const root = html('<form><input id="p" type="tel"></form>');
    expect(valuesOf(planFill(detection(root, { '#p': 'phone' }), DATA)).phone).toBe('+687751234');
  });

  test('country-code select + national box get +687 and the six digits', () => {
    const root = html(
      '<form><select id="cc"><option>+33</option><option>+687</option></select><input id="n"></form>',
    );
    const plan = planFill(detection(root, { '#cc': 'phoneCountryCode', '#n': 'phoneNational' }), DATA);
    expect(valuesOf(plan)).toEqual({ phoneCountryCode: '+687', phoneNational: '751234' });
  });

  test('a phone box with a short maxlength or a digits-only pattern gets what it accepts', () => {
    const root = html('<form><input id="a" maxlength="6"><input id="b" pattern="[0-9]{6}"></form>');
    expect(valuesOf(planFill(detection(root, { '#a': 'phone' }), DATA)).phone).toBe('751234');
    expect(valuesOf(planFill(detection(root, { '#b': 'phone' }), DATA)).phone).toBe('751234');
  });

  test('a country-code select without our code: the phone box gets the international number', () => {
    const root = html(
      '<form><select id="cc"><option>+33</option><option>+61</option></select><input id="n"></form>',
    );
    const plan = planFill(detection(root, { '#cc': 'phoneCountryCode', '#n': 'phoneNational' }), DATA);
    expect(valuesOf(plan).phoneNational).toBe('+687751234');
  });

  test('a box whose type would drop the value gets nothing', () => {
    const root = html('<form><input id="o" type="number"><input id="p" type="number"></form>');
    const plan = planFill(detection(root, { '#o': 'orderNumber', '#p': 'phone' }), DATA);
    expect(valuesOf(plan)).toEqual({ phone: '751234' });
    expect(plan.skips.map((s) => [s.field, s.reason])).toEqual([['orderNumber', 'no-value']]);
  });

  test('data that does not fit its box is not cut: no value', () => {
    const root = html('<form><input id="o" maxlength="5"></form>');
    const plan = planFill(detection(root, { '#o': 'orderNumber' }), DATA);
    expect(plan.writes).toEqual([]);
    expect(plan.skips.map((s) => s.reason)).toEqual(['no-value']);
  });

  test('full name in its script order; given and family names apart', () => {
    const root = html('<form><input id="f"><input id="g"><input id="l"></form>');
    const zh = { ...DATA, values: { ...DATA.values, givenName: '伟', familyName: '张' } };
    expect(valuesOf(planFill(detection(root, { '#f': 'fullName' }, { language: 'zh' }), zh)).fullName).toBe(
      '张伟',
    );
    expect(valuesOf(planFill(detection(root, { '#g': 'givenName', '#l': 'familyName' }), DATA))).toEqual({
      givenName: 'Jean',
      familyName: 'Dupont',
    });
  });

  test('subject and description composed for the page, identifiers only where no box asks', () => {
    const root = html(
      '<form><input id="s" maxlength="150"><textarea id="d"></textarea><input id="i"></form>',
    );
    const plan = valuesOf(
      planFill(
        detection(root, { '#s': 'subject', '#d': 'description', '#i': 'imei' }, { language: 'fr' }),
        DATA,
      ),
    );
    expect(plan.subject).toBe("Remplacement d'eSIM – commande NC-2024-0042");
    expect(plan.description).toContain('Motif : Téléphone perdu ou volé');
    expect(plan.description).toContain(DATA.values.eid);
    expect(plan.description).not.toContain(DATA.values.imei);
    expect(plan.imei).toBe(DATA.values.imei);
  });

  test('the activation code goes whole into a box for it, or the part the box asks for', () => {
    const root = html(`<form><input id="a" name="activation_code"><input id="m" placeholder="Matching ID">
      <input id="s" aria-label="SM-DP+ address"></form>`);
    expect(valuesOf(planFill(detection(root, { '#a': 'activationCode' }), DATA)).activationCode).toBe(
      DATA.values.activationCode,
    );
    expect(valuesOf(planFill(detection(root, { '#m': 'activationCode' }), DATA)).activationCode).toBe(
      '04386-AGYFT-A74Y8-3F815',
    );
    expect(valuesOf(planFill(detection(root, { '#s': 'activationCode' }), DATA)).activationCode).toBe(
      'smdp.gsma.com',
    );
  });

  test('reason: a text box gets the words, a select is matched by the reason', () => {
    const root = html('<form><input id="t"><select id="s"><option>--</option></select></form>');
    expect(valuesOf(planFill(detection(root, { '#t': 'reason' }, { language: 'zh' }), DATA)).reason).toBe(
      '手机丢失/被盗',
    );
    const select = planFill(detection(root, { '#s': 'reason' }), DATA).writes[0]!;
    expect(select.wanted).toEqual({ match: 'reason', values: ['lost'] });
  });

  test('carrier select is matched by name and aliases', () => {
    const root = html('<form><select id="c"><option>Mobilis</option></select></form>');
    expect(planFill(detection(root, { '#c': 'carrier' }), DATA).writes[0]!.wanted).toEqual({
      match: 'name',
      values: ['OPT-NC (Mobilis / Helia)', 'OPT', 'OPT-NC', 'Mobilis', 'Helia'],
    });
  });

  test('a detected field without data is reported, not guessed', () => {
    const root = html('<form><input id="e"></form>');
    const plan = planFill(detection(root, { '#e': 'eid' }), { ...DATA, values: {} });
    expect(plan.skips.map((s) => [s.field, s.reason])).toEqual([['eid', 'no-value']]);
  });
});
