import { browser } from 'wxt/browser';
import { forgetStartedFrames } from '../src/background/requests';
import { wireShortcuts } from '../src/background/shortcuts';
import { wireSiteScripts } from '../src/background/site-scripts';
import { wireReminders } from '../src/journey/reminders';
import { handleBackgroundMessage } from '../src/messaging/background-handler';
import { forgetTab } from '../src/report/tab-reports';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleBackgroundMessage(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetStartedFrames(tabId);
  });
  // A page that loads anew (also one ReSIM filled on request) starts with an empty report. Our own
  // pages opened in a tab (the popup) are no page ReSIM fills.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && !tab.url?.startsWith(browser.runtime.getURL('/')))
      void forgetTab(tabId, Date.now());
  });
  wireShortcuts();
  wireSiteScripts();
  wireReminders();
});
