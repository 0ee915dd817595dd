import type { InPageWords, LanguagePack } from './types';

// Sources of inspiration: Chromium's autofill_regex_constants and Firefox's HeuristicsRegExp
// (written anew). Acronyms and name/id words shared by every language live in src/detect/vocabulary.ts.

/** Wording for a whole name: not the given or family half. */
const WHOLE_NAME = 'first (name )?(and |& )?last|name (and |& )?surname|full name';
/** Names of things that are not a person: company, card holder, user name, device, place … */
const NOT_A_PERSON =
  'compan|business|organi[sz]ation|card|user ?name|login|nick|\\bfiles?\\b|domain|produ|device|model|\\bapp\\b|\\bstores?\\b|shop|street|city|bank|maiden|website|\\bsite\\b|middle|operat|carrier';
/** "Lost" says which phone was lost, unless the box asks for the number of the lost line. */
const LOST =
  '^(?!.*\\b(numero|number|no|n) de (la )?(ligne|line)\\b|.*\\bline number\\b).*(\\blost\\b|stolen)';
/** "Phone prefix", "Telephone code": the dial code before the number, not the number. */
const PHONE_PREFIX = '^(mobile|phone|tel|telephone) (number )?(code|prefix)$';

export const en: LanguagePack<'en'> = {
  code: 'en',
  detect: {
    words:
      '\\b(the|and|your|you|with|for|this|our|please|to|of|is|are|we|will|be|can|not|if|from|have|has|here|about|enter|address)\\b',
  },
  fields: {
    givenName: {
      strong: '\\b(first|given|fore|christian) ?name|^first$',
      neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
    },
    familyName: {
      strong: '\\b(last|family|sur) ?name|^last$|\\bsecond name',
      neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
    },
    fullName: {
      strong:
        '\\bfull ?name|\\b(your|contact|customer|requester|client|complete|legal|applicant|recipient|real) name\\b|^(recipient|consignee)$|first (name )?(and |& )?last ?name|\\bname (and |& )?surname|\\bname of (the )?(contact|requester|applicant|recipient|consignee)|contact person|\\bname on (the |your )?(account|booking|order)',
      // A bare "Name": full name alone, family or given name beside the other half.
      weak: '^(your )?name$',
      neg: NOT_A_PERSON,
    },
    email: {
      strong: '\\be mail|\\bemail|^mail$|\\bmail address',
      neg: 'confirm|verif|repeat|re ?type|re ?enter|again|backup|recovery|alternat|second|\\bother\\b|friend|referr|\\bcc\\b',
    },
    phone: {
      strong:
        'phone|\\bmobile\\b|\\bcell\\b|contact (number|no)\\b|\\btel\\b(?! qu)|telephon|\\bline number|whatsapp|landline',
      neg: `\\b(which|what) (phone|device|handset)|alternat|\\balt\\b|secondary|backup|emergency|model|seri|brand|operat|carrier|provider|${LOST}|^(code|country|prefix)|extension|\\bext\\b|${PHONE_PREFIX}`,
    },
    phoneCountryCode: {
      strong: `^(mobile |phone |tel |telephone )?(country|calling|dial|dialing|dialling|international|intl) ?(code|prefix)|${PHONE_PREFIX}`,
    },
    phoneNational: {
      strong: '\\b(national|local|subscriber) (phone |mobile )?number|number without (the )?(country )?code',
    },
    subject: {
      strong:
        '\\bsubject\\b|\\btopic\\b|\\bsummary\\b|request title|title of (your |the )?(request|message|ticket)',
      weak: '^title$',
      neg: '\\bjob\\b|\\brole\\b|\\bposition\\b|\\bvote\\b|\\breview|honorific|salutation|gender',
    },
    description: {
      strong:
        'descri|\\bmessage\\b|\\bdetails?\\b|\\bcomments?\\b|\\byour (request|question|enquiry|inquiry|issue|problem)|how can we help|what can we (do|help)|(additional|more|further|other) (information|info|details)|explain|anything else|\\bquestion\\b|\\benquiry\\b|\\binquiry\\b|tell us|\\bproblem\\b|\\bissue\\b|\\bnotes?\\b|\\bremarks?\\b',
      neg: 'add?ress|street|shipping|billing|instruction|courier|deliver(y|ies) note|for (the )?delivery|gift|cover letter|special request|\\btype\\b(?! (your|a|an|here|in|it|votre|ici)\\b)|categor|reason|securit|secret|subject|\\btitle\\b',
    },
    reason: {
      strong:
        '\\breason\\b|\\b(issue|request|problem|inquiry|enquiry|case|ticket|support) type\\b|type of (issue|request|problem|inquiry|enquiry|query)|what happened|why do you need|nature of (the |your )?(request|issue|problem)',
      weak: '\\bcategor|^type$',
    },
    orderNumber: {
      strong:
        '\\border (number|no|n|id|ref|reference|code|num)\\b|\\border$|^order\\b|transaction (id|number|no|reference)|purchase (id|number|reference)|booking (reference|number|ref)',
      weak: '\\breference (number|no)\\b|^reference$|^ref$|confirmation number',
      neg: 'track|parcel|shipment|gift|voucher|customer|\\bclient|account|invoice|amount|notes?\\b|comment|instruction',
    },
    activationCode: {
      strong:
        'activation code|\\bactivation\\b|\\blpa\\b|matching ?id|sm ?dp|\\bqr ?code|esim code|installation code',
      weak: 'confirmation code',
      neg: 'gift|discount|voucher|referr|one time|postal|\\bzip\\b|account|product key|serial|software',
    },
    imei: { strong: '\\bimei|\\bmeid\\b' },
    eid: { strong: '\\beid\\b|euicc|embedded (sim|uicc) id' },
    iccid: {
      strong: 'iccid|\\bsim (card )?(number|no|serial|id)\\b|\\bsim serial|\\bicc ?id',
      neg: 'credit|debit|\\bbank|gift|loyalty|member|payment|phone',
    },
    deviceModel: {
      strong:
        '(device|phone|handset|smartphone|mobile|cell ?phone) (model|type)|make (and |& )?model|\\bmodel\\b|\\bhandset\\b|\\b(which|what) (phone|device|handset|smartphone)\\b',
      weak: '^(your |new |current )?(device|smartphone)( used| concerned)?$',
      neg: 'serial|\\bnumber\\b|operat|carrier|system|\\bcar\\b|\\bauto\\b',
    },
    carrier: {
      strong:
        '\\bcarrier\\b|(mobile|network|cellular|wireless|telecom|phone) (operator|provider|carrier)|\\boperator\\b|\\bservice provider|current provider|mobile network',
      weak: '^provider$|^network$',
      neg: 'shipping|delivery|transport|courier|parcel|freight|insurance|\\bbank|payment|tour|travel agen',
    },
  },
  form: {
    support:
      'support|assistance|help ?desk|lost or stolen|\\bhelp\\b|contact|get in touch|\\bticket|request|complaint|customer (service|care)|replacement|reissue|\\bhc\\b',
    esim: 'mobile line|phone line|mobile (plan|data|network|operator|carrier)|data plan|roaming',
    login: '\\blog ?in\\b|sign ?in',
    signup: 'sign ?up|\\bregister\\b|registration|create (an |your )?account',
    reset: 'forgot|reset',
    newsletter: 'newsletter|subscribe|mailing list',
    search: '\\bsearch\\b',
    checkout: 'checkout|payment|pay now|place order|billing|shipping address',
    card: '(?<!sim )card ?(number|no)|credit card|security code',
    survey:
      'survey|questionnaire|satisfaction|\\brate\\b|rating|how likely|recommend|\\bnps\\b|was this (article |page )?helpful',
    comment: 'leave a (reply|comment)|post (a )?comment|add a comment',
  },
  step: '\\bnext\\b|continu',
  submit:
    'send|submit|continu|\\bnext\\b|request|confirm|\\bsave\\b|create|\\bok\\b|\\bgo\\b|search|subscribe|\\bsign|log ?in|register|\\bpay|order|contact|apply',
  never:
    'leave (this |the )?(field |text ?box |box )?(blank|empty)(?! if you (don ?t|do not)\\b)|password|^search\\b',
  username: '\\buser ?name|\\blogin\\b',
  landline: 'landline|\\bhome\\b|\\bwork\\b|office',
  reasonOptions: {
    lost: '\\blost\\b|stolen',
    damaged: 'damag|broken',
    newDevice: 'new (phone|device)',
    deleted: 'deleted',
  },
  reasonChoices: {
    lost: '\\b(lost|loss|stolen|theft|missing)\\b',
    damaged: '\\b(damaged?|broken|defective|faulty|cracked|not working)\\b',
    newDevice:
      '\\b(new|change|changed|changing|switch|upgrade|transfer)\\b.*\\b(phone|device|handset|mobile|smartphone|iphone|telephone|terminal)\\b|\\b(phone|device|telephone) (change|upgrade|switch)',
    deleted: '\\b(deleted?|removed?|erased?|uninstalled?)\\b',
    other: '(other|others)\\b',
  },
  choose: 'none$|please (select|choose)|(select|choose|pick)( (one|an? \\w+|your \\w+))?$',
  pin: '\\bcode\\b|\\bssn\\b|secret|securit|service ?password',
  simCard: 'sim card',
  website: '\\bwebsite',
  reasons: {
    lost: 'Lost or stolen phone',
    damaged: 'Damaged device',
    newDevice: 'New device',
    deleted: 'eSIM deleted by mistake',
    other: 'Other',
  },
  message: {
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
      activationCode: 'Activation code',
    },
  },
};

/** The in-page prompt's words (fill-prompt.js, loaded into a frame only when it shows a prompt). */
export const enInPage: InPageWords = {
  offerLabel: 'ReSIM can fill this form',
  fill: 'Fill with ReSIM',
  dismiss: 'Not now',
  duplicateLabel: 'ReSIM: request already sent',
  duplicate: 'You sent this request on {date} — a second one slows the review.',
  fillAnyway: 'Fill anyway',
};
