import { normalizeText } from '../../dom/normalize';

// A chat-only support page: the carrier's contact / help page offers a chat (Intercom, WhatsApp,
// Messenger) and no form to write the request in. The popup then offers a prepared message to copy.

const CONTACT_PATH =
  /contact|support|help|assistance|aide|service-?client|customer-?(?:care|service)|kefu|lianxi/i;
const CONTACT_TEXT =
  /\b(?:contact|support|help|assistance|aide|service client|customer (?:care|service)|chat|chatter|nous ecrire|ecrivez nous|joindre)\b|联系|客服|帮助|支持/;

/** The page presents itself as a contact / support page (address, title or main heading). */
export function isContactPage(doc: Document): boolean {
  if (CONTACT_PATH.test(doc.location?.pathname ?? '')) return true;
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return CONTACT_TEXT.test(normalizeText(`${doc.title} ${heading}`));
}

/** A form a person could write their request in (a message box), anywhere in the page. */
export function hasMessageForm(doc: Document): boolean {
  return doc.querySelector('form textarea, form [contenteditable]:not([contenteditable="false"])') !== null;
}
