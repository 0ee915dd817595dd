import type { PageLanguage } from '../carriers/types';
import type { FieldKey, Reason } from '../profile/fields';
import type { FillData } from './types';

type Lang = PageLanguage;

/** Reasons as a person writes them in a text box, per page language. */
export const REASON_TEXT: Record<Reason, Record<Lang, string>> = {
  lost: { en: 'Lost or stolen phone', fr: 'Téléphone perdu ou volé', zh: '手机丢失/被盗' },
  damaged: { en: 'Damaged device', fr: 'Appareil endommagé', zh: '设备损坏' },
  newDevice: { en: 'New device', fr: 'Changement de téléphone', zh: '更换设备' },
  deleted: { en: 'eSIM deleted by mistake', fr: 'eSIM supprimée par erreur', zh: '误删 eSIM' },
  other: { en: 'Other', fr: 'Autre', zh: '其他' },
};

const TEXT = {
  en: {
    subject: 'eSIM replacement',
    request: 'eSIM replacement request',
    order: 'order',
    hello: 'Hello,',
    ask: 'I would like a replacement for my eSIM (a new QR code / eSIM profile).',
    thanks: 'Thank you.',
    colon: ': ',
    labels: {
      reason: 'Reason',
      deviceModel: 'Device',
      orderNumber: 'Order number',
      fullName: 'Name',
      email: 'Email',
      phone: 'Phone line',
      notes: 'Notes',
    },
  },
  fr: {
    subject: "Remplacement d'eSIM",
    request: "Demande de remplacement d'eSIM",
    order: 'commande',
    hello: 'Bonjour,',
    ask: 'Je souhaite obtenir le remplacement de mon eSIM (nouveau code QR / nouveau profil eSIM).',
    thanks: "Merci d'avance.",
    colon: ' : ',
    labels: {
      reason: 'Motif',
      deviceModel: 'Appareil',
      orderNumber: 'Numéro de commande',
      fullName: 'Nom',
      email: 'E-mail',
      phone: 'Ligne',
      notes: 'Remarques',
    },
  },
  zh: {
    subject: 'eSIM 补办申请',
    request: 'eSIM 补办申请',
    order: '订单',
    hello: '您好，',
    ask: '我需要补办 eSIM（重新签发二维码 / eSIM 配置文件）。',
    thanks: '谢谢！',
    colon: '：',
    labels: {
      reason: '原因',
      deviceModel: '设备型号',
      orderNumber: '订单号',
      fullName: '姓名',
      email: '邮箱',
      phone: '手机号码',
      notes: '备注',
    },
  },
} as const;

/** Zendesk's limit, and a fair one for every subject box. */
export const SUBJECT_MAX = 150;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The full name as written in its own script: Chinese names family-then-given with no space
 * ("张伟", on every page: that is the name), others "Given Family".
 */
export function fullNameFor(values: FillData['values']): string {
  const given = values.givenName?.trim() ?? '';
  const family = values.familyName?.trim() ?? '';
  if (!given || !family) return given || family || values.fullName?.trim() || '';
  return CJK.test(given) && CJK.test(family) ? family + given : `${given} ${family}`;
}

/** The notes, without anything that looks like the activation code (a bearer secret). */
function safeNotes(data: FillData): string {
  const code = data.values.activationCode?.trim() ?? '';
  const matchingId = code.split('$')[2] ?? '';
  let notes = data.notes.replace(/\bLPA:\S+/gi, '[…]');
  for (const secret of [code, matchingId]) if (secret.length >= 6) notes = notes.split(secret).join('[…]');
  return notes.trim();
}

/**
 * Subject and description for a support form, in the page's language. Identifiers (EID, IMEI,
 * ICCID) and contact details are written out only where the form has no box of their own; the
 * activation code never is.
 */
export function composeMessage(
  data: FillData,
  lang: Lang,
  present: ReadonlySet<FieldKey>,
): { subject: string; description: string } {
  const t = TEXT[lang];
  const v = data.values;
  const order = v.orderNumber?.trim();
  const subject = (order ? `${t.subject} – ${t.order} ${order}` : t.request).slice(0, SUBJECT_MAX);

  const missing = (...fields: FieldKey[]) => !fields.some((field) => present.has(field));
  const lines: string[] = [];
  const line = (label: string, value: string | undefined) => {
    if (value?.trim()) lines.push(`${label}${t.colon}${value.trim()}`);
  };
  if (data.reason && data.reason !== 'other') line(t.labels.reason, REASON_TEXT[data.reason][lang]);
  line(t.labels.deviceModel, v.deviceModel);
  line(t.labels.orderNumber, v.orderNumber);
  for (const id of ['eid', 'imei', 'iccid'] as const) if (missing(id)) line(id.toUpperCase(), v[id]);
  if (missing('fullName', 'givenName', 'familyName')) line(t.labels.fullName, fullNameFor(v));
  if (missing('email')) line(t.labels.email, v.email);
  if (missing('phone', 'phoneNational')) line(t.labels.phone, v.phone);
  line(t.labels.notes, safeNotes(data));

  const description = [t.hello, '', t.ask, ...(lines.length ? ['', ...lines] : []), '', t.thanks].join('\n');
  return { subject, description };
}

/** A message to paste into a chat (Intercom, WhatsApp): everything but the activation code. */
export const composeChatMessage = (data: FillData, lang: Lang): string =>
  composeMessage(data, lang, new Set()).description;
