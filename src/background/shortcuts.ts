import { browser } from 'wxt/browser';
import { fillOnRequest } from './fill-on-request';

// "Fill this page" without opening the popup [P12]: the keyboard shortcut (Alt+Shift+F by default,
// changeable in the browser's shortcut settings) and a context-menu item on editable fields. Both
// grant activeTab for the tab, as the popup does.

export const FILL_COMMAND = 'fill-page';
export const FILL_MENU_ID = 'resim-fill-page';

/**
 * When identifiers wait for a yes, or the profile to fill with for a choice, only the popup can ask:
 * open it if the browser lets us.
 */
async function askInPopup(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '?' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#a15c00' });
  await browser.action.openPopup?.().catch(() => {});
}

export async function fillFromShortcut(tabId: number | undefined): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const answer = await fillOnRequest(tabId, 'ask');
  if (answer.status === 'confirm' || answer.status === 'choose-profile') await askInPopup(tabId);
}

export function createFillMenu(): void {
  browser.contextMenus.create(
    { id: FILL_MENU_ID, title: browser.i18n.getMessage('menu_fill_page'), contexts: ['editable'] },
    // Created again on update: the "duplicate id" error is expected and harmless.
    () => void browser.runtime.lastError,
  );
}

/** The listeners, registered at the top level of the background so they wake it. */
export function wireShortcuts(): void {
  browser.runtime.onInstalled.addListener(createFillMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === FILL_MENU_ID) void fillFromShortcut(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === FILL_COMMAND) void fillFromShortcut(tab?.id);
  });
}
