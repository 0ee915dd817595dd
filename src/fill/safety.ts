import type { PlatformAdapter } from '../detect/adapter';
import type { DetectedControl, FillableElement } from '../detect/types';
import { NEVER_IDENT, NEVER_TEXT } from '../detect/vocabulary';
import { normalizeText } from '../dom/normalize';
import { isPlaceholderOption } from '../dom/options';
import { labelsOf, radioGroup } from '../dom/tree';
import { isVisible } from '../dom/visibility';
import type { FieldKey } from '../profile/fields';
import type { SkipReason } from '../report/types';

// Controls whose content is never ours to give (or that would do something when changed). The
// never-touch words (captcha, honeypot, password…) are detection's list, src/detect/vocabulary.ts.
const NEVER_TYPES = /^(?:password|search|file|submit|button|reset|image)$/;
const CONSENT =
  /\b(?:agree|accept|consent|terms|conditions|privacy|policy|newsletter|subscribe|marketing|gdpr|opt in|accepte|j accepte|cgu|cgv|confidentialite|politique|rgpd|abonner|inscrire|offres)\b|同意|接受|条款|隐私|协议|订阅/;
const CONSENT_CONTAINER =
  '.legal-consent-container, [class*="consent" i], [class*="gdpr" i], [class*="optin" i]';

/**
 * Why a control must not be written, or null when it may. Order matters only for what the report
 * says: a hidden password box is reported as never-touch.
 */
export function skipReason(
  control: DetectedControl,
  field: FieldKey | null,
  adapters: readonly PlatformAdapter[] = [],
): SkipReason | null {
  const el = control.element;
  if (adapters.some((adapter) => forbids(adapter, el))) return 'never-touch';
  if (isForbidden(control)) return 'never-touch';
  if (!isVisible(el, () => widgetOf(el, adapters))) return 'hidden';
  if (isDisabled(el)) return 'disabled';
  if (isReadOnly(el)) return 'read-only';
  if (hasValue(el, field)) return 'not-empty';
  return null;
}

/** A faulty adapter must not take the fill down, nor open a door: a failing neverTouch forbids. */
function forbids(adapter: PlatformAdapter, el: FillableElement): boolean {
  try {
    return adapter.neverTouch?.(el) === true;
  } catch {
    return true;
  }
}

/** A platform's custom dropdown (Zendesk tagger) hides the input that is posted: the widget decides. */
function widgetOf(el: FillableElement, adapters: readonly PlatformAdapter[]): HTMLElement | undefined {
  for (const adapter of adapters) {
    try {
      const widget = adapter.widgetFor?.(el);
      if (widget) return widget.visible;
    } catch {
      // A failing adapter proves nothing: the control stays hidden.
    }
  }
  return undefined;
}

function isForbidden({ element: el, signals }: DetectedControl): boolean {
  const type = el.tagName === 'INPUT' ? (el as HTMLInputElement).type : '';
  if (NEVER_TYPES.test(type) || el.closest('[role=search]')) return true;
  const texts = [signals.label, signals.placeholder, signals.ariaLabel];
  const idents = [signals.nameWords.join(' '), signals.idWords.join(' ')];
  if (texts.some((text) => NEVER_TEXT.test(text)) || idents.some((ident) => NEVER_IDENT.test(ident)))
    return true;
  if (el.closest('[class*="captcha" i], [id*="captcha" i]')) return true;
  if (type === 'checkbox' || type === 'radio') return isConsent(el, signals.label);
  return false;
}

/** A checkbox that agrees to terms, privacy or marketing is the person's own decision. */
function isConsent(el: FillableElement, label: string): boolean {
  if (el.closest(CONSENT_CONTAINER)) return true;
  const labels = labelsOf(el).map((l) => l.textContent ?? '');
  // Loose text beside the box counts only when the parent holds no other control.
  const parent = el.parentElement;
  const around =
    parent && parent.querySelectorAll('input, select, textarea').length === 1 ? parent.textContent : '';
  return CONSENT.test(normalizeText([label, ...labels, (around ?? '').slice(0, 300)].join(' ')));
}

function isDisabled(el: FillableElement): boolean {
  if ((el as HTMLInputElement).disabled || el.getAttribute('aria-disabled') === 'true') return true;
  // A disabled fieldset disables everything in it except what sits in its first legend.
  for (
    let fieldset = el.closest('fieldset');
    fieldset;
    fieldset = fieldset.parentElement?.closest('fieldset') ?? null
  ) {
    if (!fieldset.hasAttribute('disabled')) continue;
    const legend = Array.from(fieldset.children).find((child) => child.tagName === 'LEGEND');
    if (!legend?.contains(el)) return true;
  }
  return false;
}

const isReadOnly = (el: FillableElement) =>
  (el as HTMLInputElement).readOnly === true || el.getAttribute('aria-readonly') === 'true';

/** Does the control already hold something the person (or the page) chose? */
export function hasValue(el: FillableElement, field: FieldKey | null = null): boolean {
  if (el.tagName === 'SELECT') return selectHasChoice(el as HTMLSelectElement);
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    if (input.type === 'radio') return radioGroup(input).some((radio) => radio.checked);
    if (input.type === 'checkbox') return input.checked;
  }
  // Editors seed themselves with a zero-width space (Redactor's <p>&#x200b;</p>): still empty.
  const text =
    el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? (el as HTMLInputElement).value : el.textContent;
  const value = (text ?? '').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim();
  if (el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA') return value !== '';
  // "+687 " typed in advance by the page is a hint for the format, not an answer.
  if ((field === 'phone' || field === 'phoneNational') && /^\+?\d{1,4}$/.test(value)) return false;
  return value !== '';
}

function selectHasChoice(select: HTMLSelectElement): boolean {
  const option = select.options[select.selectedIndex];
  if (!option || isPlaceholderOption(option)) return false;
  // The browser shows the first option when nothing is chosen: that is not a choice.
  const chosenByMarkup = Array.from(select.options).some((o) => o.hasAttribute('selected'));
  return select.selectedIndex > 0 || chosenByMarkup;
}
