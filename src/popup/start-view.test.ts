import { describe, expect, test } from 'vitest';
import { type StartQuestion, startView } from './start-view';

const ask = (over: Partial<StartQuestion>): StartQuestion => ({
  pageReport: false,
  openRequest: false,
  profileSaved: false,
  profileComplete: false,
  ...over,
});

describe('startView: the popup opens on what matters now', () => {
  test("the page's report first, where ReSIM filled or offers", () => {
    expect(startView(ask({ pageReport: true, openRequest: true, profileSaved: true }))).toBe('page');
  });

  test('then an open request (its status and expected date)', () => {
    expect(startView(ask({ openRequest: true, profileSaved: true, profileComplete: true }))).toBe('requests');
  });

  test('then the checks before asking, once the details are all there', () => {
    expect(startView(ask({ profileSaved: true, profileComplete: true }))).toBe('checklist');
  });

  test('else the details: nothing saved yet, or something the carrier needs is missing', () => {
    expect(startView(ask({}))).toBe('details');
    expect(startView(ask({ profileSaved: true }))).toBe('details');
  });
});
