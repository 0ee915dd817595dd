import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSite } from '../carriers/sites';
import { handleBackgroundMessage } from '../messaging/background-handler';
import {
  addProfile,
  removeProfile,
  saveProfile,
  selectProfile,
  setAutofillEnabled,
} from '../profile/storage';
import { forgetKnownCarriers } from './frame-context';

// Two profiles — an OPT-NC line and an Airalo travel eSIM — and the background choosing, page by
// page, the one whose carrier owns the page [P2]; Fill this page asks which when it cannot tell [P12].

type Sender = Browser.runtime.MessageSender;

const OPT_EID = '89049032123451234512345678901235';
const AIRALO_EID = '89001012012341234012345678901224';

const topFrame = (url: string, tabId = 7): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId: 0,
  tab: { id: tabId, url } as Browser.tabs.Tab,
});
const popup: Sender = { id: fakeBrowser.runtime.id };

interface Injection {
  target: { tabId: number; frameIds?: number[]; allFrames?: boolean };
  files?: string[];
  args?: unknown[];
}
let injections: Injection[] = [];
let engineAnswer: (method: string, arg: Record<string, unknown>) => unknown = () => null;

/** The values the engine was started or asked to fill with, call by call. */
const dataGiven = () =>
  injections
    .filter((injection) => injection.args)
    .map((injection) => (injection.args![2] as { data: { values: Record<string, string> } }).data.values);

let travel = '';
beforeEach(async () => {
  fakeBrowser.reset();
  injections = [];
  engineAnswer = () => null;
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: vi.fn(async (injection: Injection) => {
        injections.push(injection);
        if (injection.files) return [{ frameId: 0, result: undefined }];
        const [, method, arg] = injection.args as [string, string, Record<string, unknown>];
        return [{ frameId: 0, result: engineAnswer(method, arg) }];
      }),
    },
  });
  await saveProfile({ givenName: 'Marie', familyName: 'Wamytan', carrierId: 'opt-nc', eid: OPT_EID });
  travel = await addProfile('Travel eSIM');
  await saveProfile(
    { givenName: 'Marie', familyName: 'Wamytan', carrierId: 'airalo', eid: AIRALO_EID, orderNumber: 'AIR-1' },
    { id: travel },
  );
});

const context = (url: string) =>
  handleBackgroundMessage(
    { type: 'fill:context', frameOrigin: new URL(url).origin, pageStartedAt: 0 },
    topFrame(url),
  );

describe('fill:context with two profiles [P2]', () => {
  test("an opt.nc page is filled with the OPT-NC profile, an airalo.com page with Airalo's", async () => {
    expect(await context('https://www.opt.nc/particuliers/esim')).toEqual({ allowed: true, mode: 'auto' });
    expect(await context('https://www.airalo.com/help/esim')).toEqual({ allowed: true, mode: 'auto' });
    const [onOpt, onAiralo] = dataGiven();
    expect(onOpt).toMatchObject({ eid: OPT_EID });
    expect(onOpt?.orderNumber).toBeUndefined();
    expect(onAiralo).toMatchObject({ eid: AIRALO_EID, orderNumber: 'AIR-1' });
  });

  test('whichever profile is selected in the popup', async () => {
    await selectProfile(travel);
    await context('https://www.opt.nc/particuliers/esim');
    expect(dataGiven()[0]).toMatchObject({ eid: OPT_EID });
  });

  test("a page of neither carrier gets nothing, and neither profile's data", async () => {
    expect(await context('https://www.holafly.com/help')).toEqual({
      allowed: false,
      reason: "page is not the profile carrier's",
    });
    expect(injections).toEqual([]);
  });

  test('P10: a verified page of no profile may get the engine ahead of the policy, never started, never data', async () => {
    await removeProfile(travel);
    forgetKnownCarriers();
    expect(await context('https://www.airalo.com/help/esim')).toMatchObject({ allowed: false });
    // The head start (a worker just woken does not know the profiles' carriers yet) loads the file only.
    expect(injections.length).toBeGreaterThan(0);
    expect(injections.every((injection) => injection.files && !injection.args)).toBe(true);
    expect(dataGiven()).toEqual([]);
  });

  test("P4: the switch of the page carrier decides, not the other profile's", async () => {
    await setAutofillEnabled('airalo', false);
    expect(await context('https://www.airalo.com/help')).toEqual({ allowed: true, mode: 'offer' });
    expect(await context('https://www.opt.nc/esim')).toEqual({ allowed: true, mode: 'auto' });
  });

  test('P9: an added site fills with the profile of the carrier it was attached to', async () => {
    await addSite({ origin: 'https://support.partner.example', carrierId: 'airalo', carrierName: 'Airalo' });
    expect(await context('https://support.partner.example/ticket')).toEqual({ allowed: true, mode: 'offer' });
    expect(dataGiven()[0]).toMatchObject({ eid: AIRALO_EID });
  });
});

describe('page:fill with two profiles [P12, P14]', () => {
  const openTab = (url: string) =>
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url } as Browser.tabs.Tab);
  const filled = { report: { url: 'x', formCount: 1, filled: [], skipped: [], platform: null, at: 1 } };

  test('on a page of neither carrier it asks which profile, and touches nothing', async () => {
    openTab('https://help.example.com/form');
    const answer = await handleBackgroundMessage({ type: 'page:fill', tabId: 7, identifiers: 'ask' }, popup);
    expect(answer).toEqual({
      status: 'choose-profile',
      profiles: [
        { id: 'main', label: 'OPT-NC (Mobilis / Helia) · Marie Wamytan' },
        { id: travel, label: 'Travel eSIM' },
      ],
    });
    expect(injections).toEqual([]);
    expect(await handleBackgroundMessage({ type: 'page:pending', tabId: 7 }, popup)).toEqual(answer);
  });

  test('the chosen profile fills, identifiers after a yes, and the confirmation names that profile', async () => {
    openTab('https://help.example.com/form');
    engineAnswer = (_method, arg) =>
      arg.preview ? { preview: [{ label: 'EID', fields: ['eid'] }] } : filled;
    const ask = await handleBackgroundMessage(
      { type: 'page:fill', tabId: 7, identifiers: 'ask', profileId: travel },
      popup,
    );
    expect(ask).toEqual({ status: 'confirm', boxes: [{ label: 'EID', fields: ['eid'] }], profileId: travel });
    expect(JSON.stringify(injections)).not.toContain(AIRALO_EID);
    const done = await handleBackgroundMessage(
      { type: 'page:fill', tabId: 7, identifiers: 'include', profileId: travel },
      popup,
    );
    expect(done).toMatchObject({ status: 'filled' });
    expect(dataGiven().at(-1)).toMatchObject({ eid: AIRALO_EID, orderNumber: 'AIR-1' });
    expect(JSON.stringify(injections)).not.toContain(OPT_EID);
    expect(await handleBackgroundMessage({ type: 'page:pending', tabId: 7 }, popup)).toBeNull();
  });

  test("on a carrier's page it uses that carrier's profile without asking", async () => {
    openTab('https://www.airalo.com/help');
    engineAnswer = () => filled;
    expect(
      await handleBackgroundMessage({ type: 'page:fill', tabId: 7, identifiers: 'ask' }, popup),
    ).toMatchObject({ status: 'filled' });
    expect(dataGiven()).toEqual([expect.objectContaining({ eid: AIRALO_EID })]);
  });

  test('two profiles of the same carrier: it asks which, selected first', async () => {
    const second = await addProfile('Second phone');
    await saveProfile({ givenName: 'Jean', carrierId: 'opt-nc' }, { id: second });
    await selectProfile(second);
    openTab('https://www.opt.nc/assistance');
    expect(await handleBackgroundMessage({ type: 'page:fill', tabId: 7, identifiers: 'ask' }, popup)).toEqual(
      {
        status: 'choose-profile',
        profiles: [
          { id: second, label: 'Second phone' },
          { id: 'main', label: 'OPT-NC (Mobilis / Helia) · Marie Wamytan' },
        ],
      },
    );
  });

  test('an empty profile is not offered: the only other one fills', async () => {
    await addProfile();
    openTab('https://www.airalo.com/help');
    engineAnswer = () => filled;
    expect(
      await handleBackgroundMessage({ type: 'page:fill', tabId: 7, identifiers: 'include' }, popup),
    ).toMatchObject({ status: 'filled' });
  });

  test('an unknown profile id or an http page is refused before anything is injected', async () => {
    openTab('https://help.example.com/form');
    expect(
      await handleBackgroundMessage(
        { type: 'page:fill', tabId: 7, identifiers: 'include', profileId: 'p-gone' },
        popup,
      ),
    ).toEqual({ status: 'refused', reason: 'profile not found' });
    openTab('http://help.example.com/form');
    expect(await handleBackgroundMessage({ type: 'page:fill', tabId: 7, identifiers: 'ask' }, popup)).toEqual(
      {
        status: 'refused',
        reason: 'page is not https',
      },
    );
    expect(injections).toEqual([]);
  });
});
