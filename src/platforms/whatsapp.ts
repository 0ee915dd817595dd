import type { PlatformAdapter } from '../detect/adapter';
import { hasMessageForm, isContactPage } from './lib/chat-page';

// Contact pages whose only channel is a messaging app (WhatsApp, Messenger): a "write to us on
// WhatsApp" button in the page's content, no form. Links in the header or footer alone do not count:
// many sites carry them on every page.

const CHAT_LINK = [
  'a[href*="wa.me/"]',
  'a[href*="api.whatsapp.com/send"]',
  'a[href^="whatsapp:"]',
  'a[href*="m.me/"]',
  'a[href*="messenger.com/t/"]',
].join(', ');

const CHROME = 'header, footer, nav, [role="banner"], [role="contentinfo"], [role="navigation"]';

function hasChatButton(doc: Document): boolean {
  return Array.from(doc.querySelectorAll(CHAT_LINK)).some((link) => !link.closest(CHROME));
}

const whatsapp: PlatformAdapter = {
  id: 'whatsapp',
  matchesForm: () => false,
  isChatOnly: (doc) => hasChatButton(doc) && isContactPage(doc) && !hasMessageForm(doc),
};

export default whatsapp;
