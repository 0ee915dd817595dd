import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, readLocale } from '../../tests/support/fake-i18n';
import { addProfile, saveProfile } from '../profile/storage';
import { pendingConfirmation } from './fill-on-request';
import { FILL_COMMAND, FILL_MENU_ID, wireShortcuts } from './shortcuts';

// The fake browser has no menus, commands or scripting: small in-memory stand-ins that keep the
// listeners the code registers and the injections it asks for.
type Listener = (...args: never[]) => unknown;
const event = () => {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => listeners.push(listener),
    fire: (...args: unknown[]) =>
      Promise.all(listeners.map((listener) => (listener as (...a: unknown[]) => unknown)(...args))),
  };
};

let menus: { create: ReturnType<typeof vi.fn>; onClicked: ReturnType<typeof event> };
let commands: { onCommand: ReturnType<typeof event> };
let injected: { target: unknown; files?: string[]; args?: unknown[] }[];
let openPopup: ReturnType<typeof vi.fn>;
const installed = event();

beforeEach(async () => {
  fakeBrowser.reset();
  injected = [];
  menus = { create: vi.fn(), onClicked: event() };
  commands = { onCommand: event() };
  openPopup = vi.fn(async () => {});
  Object.assign(fakeBrowser, {
    contextMenus: menus,
    commands,
    scripting: {
      executeScript: vi.fn(async (injection: { files?: string[]; args?: unknown[] }) => {
        injected.push(injection as (typeof injected)[number]);
        const arg = injection.args?.[2] as { preview?: string[] } | undefined;
        if (injection.files) return [{ frameId: 0, result: undefined }];
        return [
          { frameId: 0, result: arg?.preview ? { preview: [{ label: 'EID', fields: ['eid'] }] } : null },
        ];
      }),
    },
  });
  Object.assign(fakeBrowser.action, { openPopup });
  const french = readLocale('fr');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => getMessageFrom(french, name));
  vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener').mockImplementation(installed.addListener);
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({
    id: 4,
    url: 'https://help.example.com/esim',
  } as Browser.tabs.Tab);
  await saveProfile({ givenName: 'Marie', carrierId: 'opt-nc', eid: '89049032123451234512345678901235' });
  wireShortcuts();
});

describe('P12: Fill this page from the keyboard shortcut and the context menu', () => {
  test('the menu item is created on install, on editable fields only', async () => {
    await installed.fire({ reason: 'install' });
    expect(menus.create).toHaveBeenCalledWith(
      expect.objectContaining({
        id: FILL_MENU_ID,
        contexts: ['editable'],
        title: 'Remplir cette page avec ReSIM',
      }),
      expect.any(Function),
    );
  });

  test.each([
    ['the context menu', () => menus.onClicked.fire({ menuItemId: FILL_MENU_ID }, { id: 4 })],
    ['the shortcut', () => commands.onCommand.fire(FILL_COMMAND, { id: 4 })],
  ])(
    'P14: %s on a foreign page leaves the identifiers waiting for the popup, badge "?"',
    async (_name, press) => {
      await press();
      await vi.waitFor(() => expect(openPopup).toHaveBeenCalled());
      expect(await pendingConfirmation(4)).toEqual({
        status: 'confirm',
        boxes: [{ label: 'EID', fields: ['eid'] }],
        profileId: 'main',
      });
      expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('?');
      // Only the preview ran, with a stand-in: the real EID never reached the page.
      expect(JSON.stringify(injected)).not.toContain('890490321234');
    },
  );

  test('P12: with two profiles and a page of neither carrier, the choice of profile waits for the popup, badge "?"', async () => {
    const travel = await addProfile('Travel');
    await saveProfile({ givenName: 'Marie', carrierId: 'airalo' }, { id: travel });
    await commands.onCommand.fire(FILL_COMMAND, { id: 4 });
    await vi.waitFor(() => expect(openPopup).toHaveBeenCalled());
    expect(await pendingConfirmation(4)).toEqual({
      status: 'choose-profile',
      profiles: [
        { id: 'main', label: 'OPT-NC (Mobilis / Helia) · Marie' },
        { id: travel, label: 'Travel' },
      ],
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('?');
    // Nothing was injected before the person chose.
    expect(injected).toEqual([]);
  });

  test('other menu items and commands do nothing', async () => {
    await menus.onClicked.fire({ menuItemId: 'something-else' }, { id: 4 });
    await commands.onCommand.fire('_execute_action', { id: 4 });
    expect(injected).toEqual([]);
  });
});
