import { describe, expect, test } from 'vitest';
import { readBackgroundRequest } from './guards';

const report = {
  url: 'https://www.opt.nc/esim',
  formCount: 1,
  filled: [{ field: 'givenName', label: 'Prénom', shown: 'Marie' }],
  skipped: [{ field: null, label: 'Captcha', reason: 'never-touch' }],
  platform: null,
  at: 1,
};

describe('readBackgroundRequest', () => {
  test('reads each request, keeping only the fields it knows', () => {
    expect(
      readBackgroundRequest({
        type: 'fill:context',
        frameOrigin: 'https://www.opt.nc',
        pageStartedAt: 3,
        extra: 1,
      }),
    ).toEqual({ type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 3 });
    expect(
      readBackgroundRequest({ type: 'fill:report', report: { ...report, secret: 'x', offered: 2 } }),
    ).toEqual({
      type: 'fill:report',
      report: { ...report, offered: 2 },
    });
    expect(
      readBackgroundRequest({ type: 'request:sent', fields: ['eid'], url: 'https://www.opt.nc/' }),
    ).toEqual({
      type: 'request:sent',
      fields: ['eid'],
      url: 'https://www.opt.nc/',
    });
    expect(
      readBackgroundRequest({ type: 'page:fill', tabId: 4, identifiers: 'ask', profileId: 'main' }),
    ).toEqual({
      type: 'page:fill',
      tabId: 4,
      identifiers: 'ask',
      profileId: 'main',
    });
    expect(readBackgroundRequest({ type: 'page:undo', tabId: 4 })).toEqual({ type: 'page:undo', tabId: 4 });
    expect(readBackgroundRequest({ type: 'sites:changed' })).toEqual({ type: 'sites:changed' });
    expect(readBackgroundRequest({ type: 'engine:prompt', tabId: 9, file: '/x.js' })).toEqual({
      type: 'engine:prompt',
    });
  });

  test.each([
    null,
    'fill:context',
    { type: 'unknown' },
    { type: 'fill:context', frameOrigin: 1, pageStartedAt: 0 },
    { type: 'fill:report', report: { ...report, filled: [{ field: 'password', label: '', shown: '' }] } },
    { type: 'fill:report', report: { ...report, skipped: [{ field: null, label: '', reason: 'bored' }] } },
    { type: 'fill:report', report: { ...report, formCount: -1 } },
    { type: 'fill:report', report: { ...report, url: 'x'.repeat(2049) } },
    { type: 'request:sent', fields: ['eid', 'nope'], url: 'https://www.opt.nc/' },
    { type: 'page:fill', tabId: 1.5, identifiers: 'ask' },
    { type: 'page:fill', tabId: 1, identifiers: 'all' },
    { type: 'tab:reports' },
  ])('refuses %j', (message) => {
    expect(readBackgroundRequest(message)).toBeUndefined();
  });
});
