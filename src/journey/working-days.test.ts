import { describe, expect, test } from 'vitest';
import { addWorkingDays, expectedAnswerBy } from './working-days';

// Local dates, as the person's calendar shows them (the tests hold in any time zone).
const at = (year: number, month: number, day: number, hour = 10, minute = 30) =>
  new Date(year, month - 1, day, hour, minute);
const day = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const named = (date: Date) => `${WEEKDAYS[date.getDay()]} ${day(date)}`;

describe('addWorkingDays', () => {
  test('within one week, Monday + 3 is Thursday', () => {
    expect(named(addWorkingDays(at(2026, 3, 2), 3))).toBe('Thu 2026-03-05');
  });

  test('skips the weekend: Thursday + 3 is Tuesday, Friday + 1 is Monday', () => {
    expect(named(addWorkingDays(at(2026, 3, 5), 3))).toBe('Tue 2026-03-10');
    expect(named(addWorkingDays(at(2026, 3, 6), 1))).toBe('Mon 2026-03-09');
  });

  test('from a weekend day the count starts on Monday', () => {
    expect(named(addWorkingDays(at(2026, 3, 7), 1))).toBe('Mon 2026-03-09');
    expect(named(addWorkingDays(at(2026, 3, 8), 3))).toBe('Wed 2026-03-11');
  });

  test('crosses month ends, February of a leap year included', () => {
    expect(named(addWorkingDays(at(2026, 4, 29), 3))).toBe('Mon 2026-05-04');
    expect(named(addWorkingDays(at(2028, 2, 28), 2))).toBe('Wed 2028-03-01');
    expect(named(addWorkingDays(at(2027, 2, 26), 1))).toBe('Mon 2027-03-01');
  });

  test('crosses the year end', () => {
    expect(named(addWorkingDays(at(2026, 12, 30), 3))).toBe('Mon 2027-01-04');
    expect(named(addWorkingDays(at(2027, 12, 31), 1))).toBe('Mon 2028-01-03');
  });

  test('keeps the time of day, also across a daylight-saving change', () => {
    const result = addWorkingDays(at(2026, 3, 27, 9, 15), 3);
    expect([result.getHours(), result.getMinutes()]).toEqual([9, 15]);
    const autumn = addWorkingDays(at(2026, 10, 23, 23, 45), 5);
    expect([named(autumn), autumn.getHours(), autumn.getMinutes()]).toEqual(['Fri 2026-10-30', 23, 45]);
  });

  test('zero days is the same moment; negative days count back', () => {
    const from = at(2026, 3, 7);
    expect(addWorkingDays(from, 0).getTime()).toBe(from.getTime());
    expect(addWorkingDays(from, 0)).not.toBe(from);
    expect(named(addWorkingDays(at(2026, 3, 9), -1))).toBe('Fri 2026-03-06');
  });

  test('another weekend (Friday and Saturday)', () => {
    expect(named(addWorkingDays(at(2026, 3, 5), 1, [5, 6]))).toBe('Sun 2026-03-08');
  });

  test('a week with no working day does not loop', () => {
    expect(day(addWorkingDays(at(2026, 3, 5), 3, [0, 1, 2, 3, 4, 5, 6]))).toBe('2026-03-05');
  });
});

describe('expectedAnswerBy', () => {
  test('3 working days by default', () => {
    const sent = at(2026, 12, 3, 16, 0).getTime(); // a Thursday
    expect(named(new Date(expectedAnswerBy(sent)))).toBe('Tue 2026-12-08');
  });

  test("a carrier's own delay wins", () => {
    const sent = at(2026, 12, 3, 16, 0).getTime();
    expect(named(new Date(expectedAnswerBy(sent, { answerWithinWorkingDays: 5 })))).toBe('Thu 2026-12-10');
    expect(named(new Date(expectedAnswerBy(sent, { answerWithinWorkingDays: 1 })))).toBe('Fri 2026-12-04');
    expect(named(new Date(expectedAnswerBy(sent, {})))).toBe('Tue 2026-12-08');
  });
});
