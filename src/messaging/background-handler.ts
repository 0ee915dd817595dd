import { type Browser, browser } from 'wxt/browser';
import { actOnTab, fillOnRequest, pendingConfirmation } from '../background/fill-on-request';
import { answerFillContext } from '../background/frame-context';
import { injectPromptFor } from '../background/prompt';
import { acceptSent } from '../background/requests';
import { syncSiteScripts } from '../background/site-scripts';
import { forgetTab, recordReport, reportsForTab } from '../report/tab-reports';
import type { FillReport } from '../report/types';
import { showBadge } from './badge';
import { readBackgroundRequest } from './guards';
import type { BackgroundResponses } from './protocol';

type Sender = Browser.runtime.MessageSender;

/** Only our own extension pages and content scripts may talk to the background. */
const fromThisExtension = (sender: Sender) => sender.id === browser.runtime.id;

/**
 * The popup, or one of our pages opened in a tab (as the e2e rig opens popup.html). A content script
 * always has a tab and its page's URL, which can never be under our chrome-extension:// origin.
 */
const fromExtensionPage = (sender: Sender) =>
  !sender.tab || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));

export async function handleBackgroundMessage(
  message: unknown,
  sender: Sender,
): Promise<BackgroundResponses[keyof BackgroundResponses] | undefined> {
  if (!fromThisExtension(sender)) return undefined;
  const request = readBackgroundRequest(message);
  if (!request) return undefined;
  switch (request.type) {
    case 'fill:context': {
      const tabId = sender.tab?.id;
      // A new page's badge starts from its own reports; cleared alongside the policy question, and
      // before the engine starts (its first report must not be cleared).
      const pageReady =
        tabId !== undefined && sender.frameId === 0
          ? forgetTab(tabId, request.pageStartedAt).then((kept) => showBadge(tabId, kept))
          : undefined;
      pageReady?.catch(() => undefined);
      return answerFillContext(request.frameOrigin, sender, pageReady);
    }
    case 'fill:report':
      return acceptReport(request.report, sender);
    case 'request:sent':
      return acceptSent(request, sender);
    case 'engine:prompt':
      return injectPromptFor(sender);
  }
  // Everything below acts on a tab for the person: only the popup may ask, never a content script.
  if (!fromExtensionPage(sender)) return undefined;
  switch (request.type) {
    case 'tab:reports':
      return reportsForTab(request.tabId);
    case 'page:fill':
      return fillOnRequest(request.tabId, request.identifiers, request.profileId);
    case 'page:pending':
      return pendingConfirmation(request.tabId);
    case 'page:undo':
      return actOnTab(request.tabId, 'undo');
    case 'page:again':
      return actOnTab(request.tabId, 'fillAgain');
    case 'sites:changed':
      await syncSiteScripts();
      return { ok: true };
  }
}

async function acceptReport(report: FillReport, sender: Sender): Promise<{ ok: true }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: true };
  await showBadge(tabId, await recordReport(tabId, sender.frameId ?? 0, report));
  return { ok: true };
}
