import type { Matcher } from '../dom/scan-scope';
import type { Pattern } from '../lang';
import { FORM_KINDS } from '../lang/types';
import type { FieldKey } from '../profile/fields';
import { packWords } from './reading';

// Patterns run over text already passed through normalizeText (lowercase, no accents, punctuation →
// spaces, CJK and kana kept), so "N° de commande :" arrives as "n de commande" and "e-mail" as "e mail".
// The words of each language live in its pack (src/lang/<code>.ts); this file keeps what belongs to
// no language (acronyms, name/id words, brands) and OR-s the packs' parts into one matcher per use,
// read in the languages of the form being read (src/detect/reading.ts).

interface Shared {
  /** Name/id words: ids are mostly English, pinyin or French whatever the page's language. */
  ident: Pattern;
  identWeak?: Pattern;
  identNeg?: Pattern;
  /** Negatives that are no word of one language: acronyms, technical terms. */
  neg?: Pattern;
}

/** Each field's words that belong to no one language (the packs' own are read per form: src/detect/reading.ts). */
export const SHARED_FIELD_WORDS: Record<FieldKey, Shared> = {
  givenName: {
    ident: '\\b(first ?name|firstname|fname|f ?name|given ?name|forename|prenom|first|vorname)\\b',
  },
  familyName: {
    ident:
      '\\b(last ?name|lastname|lname|l ?name|surname|family ?name|last|nom ?famille|nom de famille|nachname)\\b',
  },
  fullName: {
    ident:
      '\\b(full ?name|fullname|your ?name|contact ?name|customer ?name|requester ?name|client ?name|nom ?complet|nom ?prenom|prenom ?nom|real ?name|xingming)\\b',
    identWeak: '^(name|nom|noms)$',
  },
  email: { ident: 'e ?mail|courriel|\\bmail\\b|youxiang' },
  phone: {
    ident: 'phone|\\btel\\b|telephon|mobile|portable|\\bgsm\\b|\\bcell|msisdn|\\bmob\\b|shouji|dianhua',
    identNeg: 'code|prefix|indicatif|country|pays|\\bext|quhao|\\bcc\\b',
    neg: 'fax|imei|meid|syst|\\bos\\b|version|\\bapp\\b|iccid|\\beid\\b|e ?mail|\\bpin\\b|\\bpuk\\b',
  },
  phoneCountryCode: {
    ident:
      'country ?code|dial ?code|calling ?code|phone ?code|phone ?prefix|tel ?prefix|indicatif|phone ?country|country ?prefix|tel ?code|\\bisd\\b|quhao',
  },
  phoneNational: { ident: '\\bnational\\b|local ?number|subscriber' },
  subject: { ident: '\\b(subject|objet|sujet|topic|title|titre|summary|zhuti)\\b' },
  description: {
    ident:
      'descri|\\bmessage|\\bmsg\\b|\\bbody\\b|\\bdetails?\\b|comments?|\\bcontent|contenu|enquiry|inquiry|question|remarks?|\\bnotes?\\b|\\btext\\b|\\btexte\\b|\\bdemande\\b|problem|\\bissue\\b|neirong|liuyan|\\bmemo\\b',
    neg: '\\bsms\\b',
  },
  reason: {
    ident:
      '\\b(reason|motif|raison|cause|issue ?type|request ?type|ticket ?type|problem ?type|case ?reason|case ?type|category|categorie|yuanyin)\\b',
    identWeak: '^type$',
  },
  orderNumber: {
    ident:
      '\\border ?(number|no|num|id|ref|reference|code)?\\b|orderno|orderid|ordernumber|\\bcommande\\b|transaction ?id|purchase ?id|booking ?ref|dingdan',
    neg: 'coupon|promo|\\bdate\\b|\\btotal',
  },
  activationCode: {
    ident: 'activation|\\blpa\\b|matching ?id|sm ?dp|qr ?code|\\bqr\\b|jihuoma',
    neg: 'promo|coupon|securit|\\bcvv|\\bcvc|verif|captcha|\\bsms\\b|\\botp\\b|\\bdate\\b|e ?mail|licen[cs]e',
  },
  imei: { ident: 'imei|meid|chuanhao' },
  eid: { ident: '\\beid\\b|euicc' },
  iccid: {
    ident: 'iccid|\\bsim ?(number|no|serial|card|id)\\b|\\bicc ?id|simnumber|simcard|simno',
    neg: '\\bpuk\\b|\\bpin\\b',
  },
  deviceModel: {
    ident: 'device ?model|phone ?model|\\bmodel\\b|\\bmodele\\b|handset|device ?type|jixing|xinghao',
    identWeak: '^(device|appareil|terminal|handset|smartphone)$',
    neg: 'imei|\\beid\\b|iccid|\\bos\\b|version|\\bid\\b',
  },
  carrier: {
    ident: 'carrier|operator|operateur|\\bprovider\\b|\\bnetwork\\b|\\breseau\\b|yunyingshang',
    neg: 'e ?mail|internet|energ|electric',
  },
};

// Words that come from the packs are matchers read in the languages of the form being read (every
// pack outside detection): src/detect/reading.ts.

/** A landline or office number is a phone, but the mobile line is the one an eSIM request is about. */
export const LANDLINE = packWords((pack) => pack.landline);
/** Fields that only make sense on an eSIM / telecom support form. */
export const ESIM_FIELDS: ReadonlySet<FieldKey> = new Set([
  'imei',
  'eid',
  'iccid',
  'activationCode',
  'orderNumber',
  'deviceModel',
  'carrier',
  'reason',
]);

/** Fields that describe the request itself; they exist on contact/support forms only. */
export const MESSAGE_FIELDS: ReadonlySet<FieldKey> = new Set(['subject', 'description']);

/** Name/id words that say nothing about the field. */
export const IDENT_NOISE =
  /^(\d.*|request|helpdesk|custom|fields?|cf|input|inp|txt|tb|fld|frm|form|ctl\d*|ctrl|wpforms|gform|edit|value|widget|hs|data|answer|el|item)$/;

/** Container names that frameworks put in front of every field (ASP.NET `ctl00$ContentPlaceHolder1$txtNom`, Java `loginUserDTO.name`). */
export const FRAMEWORK_NOISE =
  /\b(content ?place ?holder\d*|main ?content|place ?holder\d*|body ?content|([a-z]+ ){0,2}(dto|vo|bean))\b/g;

/** A label of six words or more (normalized text) is a sentence: it says more than what the box is. */
export const isSentence = (text: string): boolean => text.split(' ').length >= 6;

/** Text that rules a control out whatever else it says: captcha, honeypot, password, search box. */
export const NEVER_TEXT = packWords((pack) => pack.never, 'captcha|honey ?pot|passwd|\\bpwd\\b');
export const NEVER_IDENT = /honeypot|\bhp\b|\btrap\b|\bbot\b|nospam|antispam|gotcha|captcha/;
/** Search-box names: only decisive when nothing a person reads says otherwise. */
export const SEARCH_IDENT = /^(q|s|query|search|keywords?|recherche|search ?term)$/;

/** Input types nothing is ever typed into. */
export const NEVER_TYPES =
  /^(password|file|checkbox|submit|button|reset|image|color|range|date|datetime-local|month|week|time|url|search)$/;

export const AUTOCOMPLETE_FIELDS: Readonly<Record<string, FieldKey>> = {
  'given-name': 'givenName',
  'family-name': 'familyName',
  name: 'fullName',
  email: 'email',
  tel: 'phone',
  'tel-national': 'phoneNational',
  'tel-local': 'phoneNational',
  'tel-country-code': 'phoneCountryCode',
};
/** Standard autocomplete tokens for data we do not hold: the control is something else. */
export const AUTOCOMPLETE_OTHER =
  /^(honorific-|additional-name|nickname|username|organization|street-address|address-|country|postal-code|cc-|new-password|current-password|one-time-code|bday|sex|url|photo|impp|language|transaction-|tel-extension|tel-area-code|tel-local-)/;

/** A user-name control is not an e-mail box unless it says e-mail (or is type=email). */
export const USERNAME = packWords((pack) => pack.username);

// What option lists reveal: "+687", "Nouvelle-Calédonie (+687)"; reasons; phone brands.
export const OPTION_COUNTRY_CODE = /(^|\s)\+ ?\d{1,4}\b/;
/**
 * The same, strictly: an option that is surely a dial code (normalized text), not a time zone's offset
 * ("GMT +5:30" → "gmt +5 30"), a surcharge ("+1 500,00 zł") or a range ("+/- 1 year" → "+ 1 year").
 */
export const OPTION_DIAL_CODE = /(^|\s)\+\d{1,4}(?!\d|\s\d)/;
export const OPTION_REASON = packWords((pack) => Object.values(pack.reasonOptions).join('|'));
export const OPTION_DEVICE =
  /iphone|galaxy|pixel|huawei|xiaomi|redmi|oppo|vivo|oneplus|motorola|samsung|honor|nokia|sony xperia/;

/** Words around a form (headings, legend, button, title, URL) that say what the form is for. */
const SHARED_FORM: Partial<Record<(typeof FORM_KINDS)[number], Pattern>> = {
  esim: '\\be ?sim\\b|\\bsim\\b|iccid|imei|\\beid\\b|euicc|\\blpa\\b|sm ?dp|telecom',
  card: 'cvv|cvc|\\bcsc\\b|expir|mm ?yy',
};
export const FORM_WORDS = Object.fromEntries(
  FORM_KINDS.map((kind) => [kind, packWords((pack) => pack.form[kind], SHARED_FORM[kind])]),
) as Record<(typeof FORM_KINDS)[number], Matcher>;

/** Button wording that ends a form (used to find form-like containers in apps without <form>). */
export const SUBMIT_WORDS = packWords((pack) => pack.submit);
/** A wizard's "Next" / "Continue": it moves on a step and sends nothing yet. */
export const STEP_WORDS = packWords((pack) => pack.step);

/** A PIN, security code or line's service password typed into a password box: no login. */
export const PIN_WORDS = packWords((pack) => pack.pin, '\\bpin\\b|\\bpuk\\b');
/** A SIM card's number (`cardno` beside "eSIM 卡号 ICCID") is no payment card. */
export const SIM_CARD_SHARED = '\\be ?sim\\b|iccid|euicc';
export const SIM_CARD_WORDS = packWords((pack) => pack.simCard, SIM_CARD_SHARED);
/** A website box: a message box beside one, and no support words, make a comment form. */
export const WEBSITE_WORDS = packWords((pack) => pack.website, '\\burl\\b');
