import { describe, expect, test } from 'vitest';
import { addUp, type Label, percent, scorePage, summaryLine } from '../support/real-web-score.mjs';

/** The detector's answer for each control, in document order (null: no field). */
const says = (...fields: (string | null)[]) => fields.map((field, index) => ({ index, field }));
const counts = (labels: Label[], fields: (string | null)[]) => {
  const { misses: _, ...rest } = scorePage(labels, says(...fields));
  return rest;
};

describe('real-web scorer', () => {
  test('in scope: right only when the detector says that field (or one of the alternatives)', () => {
    expect(counts(['email', 'phone/phoneNational', 'givenName'], ['email', 'phoneNational', null])).toEqual({
      inScope: 3,
      right: 2,
      negatives: 0,
      falseLabels: 0,
      esimFalse: 0,
    });
    const { misses } = scorePage(['email', 'givenName'], says('phone', null));
    expect(misses.map((m) => [m.index, m.kind, m.want, m.got])).toEqual([
      [0, 'wrong field', 'email', 'phone'],
      [1, 'missed', 'givenName', null],
    ]);
    // A wrong field is also a false label; a missed one is not.
    expect(counts(['email', 'givenName'], ['phone', null])).toMatchObject({ right: 0, falseLabels: 1 });
  });

  test('null labels are not scored, whatever the detector says', () => {
    expect(counts([null, null], ['email', 'imei'])).toEqual({
      inScope: 0,
      right: 0,
      negatives: 0,
      falseLabels: 0,
      esimFalse: 0,
    });
  });

  test('"-" is a negative: any field on it is a false label', () => {
    expect(counts(['-', '-', '-'], [null, 'email', 'description'])).toMatchObject({
      inScope: 0,
      negatives: 3,
      falseLabels: 2,
    });
  });

  test('"?x" is ambiguous: x or nothing is fine, any other field is a false label', () => {
    expect(
      counts(['?email', '?email', '?description/subject', '?email'], ['email', null, 'subject', 'phone']),
    ).toMatchObject({
      inScope: 0,
      negatives: 4,
      falseLabels: 1,
    });
    expect(scorePage(['?email'], says('phone')).misses[0]).toMatchObject({
      kind: 'false label',
      want: '?email',
    });
  });

  test('a field asked for again may stay empty but must not get another field', () => {
    const labels: Label[] = ['givenName', 'email', 'givenName', 'givenName', 'givenName'];
    expect(counts(labels, ['givenName', 'email', null, 'givenName', 'familyName'])).toEqual({
      inScope: 2,
      right: 2,
      negatives: 3,
      falseLabels: 1,
      esimFalse: 0,
    });
    // Alternatives count as asked by their first key.
    expect(counts(['phone/phoneNational', 'phone'], ['phone', null])).toMatchObject({
      inScope: 1,
      negatives: 1,
    });
  });

  test('a confirmation box "x!" is in scope even after x', () => {
    expect(counts(['email', 'email!'], ['email', null])).toMatchObject({
      inScope: 2,
      right: 1,
      negatives: 0,
    });
    expect(counts(['email', 'email!'], ['email', 'email'])).toMatchObject({ inScope: 2, right: 2 });
    // …and the first box may itself be the confirmation.
    expect(counts(['email!', 'email'], ['email', null])).toMatchObject({
      inScope: 1,
      right: 1,
      negatives: 1,
    });
  });

  test('eSIM fields on these pages are counted apart as eSIM false labels', () => {
    const fields = ['imei', 'orderNumber', 'email', 'carrier', 'reason', 'description'];
    expect(counts(['-', '?email', 'email', 'email', 'phone', '-'], fields)).toEqual({
      inScope: 2,
      right: 1,
      negatives: 4,
      falseLabels: 5,
      esimFalse: 4,
    });
    for (const field of [
      'deviceModel',
      'orderNumber',
      'activationCode',
      'imei',
      'eid',
      'iccid',
      'carrier',
      'reason',
    ]) {
      expect(counts(['-'], [field]).esimFalse).toBe(1);
    }
    expect(counts(['-'], ['subject']).esimFalse).toBe(0);
  });

  test('controls are matched by index; a control the detector did not report counts as no field', () => {
    const score = scorePage(
      ['-', 'email', 'phone'],
      [
        { index: 2, field: 'phone' },
        { index: null, field: 'email' },
      ],
    );
    expect(score).toMatchObject({ inScope: 2, right: 1, negatives: 1, falseLabels: 0 });
    expect(score.misses).toEqual([
      { index: 1, want: 'email', got: null, kind: 'missed', evidence: undefined },
    ]);
  });

  test('totals and the summary line', () => {
    const total = addUp([
      scorePage(['email', '-', 'phone'], says('email', 'imei', null)),
      scorePage(['givenName', 'familyName', '-'], says('givenName', 'familyName', null)),
    ]);
    expect(total).toEqual({ inScope: 4, right: 3, negatives: 2, falseLabels: 1, esimFalse: 1, pages: 2 });
    expect(summaryLine('real-web formasaurus sample', total)).toBe(
      'real-web formasaurus sample: accuracy 75.0% (3/4), false labels 1 of 2 (50.0%), eSIM false labels 1, pages 2',
    );
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 0)).toBe(0);
  });
});
