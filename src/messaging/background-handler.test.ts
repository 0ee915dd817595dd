import { beforeEach, describe, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveProfile, setAutofillEnabled } from '../profile/storage';
import type { FillReport } from '../report/types';
import { handleBackgroundMessage } from './background-handler';

type Sender = Browser.runtime.MessageSender;

const topFrame = (url: string, tabId = 7): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId: 0,
  tab: { id: tabId, url } as Browser.tabs.Tab,
});

const report = (filled: number): FillReport => ({
  url: 'https://www.opt.nc/esim',
  formCount: 1,
  filled: Array.from({ length: filled }, () => ({
    field: 'givenName' as const,
    label: 'Prénom',
    shown: 'Marie',
  })),
  skipped: [],
  platform: null,
  at: 1,
});

beforeEach(async () => {
  fakeBrowser.reset();
  await saveProfile({
    givenName: 'Marie',
    familyName: 'Wamytan',
    email: 'marie@example.nc',
    carrierId: 'opt-nc',
    eid: '89049032123451234512345678901235',
  });
});

describe('fill:context', () => {
  test('hands the profile carrier its fill data on its own https page', async () => {
    const answer = await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 0 },
      topFrame('https://www.opt.nc/esim'),
    );
    expect(answer).toMatchObject({
      allowed: true,
      carrierId: 'opt-nc',
      data: { values: { givenName: 'Marie', eid: '89049032123451234512345678901235' } },
    });
  });

  test('gives another carrier nothing at all', async () => {
    const answer = await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.airalo.com', pageStartedAt: 0 },
      topFrame('https://www.airalo.com/help'),
    );
    expect(answer).toEqual({ allowed: false, reason: "page is not on OPT-NC (Mobilis / Helia)'s domains" });
    expect(JSON.stringify(answer)).not.toContain('8904903212');
  });

  test('gives nothing when the person switched automatic fill off', async () => {
    await setAutofillEnabled('opt-nc', false);
    const answer = await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 0 },
      topFrame('https://www.opt.nc/esim'),
    );
    expect(answer).toMatchObject({ allowed: false });
  });

  test('judges a frame by the tab the browser reports, not by the frame alone', async () => {
    const frame: Sender = {
      ...topFrame('https://www.opt.nc/form'),
      frameId: 3,
      tab: topFrame('https://evil.example/').tab,
    };
    const answer = await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 0 },
      frame,
    );
    expect(answer).toMatchObject({ allowed: false });
  });
});

describe('messages from elsewhere', () => {
  test('ignores senders that are not this extension', async () => {
    const answer = await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 0 },
      { ...topFrame('https://www.opt.nc/esim'), id: 'another-extension' },
    );
    expect(answer).toBeUndefined();
  });

  test('content scripts may not read the reports of tabs', async () => {
    const answer = await handleBackgroundMessage(
      { type: 'tab:reports', tabId: 7 },
      topFrame('https://www.opt.nc/x'),
    );
    expect(answer).toBeUndefined();
  });

  test.each([{ type: 'fill:report', report: { url: 1 } }, { type: 'nope' }, null, 'fill:context'])(
    'ignores malformed message %j',
    async (message) => {
      expect(await handleBackgroundMessage(message, topFrame('https://www.opt.nc/esim'))).toBeUndefined();
    },
  );
});

describe('reports and badge', () => {
  test('counts filled fields per tab across frames and shows them on the badge', async () => {
    await handleBackgroundMessage(
      { type: 'fill:report', report: report(3) },
      topFrame('https://www.opt.nc/esim'),
    );
    await handleBackgroundMessage(
      { type: 'fill:report', report: report(2) },
      { ...topFrame('https://www.opt.nc/esim'), frameId: 5 },
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('5');
    const reports = await handleBackgroundMessage(
      { type: 'tab:reports', tabId: 7 },
      { id: fakeBrowser.runtime.id },
    );
    expect(reports).toHaveLength(2);
  });

  test('a new page in the tab starts from zero', async () => {
    await handleBackgroundMessage(
      { type: 'fill:report', report: report(3) },
      topFrame('https://www.opt.nc/esim'),
    );
    await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 10 },
      topFrame('https://www.opt.nc/other'),
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(
      await handleBackgroundMessage({ type: 'tab:reports', tabId: 7 }, { id: fakeBrowser.runtime.id }),
    ).toEqual([]);
  });

  test("a frame that reports before its top page asks keeps its report (the new page's own)", async () => {
    await handleBackgroundMessage(
      { type: 'fill:report', report: { ...report(4), at: 20 } },
      { ...topFrame('https://www.opt.nc/esim'), frameId: 2 },
    );
    await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 10 },
      topFrame('https://www.opt.nc/esim'),
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('4');
  });
});
