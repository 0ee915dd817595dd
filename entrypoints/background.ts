import { browser } from 'wxt/browser';
import { wireShortcuts } from '../src/background/shortcuts';
import { wireSiteScripts } from '../src/background/site-scripts';
import { handleBackgroundMessage } from '../src/messaging/background-handler';
import { forgetTab } from '../src/report/tab-reports';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleBackgroundMessage(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
  // A page that loads anew (also one ReSIM filled on request) starts with an empty report.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId, Date.now());
  });
  wireShortcuts();
  wireSiteScripts();
});
