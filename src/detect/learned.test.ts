import { describe, expect, test } from 'vitest';
import { detectHtml, fieldsByName, makeSignals } from '../../tests/support/detect';
import {
  controlFeatures,
  isConfirmation,
  type LearnedModel,
  MODEL_CLASSES,
  mergeLearned,
  predict,
} from './learned';
import { MODEL } from './model';
import { packModel, unpackModel } from './model-pack';
import type { ControlSignals, FieldScore } from './types';

const signals = makeSignals;
const at = (field: string) => MODEL_CLASSES.indexOf(field as (typeof MODEL_CLASSES)[number]);
const probabilities = (field: string, p: number) =>
  MODEL_CLASSES.map((c) => (c === field ? p : (1 - p) / (MODEL_CLASSES.length - 1)));

describe('the model', () => {
  test('unpacks its rows and gives a probability per class that sums to one', () => {
    const model: LearnedModel = { bias: [0, 0, 0, 0, 0, 0, 0, 0], weights: { 'l:mail': `${at('email')}:4` } };
    const p = predict(model, new Map([['l:mail', 1]]));
    expect(p).toHaveLength(MODEL_CLASSES.length);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(p.indexOf(Math.max(...p))).toBe(at('email'));
  });

  test("features say where each word comes from, with the rules' verdict and the neighbours", () => {
    const f = controlFeatures(
      signals({
        nameWords: ['user', 'email'],
        label: 'your e mail',
        labelSource: 'label-for',
        pathWords: ['user'],
      }),
      [{ field: 'email', score: 0.9, evidence: 'label' }],
      { previous: 'fullName', next: null, names: 1 },
    );
    expect([...f.keys()]).toEqual(
      expect.arrayContaining([
        'type=text',
        'i:email',
        'l:mail',
        'r:email',
        'top:email',
        'prev:fullName',
        'next:none',
      ]),
    );
    expect(f.get('r:email')).toBe(0.9);
  });

  test('Chinese and Japanese labels are read by characters and their pairs', () => {
    const f = controlFeatures(signals({ label: '手机号码' }), []);
    expect(f.has('l:手机')).toBe(true);
    expect(f.has('l:号')).toBe(true);
  });

  test('the shipped model is small and reads common labels right', () => {
    expect(Object.keys(MODEL.weights).length).toBeLessThan(3000);
    const read = (s: ControlSignals) => {
      const p = predict(MODEL, controlFeatures(s, []));
      return MODEL_CLASSES[p.indexOf(Math.max(...p))];
    };
    expect(read(signals({ label: 'email address', labelSource: 'label-for', nameWords: ['email'] }))).toBe(
      'email',
    );
    expect(
      read(signals({ label: 'first name', labelSource: 'label-for', nameWords: ['first', 'name'] })),
    ).toBe('givenName');
    expect(read(signals({ label: 'password', type: 'password' }))).toBe('other');
  });
});

describe('merging the model with the rules', () => {
  const rule = (field: FieldScore['field'], score: number, extra: Partial<FieldScore> = {}): FieldScore => ({
    field,
    score,
    evidence: `label:"${field}"`,
    ...extra,
  });

  test('clear wording stands unless the model is sure the box is something else', () => {
    const control = { signals: signals({}), scores: [rule('phone', 0.9)] };
    expect(mergeLearned(control, probabilities('other', 0.6))[0]?.field).toBe('phone');
    expect(mergeLearned(control, probabilities('other', 0.99))).toEqual([]);
  });

  test('an autocomplete token always stands', () => {
    const control = { signals: signals({}), scores: [rule('email', 1, { evidence: 'autocomplete:email' })] };
    expect(mergeLearned(control, probabilities('other', 0.99))[0]?.field).toBe('email');
  });

  test('a list of dial codes always stands', () => {
    const listed = rule('phoneCountryCode', 0.94, { listed: true });
    const control = { signals: signals({ type: 'select' }), scores: [listed] };
    expect(mergeLearned(control, probabilities('other', 0.99))[0]?.field).toBe('phoneCountryCode');
    const worded = { signals: signals({ type: 'select' }), scores: [{ ...listed, listed: undefined }] };
    expect(mergeLearned(worded, probabilities('other', 0.99))).toEqual([]);
  });

  test('weak wording is left to the model, and the other fields to the rules', () => {
    const control = { signals: signals({}), scores: [rule('orderNumber', 0.9), rule('email', 0.6)] };
    const merged = mergeLearned(control, probabilities('fullName', 0.9));
    expect(merged.map((s) => s.field)).toEqual(['fullName', 'orderNumber']);
  });

  test("a model sure of a person's name but torn between its halves leaves the rules' name field", () => {
    const control = { signals: signals({}), scores: [rule('fullName', 0.8)] };
    const spread = (shares: Record<string, number>) => MODEL_CLASSES.map((c) => shares[c] ?? 0);
    const torn = spread({ givenName: 0.34, fullName: 0.34, familyName: 0.1, other: 0.22 });
    expect(mergeLearned(control, torn)[0]?.field).toBe('fullName');
    // Unsure it is a name at all: the model's doubt stands.
    const unsure = spread({ givenName: 0.25, fullName: 0.25, other: 0.5 });
    expect(mergeLearned(control, unsure)).toEqual([]);
  });

  test("a field the control's own words rule out stays out", () => {
    const control = {
      signals: signals({}),
      scores: [rule('fullName', 0.6)],
      ruledOut: new Set(['fullName'] as const),
    };
    expect(mergeLearned(control, probabilities('fullName', 0.95))).toEqual([]);
  });

  test('radios and check boxes never get a contact field from the model', () => {
    const control = { signals: signals({ type: 'radio' }), scores: [] };
    expect(mergeLearned(control, probabilities('phone', 0.99))).toEqual([]);
  });

  test('a confirmation box is marked so that it shares the field', () => {
    expect(isConfirmation(signals({ label: 'confirm your e mail' }))).toBe(true);
    expect(isConfirmation(signals({ nameWords: ['email', '2'] }))).toBe(true);
    expect(isConfirmation(signals({ label: 'e mail' }))).toBe(false);
    const control = {
      signals: signals({ label: 'retype email' }),
      scores: [],
      ruledOut: new Set(['email'] as const),
    };
    expect(mergeLearned(control, probabilities('email', 0.9))[0]).toMatchObject({
      field: 'email',
      confirmation: true,
    });
  });
});

describe('detection with and without the model', () => {
  const page =
    '<h2>Kontakt</h2><form><label>Vorname<input name="a"></label><label>Nachname<input name="b"></label>' +
    '<label>E-Mail-Adresse<input name="c"></label><label>E-Mail wiederholen<input name="d"></label>' +
    '<textarea name="m"></textarea><button>Senden</button></form>';

  test('the shipped model fills a German contact form, confirmation included', () => {
    expect(fieldsByName(detectHtml(page))).toMatchObject({
      a: 'givenName',
      b: 'familyName',
      c: 'email',
      d: 'email',
    });
  });

  test('`model: false` runs the vocabulary rules alone', () => {
    const f = fieldsByName(detectHtml(page, {}, { adapters: [], model: false }));
    expect(f).toMatchObject({ a: 'givenName', b: 'familyName', c: 'email' });
    expect(f.d).toBeNull();
  });
});

describe('the shipped model', () => {
  test('packs to bytes and back: same features, each weight within half a step', () => {
    const model: LearnedModel = {
      bias: [0.5, -1, 0, 0, 0, 0, 0, 0],
      weights: { 'l:mail': '4:2.35 0:-0.89', 'type=text': '0:0.24 7:-0.56', options: '1:-0.85' },
    };
    const packed = packModel(model);
    const back = unpackModel(packed);
    expect(Object.keys(back.weights).sort()).toEqual(Object.keys(model.weights).sort());
    expect(back.bias).toEqual(model.bias);
    for (const [feature, row] of Object.entries(model.weights)) {
      const cells = (text: string) =>
        Object.fromEntries(text.split(' ').map((cell) => cell.split(':').map(Number) as [number, number]));
      const want = cells(row);
      const got = cells(back.weights[feature]!);
      expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
      for (const c of Object.keys(want))
        expect(Math.abs(got[c]! - want[c]!)).toBeLessThanOrEqual(packed.scale / 2);
    }
  });

  test('predicts from its decoded rows exactly as from its "c:w" text form', () => {
    const asText: LearnedModel = { bias: [...MODEL.bias], weights: { ...MODEL.weights } };
    const names = Object.keys(MODEL.weights);
    for (let start = 0; start < names.length; start += 37) {
      const features = new Map(names.slice(start, start + 9).map((name, i) => [name, 1 + (i % 3)]));
      expect(predict(MODEL, features)).toEqual(predict(asText, features));
    }
  });
});
