// When a carrier should have answered: working days counted on the person's own calendar (local
// time), weekends skipped. Public holidays differ by country and year and are not counted.
import type { Carrier } from '../carriers/types';

/** Sunday and Saturday (`Date.getDay()` numbers). */
export const WEEKEND: readonly number[] = [0, 6];

/** How many working days a carrier takes to answer when its file says nothing. */
export const DEFAULT_ANSWER_DAYS = 3;

/**
 * `from` moved by `days` working days (backwards when negative), at the same time of day. A day in
 * `weekend` never counts: Friday + 1 is Monday, Saturday + 1 is Monday too. Zero days is `from` itself.
 */
export function addWorkingDays(from: Date, days: number, weekend: readonly number[] = WEEKEND): Date {
  const date = new Date(from.getTime());
  const whole = Math.trunc(days);
  // A week with no working day would never end.
  if (!whole || [0, 1, 2, 3, 4, 5, 6].every((day) => weekend.includes(day))) return date;
  const step = whole > 0 ? 1 : -1;
  for (let left = Math.abs(whole); left > 0; ) {
    // setDate keeps the wall-clock time across daylight-saving changes and month or year ends.
    date.setDate(date.getDate() + step);
    if (!weekend.includes(date.getDay())) left--;
  }
  return date;
}

/** When an answer to a request sent at `sentAt` is due: the carrier's own delay, else 3 working days. */
export function expectedAnswerBy(sentAt: number, carrier?: Pick<Carrier, 'answerWithinWorkingDays'>): number {
  const days = carrier?.answerWithinWorkingDays ?? DEFAULT_ANSWER_DAYS;
  return addWorkingDays(new Date(sentAt), days).getTime();
}
