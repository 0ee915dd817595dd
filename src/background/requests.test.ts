import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadRequests, recordRequest } from '../journey/request-log';
import { handleBackgroundMessage } from '../messaging/background-handler';
import { saveProfile } from '../profile/storage';
import { forgetStartedFrames, lastRequestFor, requestOwner } from './requests';

type Sender = Browser.runtime.MessageSender;

const PAGE = 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim';

const frame = (url: string, { tabId = 7, frameId = 0, documentId = 'doc-1' } = {}): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId,
  documentId,
  tab: { id: tabId, url } as Browser.tabs.Tab,
});

/** The start argument the background gave each engine, in order. */
let starts: Record<string, unknown>[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  starts = [];
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: vi.fn(async (injection: { files?: string[]; args?: unknown[] }) => {
        if (injection.args?.[1] === 'start') starts.push(injection.args[2] as Record<string, unknown>);
        if (injection.args?.[1] === 'request')
          return [{ frameId: 0, result: { report: { filled: [], skipped: [] } } }];
        return [{ frameId: 0, result: null }];
      }),
    },
  });
  await saveProfile({
    givenName: 'Marie',
    email: 'marie@example.nc',
    carrierId: 'opt-nc',
    orderNumber: 'OPT-2024-118734',
  });
});

const context = (sender: Sender) =>
  handleBackgroundMessage(
    { type: 'fill:context', frameOrigin: new URL(sender.url!).origin, pageStartedAt: 0 },
    sender,
  );
const sentFrom = (sender: Sender, url = `${PAGE}?session=abc`) =>
  handleBackgroundMessage({ type: 'request:sent', fields: ['email', 'eid'], url }, sender);

describe('request:sent', () => {
  test('from a frame the background started: logged with the carrier and order number it was started with', async () => {
    await context(frame(PAGE));
    expect(await sentFrom(frame(PAGE))).toEqual({ ok: true });
    const [request, ...more] = await loadRequests();
    expect(more).toEqual([]);
    expect(request).toMatchObject({
      carrierId: 'opt-nc',
      carrierName: 'OPT-NC (Mobilis / Helia)',
      orderNumber: 'OPT-2024-118734',
      page: PAGE,
      fields: ['email', 'eid'],
      status: 'open',
    });
  });

  test('refused from a frame it did not start (another tab, frame, document or origin), or with no tab', async () => {
    await context(frame(PAGE));
    const refused = [
      frame(PAGE, { tabId: 8 }),
      frame(PAGE, { frameId: 3 }),
      frame(PAGE, { documentId: 'doc-2' }),
      frame('https://evil.example/esim'),
      { ...frame(PAGE), tab: undefined },
    ];
    for (const sender of refused)
      expect(await sentFrom(sender), JSON.stringify(sender)).toEqual({ ok: false });
    expect(await loadRequests()).toEqual([]);
  });

  test('the page a form was sent from may already be replaced (the answer to its POST) when its message is read', async () => {
    await context(frame(PAGE, { documentId: 'doc-1' }));
    await context(frame(PAGE, { documentId: 'doc-2' }));
    expect(await sentFrom(frame(PAGE, { documentId: 'doc-1' }))).toEqual({ ok: true });
    expect(await sentFrom(frame(PAGE, { documentId: 'doc-3' }))).toEqual({ ok: false });
  });

  test('refused when no frame was started at all, and after the tab closed', async () => {
    expect(await sentFrom(frame(PAGE))).toEqual({ ok: false });
    await context(frame(PAGE));
    await forgetStartedFrames(7);
    expect(await sentFrom(frame(PAGE))).toEqual({ ok: false });
    expect(await loadRequests()).toEqual([]);
  });

  test('a page elsewhere than the frame is not believed: the browser-reported page is kept', async () => {
    await context(frame(PAGE));
    await sentFrom(frame(PAGE), 'https://evil.example/other');
    expect((await loadRequests())[0]?.page).toBe(PAGE);
  });

  test('a frame another carrier page refused is not started, and cannot log', async () => {
    const airalo = frame('https://www.airalo.com/help');
    expect(await context(airalo)).toMatchObject({ allowed: false });
    expect(await sentFrom(airalo)).toEqual({ ok: false });
  });

  test('unreadable messages are ignored', async () => {
    await context(frame(PAGE));
    for (const message of [
      { type: 'request:sent', fields: ['password'], url: PAGE },
      { type: 'request:sent', fields: 'email', url: PAGE },
      { type: 'request:sent', fields: ['email'] },
    ])
      expect(await handleBackgroundMessage(message, frame(PAGE))).toBeUndefined();
    expect(await loadRequests()).toEqual([]);
  });

  test('Fill this page: the frames it filled may log what they send', async () => {
    const tab = frame(PAGE);
    Object.assign(fakeBrowser.tabs, { get: async () => ({ id: 7, url: PAGE }) });
    const popup: Sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(
      await handleBackgroundMessage({ type: 'page:fill', tabId: 7, identifiers: 'include' }, popup),
    ).toMatchObject({ status: 'filled' });
    expect(await sentFrom({ ...tab, documentId: undefined })).toEqual({ ok: true });
  });
});

describe('one request, not two', () => {
  test('the frame is started with the open request for the same carrier and order', async () => {
    const earlier = await recordRequest({
      carrierId: 'opt-nc',
      carrierName: 'OPT-NC',
      orderNumber: 'opt 2024 118734',
      page: PAGE,
      fields: ['email'],
      sentAt: Date.now() - 60_000,
    });
    await context(frame(PAGE));
    expect(starts[0]).toMatchObject({ mode: 'auto', lastRequest: { sentAt: earlier.sentAt, page: PAGE } });
  });

  test('no open request: started as usual, without lastRequest', async () => {
    await recordRequest({
      carrierId: 'opt-nc',
      carrierName: 'OPT-NC',
      orderNumber: 'ANOTHER-1',
      page: PAGE,
      fields: ['email'],
    });
    await context(frame(PAGE));
    expect(starts[0]).not.toHaveProperty('lastRequest');
  });

  test('lastRequestFor: no order number on either side means the same page', async () => {
    await recordRequest({
      carrierId: 'opt-nc',
      carrierName: 'OPT-NC',
      orderNumber: '',
      page: PAGE,
      fields: [],
    });
    const owner = { carrierId: 'opt-nc', orderNumber: '' };
    expect(await lastRequestFor(owner, `${PAGE}?x=1`)).toMatchObject({ page: PAGE });
    expect(await lastRequestFor(owner, 'https://www.opt.nc/contact')).toBeUndefined();
    expect(await lastRequestFor({ carrierId: '', orderNumber: '' }, PAGE)).toBeUndefined();
  });

  test('requestOwner names the carrier, "other" by the name the person typed', () => {
    expect(requestOwner({ carrierId: 'other', carrierOtherName: ' Lagoon ', orderNumber: ' A-1 ' })).toEqual({
      carrierId: 'other',
      carrierName: 'Lagoon',
      orderNumber: 'A-1',
    });
  });
});
