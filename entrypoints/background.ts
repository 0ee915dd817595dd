import { browser } from 'wxt/browser';
import { handleBackgroundMessage } from '../src/messaging/background-handler';
import { forgetTab } from '../src/report/tab-reports';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleBackgroundMessage(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
});
