import { normalizeText, splitIdentifier } from '../dom/normalize';
import { once, scanningPage } from '../dom/scan-scope';
import { composedAncestors, documentOrder, textOf } from '../dom/tree';
import { looksHidden } from '../dom/visibility';
import { type FieldKey, SENSITIVE_FIELDS } from '../profile/fields';
import type { PlatformAdapter } from './adapter';
import { MIN_SCORE } from './assign';
import { blockReason, identText, scoreControl } from './classify';
import { controlsOf } from './group';
import { formOutcome } from './outcome';
import { collectSignals } from './signals';
import type { ControlSignals, FieldScore, FormKind, GateVerdict } from './types';
import { ESIM_FIELDS, FORM_WORDS, PIN_WORDS, SIM_CARD_WORDS, WEBSITE_WORDS } from './vocabulary';

export interface GateControl {
  element: Element;
  signals: ControlSignals;
  scores: FieldScore[];
  blocked?: string;
  looksHidden?: boolean;
}

export interface GateOptions {
  /** Already collected controls (detectForms passes them to avoid doing the work twice). */
  controls?: readonly GateControl[];
  adapter?: PlatformAdapter;
  /** The page belongs to a telecom / eSIM seller (the content script knows from the carrier registry). */
  telecom?: boolean;
}

const TYPABLE = /^(text|email|tel|number|textarea|contenteditable)$/;
const CONTACT: FieldKey[] = ['email', 'phone', 'fullName', 'givenName', 'familyName'];
const SUPPORT_THRESHOLD = 2.5;
// A SIM card's number (`cardno` with "eSIM 卡号 ICCID") is no payment card.
const paymentCard = (text: string) => FORM_WORDS.card.test(text) && !SIM_CARD_WORDS.test(text);

const HEADING = 'h1, h2, h3, h4, [role="heading"]';
const HEADINGS = {};
/**
 * The page's headings in document order, each with the form it sits in (a heading inside a form titles
 * that form only) and where the last heading outside any form stands: read once per scan, then
 * searched by position for each form.
 */
const headingsOf = (doc: Document) =>
  once(HEADINGS, doc, () => {
    const list = Array.from(doc.querySelectorAll(HEADING), (h) => ({
      h,
      form: h.closest('form'),
      free: -1,
    }));
    let free = -1;
    list.forEach((entry, i) => {
      if (!entry.form) free = i;
      entry.free = free;
    });
    return list;
  });

/** Whether a heading before `anchor` may title it: it does not hold it nor sit in another form. */
const titles = (heading: Element, anchor: Element) => {
  const form = heading.closest('form');
  return (!form || form.contains(anchor)) && !heading.contains(anchor);
};

/**
 * The same answer as headingBefore, read backwards from the anchor: a scan of a few forms stops at
 * the nearest heading instead of indexing every heading of a large page.
 */
function nearestHeadingBefore(anchor: Element): Element | undefined {
  // Elements in reverse document order: the previous sibling's last descendant, else the parent.
  for (let el = before(anchor); el; el = before(el)) {
    if (el.matches(HEADING) && titles(el, anchor)) return el;
  }
  return undefined;
}

function before(el: Element): Element | null {
  let previous = el.previousElementSibling;
  if (!previous) return el.parentElement;
  while (previous.lastElementChild) previous = previous.lastElementChild;
  return previous;
}

/** The last heading before `anchor` that is not inside it, does not hold it, nor titles another form. */
function headingBefore(doc: Document, anchor: Element): Element | undefined {
  if (!scanningPage()) return nearestHeadingBefore(anchor);
  const headings = headingsOf(doc);
  // Headings that start before the anchor come first in document order: find where they end.
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (documentOrder(headings[middle]!.h, anchor) < 0) low = middle + 1;
    else high = middle;
  }
  // Only a form around the anchor makes a heading inside a form its title; otherwise skip them all at once.
  const inForm = !!anchor.parentElement?.closest('form');
  for (let i = low - 1; i >= 0; ) {
    const { h, form, free } = headings[i]!;
    if (form && !form.contains(anchor)) i = inForm ? i - 1 : free;
    else if (h.contains(anchor)) i--;
    else return h;
  }
  return undefined;
}

/** Headings that introduce the form: the page's h1, the last heading before it, those inside it. */
function headingText(form: Element, doc: Document): string {
  let anchor: Element = form;
  for (const el of composedAncestors(form)) {
    anchor = el;
    if (el.getRootNode() === doc) break;
  }
  const inside = Array.from(form.querySelectorAll('h1, h2, h3, h4, h5, legend, [role="heading"]'));
  const h1 = doc.querySelector('h1');
  return [h1, headingBefore(doc, anchor), ...inside].map((h) => textOf(h, 200)).join(' ');
}

/** What the form's markup calls it: id, name, class and the path it posts to. */
function formIdentity(form: Element): string {
  const action = form.getAttribute('action') ?? '';
  const path = action.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  return [form.id, form.getAttribute('name'), form.getAttribute('class'), path].filter(Boolean).join(' ');
}

function buttonText(form: Element): string {
  return Array.from(
    form.querySelectorAll('button, input[type="submit"], input[type="button"], [role="button"]'),
  )
    .map(
      (b) => `${textOf(b, 80)} ${(b as HTMLInputElement).value ?? ''} ${b.getAttribute('aria-label') ?? ''}`,
    )
    .join(' ');
}

function urlText(doc: Document): string {
  const location = doc.location;
  if (!location || !/^https?:$/.test(location.protocol)) return '';
  try {
    return normalizeText(decodeURIComponent(`${location.pathname} ${location.search}`));
  } catch {
    return normalizeText(`${location.pathname} ${location.search}`);
  }
}

function gather(form: Element, adapter?: PlatformAdapter): GateControl[] {
  return controlsOf(form).map((element) => {
    const signals = collectSignals(element, form, adapter);
    return { element, signals, scores: scoreControl(signals), blocked: blockReason(signals) };
  });
}

/**
 * Is this a support / replacement request form? Decided from its own fields first (a password box
 * means login or sign-up, card fields mean checkout, a lone e-mail box means newsletter), then from
 * its words: headings, legend, button, page title, URL path — in every pack's language.
 */
export function gateForm(form: Element, doc: Document, options: GateOptions = {}): GateVerdict {
  const { adapter } = options;
  const controls = options.controls ?? gather(form, adapter);
  const visible = controls.filter((c) => !(c.looksHidden ?? looksHidden(c.element)));
  const typable = visible.filter((c) => !c.blocked && TYPABLE.test(c.signals.type));
  const tops = new Set<FieldKey>();
  for (const c of controls) if (c.scores[0] && c.scores[0].score >= MIN_SCORE) tops.add(c.scores[0].field);
  const hasTextarea = typable.some((c) => /textarea|contenteditable/.test(c.signals.type));
  const said = (c: GateControl) =>
    `${c.signals.label} ${c.signals.ariaLabel} ${c.signals.placeholder} ${identText(c.signals.nameWords)}`;

  const heading = normalizeText(headingText(form, doc));
  const cue = `${heading} ${normalizeText(buttonText(form))}`;
  const body = normalizeText(textOf(form, 2000));
  const title = normalizeText(doc.title);
  const url = urlText(doc);
  const choices = controls.flatMap((c) => c.signals.options).join(' ');
  const simContext =
    FORM_WORDS.esim.test(`${heading} ${body} ${choices} ${title} ${url}`) ||
    ['imei', 'eid', 'iccid'].some((f) => tops.has(f as FieldKey));
  const esimContext = !!options.telecom || simContext;
  const asked = new Set<FieldKey>();
  for (const c of visible) if (c.scores[0] && c.scores[0].score >= MIN_SCORE) asked.add(c.scores[0].field);
  const verdict = (kind: FormKind, reason: string, score = 0): GateVerdict => {
    const { outcome, evidence } = formOutcome({
      kind,
      asked,
      cue,
      title,
      url,
      simContext,
      hasMessageBox: hasTextarea || tops.has('description'),
      hasContactField: CONTACT.some((f) => asked.has(f)),
    });
    return {
      isSupportForm: kind === 'support',
      kind,
      reason,
      score,
      esimContext,
      outcome,
      outcomeEvidence: evidence,
    };
  };

  if (adapter?.isSupportForm?.(form)) return verdict('support', `${adapter.id} request form`, 10);
  // A PIN or security code typed into a password box is not a login; nor is a line's service password
  // (服务密码), which carriers ask for to verify the holder.
  const passwords = controls.filter((c) => c.signals.type === 'password' && !PIN_WORDS.test(said(c))).length;
  if (passwords) {
    if (FORM_WORDS.reset.test(cue)) return verdict('password', 'password change form');
    if (passwords > 1 || FORM_WORDS.signup.test(cue) || typable.length >= 3) {
      return verdict('signup', 'sign-up form (password)');
    }
    return verdict('login', 'login form (password)');
  }
  if (controls.some((c) => c.signals.autocomplete.startsWith('cc-') || paymentCard(said(c)))) {
    return verdict('checkout', 'payment card fields');
  }
  // A site's search box inside a long request form (page-wide <form> wrappers) does not make it a search form.
  // A form its own markup calls a search (`form#searchform`, `action="/search"`) is one, however many
  // boxes its advanced search has, unless it asks for a SIM's identifiers.
  const namedSearch =
    FORM_WORDS.search.test(normalizeText(splitIdentifier(formIdentity(form)).join(' '))) &&
    ![...SENSITIVE_FIELDS].some((f) => tops.has(f));
  const searchBox =
    !!form.closest('[role="search"]') ||
    namedSearch ||
    (controls.some((c) => c.signals.type === 'search') && typable.length <= 1 && !hasTextarea);
  if (
    searchBox ||
    (typable.length <= 2 && !hasTextarea && FORM_WORDS.search.test(`${cue} ${typable.map(said).join(' ')}`))
  ) {
    return verdict('search', 'search form');
  }
  if (!hasTextarea) {
    const lone =
      typable.length === 1 &&
      (typable[0]!.signals.type === 'email' || typable[0]!.scores[0]?.field === 'email');
    if (lone)
      return FORM_WORDS.reset.test(cue)
        ? verdict('password', 'password reset')
        : verdict('newsletter', 'lone email box');
    if (FORM_WORDS.reset.test(cue) && typable.length <= 2) return verdict('password', 'password reset');
    if (FORM_WORDS.newsletter.test(`${cue} ${body}`) && typable.length <= 4)
      return verdict('newsletter', 'newsletter sign-up');
    if (FORM_WORDS.signup.test(cue)) return verdict('signup', 'sign-up form');
    if (FORM_WORDS.login.test(cue) && typable.length <= 2) return verdict('login', 'login form');
  }
  const hasContact = CONTACT.some((f) => tops.has(f));
  const rating = visible.some((c) => c.signals.type === 'radio' || c.signals.type === 'range');
  if (FORM_WORDS.survey.test(`${cue} ${title}`) && (rating || !hasContact))
    return verdict('survey', 'survey or rating');
  const website = visible.some((c) => WEBSITE_WORDS.test(said(c)));
  if (
    hasTextarea &&
    (FORM_WORDS.comment.test(cue) || (website && !FORM_WORDS.support.test(`${cue} ${title}`)))
  ) {
    return verdict('comment', 'comment form');
  }
  if (FORM_WORDS.checkout.test(`${cue} ${title} ${url}`) && !hasTextarea)
    return verdict('checkout', 'checkout words');

  let score = 0;
  const why: string[] = [];
  const plus = (points: number, reason: string) => {
    score += points;
    why.push(reason);
  };
  if (hasTextarea || tops.has('description')) plus(1.5, 'message box');
  if (tops.has('subject')) plus(1, 'subject');
  const contacts = CONTACT.filter((f) => tops.has(f)).length;
  if (contacts) plus(contacts >= 2 ? 1 : 0.5, 'contact fields');
  if (FORM_WORDS.support.test(cue)) plus(1.5, 'support words in headings');
  else if (FORM_WORDS.support.test(body)) plus(1, 'support words in form');
  if (FORM_WORDS.support.test(title)) plus(1, 'support words in title');
  if (FORM_WORDS.support.test(url)) plus(1.5, 'support URL');
  const esimFields = [...tops].filter((f) => ESIM_FIELDS.has(f)).length;
  if (esimFields) plus(Math.min(2, esimFields), 'eSIM fields');
  // The carrier's domain alone is no evidence that a form is a request: its words must say so.
  if (simContext) plus(0.5, 'eSIM context');
  // A message box and contact fields alone also make a booking or job form: some word must say "request".
  const worded = why.some((w) => !/message box|contact fields/.test(w));
  const support = score >= SUPPORT_THRESHOLD && worded;
  return verdict(support ? 'support' : 'other', why.join(', ') || 'no support signal', score);
}
