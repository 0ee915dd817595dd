import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetKnownCarriers } from '../background/frame-context';
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

/** What the background asked scripting.executeScript to do, and what each call answers. */
interface Injection {
  target: { tabId: number; frameIds?: number[]; allFrames?: boolean };
  files?: string[];
  args?: unknown[];
}
let injections: Injection[] = [];
let engineAnswer: (method: string, arg: Record<string, unknown>) => unknown = () => null;

function fakeScripting() {
  injections = [];
  engineAnswer = () => null;
  const scripting = {
    executeScript: vi.fn(async (injection: Injection) => {
      injections.push(injection);
      if (injection.files) return [{ frameId: 0, result: undefined }];
      const [, method, arg] = injection.args as [string, string, Record<string, unknown>];
      return [{ frameId: 0, result: engineAnswer(method, arg) }];
    }),
  };
  Object.assign(fakeBrowser, { scripting });
}

/** The engine calls (method and argument) the background made, in order. */
const engineCalls = () =>
  injections
    .filter((i) => i.args)
    .map((i) => ({ method: i.args![1], arg: i.args![2] as Record<string, unknown> }));

beforeEach(async () => {
  fakeBrowser.reset();
  fakeScripting();
  await saveProfile({
    givenName: 'Marie',
    familyName: 'Wamytan',
    email: 'marie@example.nc',
    carrierId: 'opt-nc',
    eid: '89049032123451234512345678901235',
  });
});

describe('fill:context', () => {
  test('P10: on its own https page, the engine is injected into that frame and started with the data', async () => {
    const answer = await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 0 },
      topFrame('https://www.opt.nc/esim'),
    );
    expect(answer).toEqual({ allowed: true, mode: 'auto' });
    // The content script's answer never carries the data: only the injected engine gets it.
    expect(JSON.stringify(answer)).not.toContain('8904903212');
    expect(injections[0]).toMatchObject({ target: { tabId: 7, frameIds: [0] }, files: ['/fill-engine.js'] });
    expect(engineCalls()).toEqual([
      {
        method: 'start',
        arg: expect.objectContaining({
          mode: 'auto',
          origin: 'https://www.opt.nc',
          data: expect.objectContaining({
            values: expect.objectContaining({ givenName: 'Marie', eid: '89049032123451234512345678901235' }),
          }),
        }),
      },
    ]);
  });

  test('gives another carrier nothing at all', async () => {
    const answer = await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.airalo.com', pageStartedAt: 0 },
      topFrame('https://www.airalo.com/help'),
    );
    expect(answer).toEqual({ allowed: false, reason: "page is not the profile carrier's" });
    // Its profiles known (read once), the worker loads no engine on another carrier's page.
    expect(injections).toEqual([]);
  });

  test('P10: a woken worker loads the engine on a verified page while reading the profile; refused, it is never started', async () => {
    forgetKnownCarriers();
    const answer = await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.airalo.com', pageStartedAt: 0 },
      topFrame('https://www.airalo.com/help'),
    );
    expect(answer).toEqual({ allowed: false, reason: "page is not the profile carrier's" });
    expect(injections).toEqual([
      expect.objectContaining({ target: { tabId: 7, frameIds: [0] }, files: ['/fill-engine.js'] }),
    ]);
    // Loaded, idle: no start, and no data ever reached the frame.
    expect(engineCalls()).toEqual([]);
    expect(JSON.stringify(injections)).not.toContain('Marie');
  });

  test('P10: no head start for a page that is no verified carrier domain, nor for a third-party frame', async () => {
    forgetKnownCarriers();
    await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://help.example.com', pageStartedAt: 0 },
      topFrame('https://help.example.com/form'),
    );
    await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://widget.example.com', pageStartedAt: 0 },
      {
        ...topFrame('https://widget.example.com/x'),
        frameId: 2,
        tab: topFrame('https://www.opt.nc/esim').tab,
      },
    );
    expect(injections).toEqual([]);
  });

  test('the phone reaches the page as the popup formatted it, else read from what was typed', async () => {
    await saveProfile({ phone: '+687 75.12.34' });
    await fakeBrowser.storage.local.set({
      phoneFormats: {
        '+687 75.12.34': { e164: '+687751234', countryCallingCode: '687', nationalNumber: '751234' },
      },
    });
    await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 0 },
      topFrame('https://www.opt.nc/esim'),
    );
    expect(engineCalls()[0]?.arg).toMatchObject({
      data: { values: { phone: '+687751234', phoneCountryCode: '+687', phoneNational: '751234' } },
    });
  });

  test('P4: with automatic fill switched off the frame only offers', async () => {
    await setAutofillEnabled('opt-nc', false);
    const answer = await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 0 },
      topFrame('https://www.opt.nc/esim'),
    );
    expect(answer).toEqual({ allowed: true, mode: 'offer' });
    expect(engineCalls()[0]?.arg).toMatchObject({ mode: 'offer' });
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
    expect(injections).toEqual([]);
  });
});

describe('page:fill ("Fill this page")', () => {
  const popup: Sender = { id: fakeBrowser.runtime.id };
  const openTab = (url: string) =>
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url } as Browser.tabs.Tab);
  const filledReport = { report: { ...report(2), url: 'https://help.example.com/form' } };

  test("P14: on a page that is not the carrier's, the boxes for identifiers are listed first, with stand-ins", async () => {
    openTab('https://help.example.com/form');
    engineAnswer = (method, arg) =>
      method === 'request' && arg.preview ? { preview: [{ label: 'EID', fields: ['eid'] }] } : filledReport;
    const answer = await handleBackgroundMessage({ type: 'page:fill', tabId: 7, identifiers: 'ask' }, popup);
    expect(answer).toEqual({
      status: 'confirm',
      boxes: [{ label: 'EID', fields: ['eid'] }],
      profileId: 'main',
    });
    // The real EID never reached the page: the preview got a stand-in of the same shape.
    expect(JSON.stringify(injections)).not.toContain('8904903212');
    expect(engineCalls().at(-1)?.arg).toMatchObject({
      preview: ['eid'],
      data: { values: { eid: '2'.repeat(32) } },
    });
    expect(await handleBackgroundMessage({ type: 'page:pending', tabId: 7 }, popup)).toEqual({
      status: 'confirm',
      boxes: [{ label: 'EID', fields: ['eid'] }],
      profileId: 'main',
    });
  });

  test('P14: "include" writes the identifiers, "leave-out" leaves them out', async () => {
    openTab('https://help.example.com/form');
    engineAnswer = () => filledReport;
    expect(
      await handleBackgroundMessage({ type: 'page:fill', tabId: 7, identifiers: 'include' }, popup),
    ).toEqual({ status: 'filled', filled: 2, skipped: 0 });
    expect(engineCalls().at(-1)?.arg).toMatchObject({
      data: { values: { eid: '89049032123451234512345678901235' } },
    });
    await handleBackgroundMessage({ type: 'page:fill', tabId: 7, identifiers: 'leave-out' }, popup);
    const given = engineCalls().at(-1)?.arg.data as { values: Record<string, string> };
    expect(given.values.eid).toBeUndefined();
    expect(given.values.givenName).toBe('Marie');
    expect(await handleBackgroundMessage({ type: 'page:pending', tabId: 7 }, popup)).toBeNull();
  });

  test("P12/P14: the carrier's own page fills at once, identifiers included, in same-origin frames", async () => {
    openTab('https://www.opt.nc/assistance');
    engineAnswer = () => filledReport;
    const answer = await handleBackgroundMessage({ type: 'page:fill', tabId: 7, identifiers: 'ask' }, popup);
    expect(answer).toMatchObject({ status: 'filled' });
    expect(injections[0]).toMatchObject({
      target: { tabId: 7, allFrames: true },
      files: ['/fill-engine.js'],
    });
    expect(engineCalls()).toHaveLength(1);
    expect(injections.at(-1)?.args?.[3]).toBe(true);
  });

  test('P1: an http page is refused and nothing is injected', async () => {
    openTab('http://help.example.com/form');
    expect(
      await handleBackgroundMessage({ type: 'page:fill', tabId: 7, identifiers: 'include' }, popup),
    ).toEqual({
      status: 'refused',
      reason: 'page is not https',
    });
    expect(injections).toEqual([]);
  });

  test('P12: a content script cannot ask to fill a tab', async () => {
    openTab('https://help.example.com/form');
    expect(
      await handleBackgroundMessage(
        { type: 'page:fill', tabId: 7, identifiers: 'include' },
        topFrame('https://www.opt.nc/x'),
      ),
    ).toBeUndefined();
    expect(injections).toEqual([]);
  });
});

describe('engine:prompt (the in-page prompt, a file apart from the engine)', () => {
  const askForPrompt = (sender: Sender) => handleBackgroundMessage({ type: 'engine:prompt' }, sender);
  const promptInjections = () => injections.filter((i) => i.files?.includes('/fill-prompt.js'));

  test('P10: a frame the background started gets the prompt file, in its own tab and frame only', async () => {
    const page = topFrame('https://www.opt.nc/contact');
    await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 0 },
      page,
    );
    expect(promptInjections()).toEqual([]);
    expect(await askForPrompt(page)).toEqual({ ok: true });
    expect(promptInjections()).toEqual([
      expect.objectContaining({ target: { tabId: 7, frameIds: [0] }, files: ['/fill-prompt.js'] }),
    ]);
  });

  test('P10: a frame never started (refused, or another frame of the tab) gets nothing', async () => {
    forgetKnownCarriers();
    const refused = topFrame('https://www.airalo.com/help', 8);
    await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.airalo.com', pageStartedAt: 0 },
      refused,
    );
    expect(await askForPrompt(refused)).toEqual({ ok: false });
    const started = topFrame('https://www.opt.nc/contact');
    await handleBackgroundMessage(
      { type: 'fill:context', frameOrigin: 'https://www.opt.nc', pageStartedAt: 0 },
      started,
    );
    expect(await askForPrompt({ ...started, frameId: 4 })).toEqual({ ok: false });
    // The page moved to another origin in the same frame since the start.
    expect(await askForPrompt({ ...started, url: 'https://evil.example/x' })).toEqual({ ok: false });
    expect(await askForPrompt({ id: fakeBrowser.runtime.id })).toEqual({ ok: false });
    expect(promptInjections()).toEqual([]);
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

  test('P6: a form waiting for a press shows "+" on the badge', async () => {
    await handleBackgroundMessage(
      { type: 'fill:report', report: { ...report(0), offered: 1 } },
      topFrame('https://www.opt.nc/contact'),
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('+');
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
