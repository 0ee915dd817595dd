import type { PlatformAdapter } from '../detect/adapter';
import { hasMessageForm, isContactPage } from './lib/chat-page';

// Intercom Messenger: support happens in a chat widget (a launcher, then frames), never in a page
// form. A contact page that offers only that is chat-only.

const WIDGET = [
  '#intercom-container',
  '.intercom-lightweight-app',
  '.intercom-launcher',
  'iframe[name^="intercom-"]',
  'iframe#intercom-frame',
  'script[src*="widget.intercom.io"]',
  'script[src*="js.intercomcdn.com"]',
].join(', ');

function hasIntercom(doc: Document): boolean {
  if (doc.querySelector(WIDGET)) return true;
  // The loader snippet sets window.intercomSettings; an isolated content script sees only its text.
  return Array.from(doc.querySelectorAll('script:not([src])')).some((script) =>
    /\bintercomSettings\b|\bwindow\.Intercom\b/.test(script.textContent ?? ''),
  );
}

const intercom: PlatformAdapter = {
  id: 'intercom',
  matchesForm: () => false,
  isChatOnly: (doc) => hasIntercom(doc) && isContactPage(doc) && !hasMessageForm(doc),
};

export default intercom;
