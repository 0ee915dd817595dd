import type { FieldKey } from '../profile/fields';

// Patterns run over text already passed through normalizeText (lowercase, no accents, punctuation →
// spaces, CJK kept), so "N° de commande :" arrives as "n de commande" and "e-mail" as "e mail".
// Sources of inspiration: Chromium's autofill_regex_constants and Firefox's HeuristicsRegExp
// (written anew here, with the French and Chinese words those miss: portable, GSM, 手机, 姓/名 ...).

/** One regex source per language: [English, French, Simplified Chinese]. */
type Tri = readonly [en: string, fr: string, zh: string];

export interface FieldVocabulary {
  /** Clear wording for the field (weight 1). */
  strong: Tri;
  /** Wording that usually means the field but also other things (weight 0.65). */
  weak?: Tri;
  /** Over name/id words (noise such as `request`, `custom`, digits removed). */
  ident: string;
  identWeak?: string;
  /** Anywhere in label, aria-label, placeholder, title or name/id: not this field. */
  neg?: string;
  /** In name/id only: not this field. */
  identNeg?: string;
}

// Names of things that are not a person: company, card holder, user name, device, place ...
// Wording for a whole name: not the given or family half.
const WHOLE_NAME =
  'first (and |& )?last|name (and |& )?surname|\\bnoms? (et |& )?prenom|prenoms? (et |& )?nom|姓名';
const NOT_A_PERSON =
  'compan|business|organi[sz]ation|societe|entreprise|raison sociale|card|carte|user ?name|utilisateur|login|pseudo|nick|file|fichier|domain|produ|device|appareil|model|\\bapp\\b|store|shop|boutique|magasin|street|\\brue\\b|city|ville|bank|banque|maiden|jeune fille|website|\\bsite\\b|middle|operat|carrier|公司|单位|持卡|开户|用户名|昵称|银行|设备|产品|企业';

export const FIELD_VOCABULARY: Record<FieldKey, FieldVocabulary> = {
  givenName: {
    strong: ['\\b(first|given|fore|christian) ?name|^first$', '\\bprenom', '^名$|^(你|您)的名$'],
    ident: '\\b(first ?name|firstname|fname|f ?name|given ?name|forename|prenom|first|vorname)\\b',
    neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
  },
  familyName: {
    strong: [
      '\\b(last|family|sur) ?name|\\bsurname|^last$|\\bsecond name',
      '\\bnom (de famille|d usage|de naissance|patronymique)',
      '^姓$|^姓氏$|^(你|您)的姓$',
    ],
    ident:
      '\\b(last ?name|lastname|lname|l ?name|surname|family ?name|last|nom ?famille|nom de famille|nachname)\\b',
    neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
  },
  fullName: {
    strong: [
      '\\bfull ?name|\\b(your|contact|customer|requester|client|complete|legal|applicant|recipient) name\\b|^(recipient|consignee)$|first (and |& )?last ?name|\\bname (and |& )?surname|\\bname of (the )?(contact|requester|applicant)|contact person|\\bname on (the |your )?(account|booking|order)',
      '\\bnoms? (et |& )?prenoms?\\b|\\bprenoms? (et |& )?noms?\\b|\\bnom complet|\\bvotre nom (et|complet)|\\bnom du (contact|demandeur|client|titulaire de la ligne)|personne a contacter|interlocuteur',
      '姓名|联系人|称呼|收货人|收件人',
    ],
    // A bare "Name"/"Nom"/"名字": full name alone, family or given name beside the other half.
    weak: ['^(your )?name$', '^(votre )?noms?$', '^(你|您)?的?名字$'],
    ident:
      '\\b(full ?name|fullname|your ?name|contact ?name|customer ?name|requester ?name|client ?name|nom ?complet|nom ?prenom|prenom ?nom|real ?name|xingming)\\b',
    identWeak: '^(name|nom|noms)$',
    neg: NOT_A_PERSON,
  },
  email: {
    strong: [
      '\\be ?mail\\b|\\bemail|^mail$|\\bmail address',
      'courriel|\\bmel\\b|adresse electronique|adresse mail',
      '邮箱|邮件|电子信箱|电邮',
    ],
    ident: 'e ?mail|courriel|\\bmail\\b|youxiang',
    neg: 'confirm|verif|repeat|re ?type|re ?enter|again|ressais|resais|secours|backup|recovery|alternat|second|\\bother\\b|\\bautre\\b|friend|\\bami\\b|parrain|referr|\\bcc\\b|确认|再次|重复|备用',
  },
  phone: {
    strong: [
      'phone|\\bmobile\\b|\\bcell\\b|cellphone|contact (number|no)\\b|\\btel\\b(?! qu)|telephon|\\bline number|whatsapp|landline',
      'telephon|portable|\\bgsm\\b|numero de (la )?(ligne|contact|mobile|portable)|\\bn de (la )?(tel|ligne|mobile|portable)|\\btel\\b(?! qu)',
      '手机|电话|联系方式|移动号码|联系号码|座机|卡号码',
    ],
    ident: 'phone|\\btel\\b|telephon|mobile|portable|\\bgsm\\b|\\bcell|msisdn|\\bmob\\b|shouji|dianhua',
    neg: '\\b(which|what) (phone|device|handset)|alternat|\\balt\\b|secondary|secondaire|backup|secours|emergency|urgence|备用|紧急|\\bquel(le)? (telephone|appareil|mobile|smartphone|terminal)|fax|model|imei|meid|seri|marque|brand|operat|carrier|fournisseur|provider|syst|\\bos\\b|version|\\bapp\\b|iccid|\\beid\\b|^(?!.*\\b(numero|number|no|n) de (la )?(ligne|line)\\b|.*\\bline number\\b).*(perdu|\\blost\\b|stolen|\\bvol\\b)|e ?mail|courriel|^(indicatif|code|country|prefix|pays)|extension|(?<!la )\\bposte\\b|\\bext\\b|\\bpin\\b|\\bpuk\\b|型号|串号|品牌|运营商|证件|验证|邮箱|丢失|^区号',
    identNeg: 'code|prefix|indicatif|country|pays|\\bext|quhao|\\bcc\\b',
  },
  phoneCountryCode: {
    strong: [
      '^(mobile |phone |tel |telephone )?(country|calling|dial|dialing|dialling|international|intl) ?(code|prefix)',
      '^(indicatif|code (du )?pays|code international|prefixe (international|telephonique|pays))',
      '区号|国家代码|国际代码|国家 ?地区 ?代码|国码',
    ],
    ident:
      'country ?code|dial ?code|calling ?code|phone ?code|phone ?prefix|tel ?prefix|indicatif|phone ?country|country ?prefix|tel ?code|\\bisd\\b|quhao',
  },
  phoneNational: {
    strong: [
      '\\b(national|local|subscriber) (phone |mobile )?number|number without (the )?(country )?code',
      'numero (national|local)|sans (l )?indicatif',
      '本地号码|本地号',
    ],
    ident: '\\bnational\\b|local ?number|subscriber',
  },
  subject: {
    strong: [
      '\\bsubject\\b|\\btopic\\b|\\bsummary\\b|request title|title of (your |the )?(request|message|ticket)',
      '\\bobjet\\b|\\bsujet\\b|\\btheme\\b|\\bintitule|titre de (la |votre )?(demande|requete|message)',
      '主题|标题|事由',
    ],
    weak: ['^title$', '^titre$', ''],
    ident: '\\b(subject|objet|sujet|topic|title|titre|summary|zhuti)\\b',
    neg: '\\bjob\\b|\\bposte\\b|fonction|civilit|honorific|salutation|gender|genre|称谓|职位|职称|头衔',
  },
  description: {
    strong: [
      'descri|\\bmessage\\b|\\bdetails?\\b|\\bcomments?\\b|\\byour (request|question|enquiry|inquiry|issue|problem)|how can we help|what can we (do|help)|(additional|more|further|other) (information|info|details)|explain|anything else|\\bquestion\\b|\\benquiry\\b|\\binquiry\\b|tell us|\\bproblem\\b|\\bissue\\b|\\bnotes?\\b|\\bremarks?\\b',
      'precision|detail|commentaire|autre chose|votre (demande|question|requete|probleme)|expli|informations? (complementaires?|supplementaires?)|\\bremarques?\\b|\\bobservations?\\b|(comment|que) pouvons nous|\\bdemande\\b|\\bprobleme\\b',
      '描述|说明|详情|详细|留言|内容|备注|问题|反馈|补充|意见',
    ],
    ident:
      'descri|\\bmessage|\\bmsg\\b|\\bbody\\b|\\bdetails?\\b|comments?|commentaire|\\bcontent|contenu|enquiry|inquiry|question|remarks?|\\bnotes?\\b|\\btext\\b|\\btexte\\b|\\bdemande\\b|probleme|problem|\\bissue\\b|neirong|liuyan|\\bmemo\\b',
    neg: 'adress|\\brue\\b|street|shipping|livraison|billing|factur|instruction|gift|cadeau|cover letter|lettre de motivation|special request|demandes? particuliere|\\btype\\b(?! (your|a|an|here|in|it|votre|ici)\\b)|categor|\\bmotif|reason|raison|securit|secret|subject|\\bobjet\\b|\\bsujet\\b|\\btitle\\b|\\btitre\\b|\\bsms\\b|地址|类型|原因|主题|标题|密保',
  },
  reason: {
    strong: [
      '\\breason\\b|\\b(issue|request|problem|inquiry|enquiry|case|ticket|support) type\\b|type of (issue|request|problem|inquiry|enquiry|query)|what happened|why do you need|nature of (the |your )?(request|issue|problem)',
      '\\bmotif|\\braison\\b|type de (demande|probleme|requete|souci|incident|sinistre)|nature de (la |votre )?demande|que s est il passe|pourquoi|\\bcause\\b',
      '原因|问题类型|请求类型|申请类型|事件类型|理由',
    ],
    weak: ['\\bcategor|^type$', '\\bcategorie|^type$', '类型|类别|分类'],
    ident:
      '\\b(reason|motif|raison|cause|issue ?type|request ?type|ticket ?type|problem ?type|case ?reason|case ?type|category|categorie|yuanyin)\\b',
    identWeak: '^type$',
  },
  orderNumber: {
    strong: [
      '\\border (number|no|n|id|ref|reference|code|num)\\b|\\border$|^order\\b|transaction (id|number|no|reference)|purchase (id|number|reference)|booking (reference|number|ref)',
      '\\bcommande\\b|numero d achat',
      '订单|交易号|交易编号|购买编号',
    ],
    weak: [
      '\\breference (number|no)\\b|^reference$|^ref$|confirmation number',
      '^reference$|numero de reference|numero de dossier|\\bn de dossier',
      '参考号|编号',
    ],
    ident:
      '\\border ?(number|no|num|id|ref|reference|code)?\\b|orderno|orderid|ordernumber|\\bcommande\\b|transaction ?id|purchase ?id|booking ?ref|dingdan',
    neg: 'track|suivi|colis|parcel|shipment|expedit|coupon|promo|gift|cadeau|voucher|bon d achat|customer|\\bclient|account|compte|invoice|factur|\\bdate\\b|montant|amount|\\btotal|notes?\\b|comment|instruction|快递|物流|运单|优惠|日期|金额',
  },
  activationCode: {
    strong: [
      'activation code|\\bactivation\\b|\\blpa\\b|matching ?id|sm ?dp|\\bqr ?code|esim code|installation code',
      'code d activation|\\bactivation\\b|code qr|\\bqr\\b|adresse sm ?dp|code esim',
      '激活码|二维码|激活',
    ],
    weak: ['confirmation code', 'code de confirmation', '确认码'],
    ident: 'activation|\\blpa\\b|matching ?id|smdp|sm ?dp|qr ?code|\\bqr\\b|jihuoma',
    neg: 'promo|coupon|gift|cadeau|securit|\\bcvv|\\bcvc|verif|captcha|discount|reduc|remise|voucher|parrain|referr|\\bsms\\b|\\botp\\b|one time|postal|\\bzip\\b|\\bdate\\b|\\bjour\\b|e ?mail|courriel|account|compte|licen[cs]e|product key|cle de produit|serial|software|logiciel|日期|优惠|验证|邮编|邮箱',
  },
  imei: {
    strong: ['\\bimei|\\bmeid\\b', '\\bimei', 'imei|串号'],
    ident: 'imei|meid|chuanhao',
  },
  eid: {
    strong: ['\\beid\\b|euicc|embedded (sim|uicc) id', '\\beid\\b|identifiant euicc', 'eid'],
    ident: '\\beid\\b|euicc',
  },
  iccid: {
    strong: [
      'iccid|\\bsim (card )?(number|no|serial|id)\\b|\\bsim serial|\\bicc ?id',
      'iccid|(numero|identifiant) (de )?(la )?(carte )?sim\\b|\\bn de (la )?(carte )?sim\\b|numero de serie (de )?(la )?(carte )?sim',
      'iccid|sim ?卡 ?号|sim卡序列号',
    ],
    weak: ['', '', '卡号(?!码)'],
    ident: 'iccid|\\bsim ?(number|no|serial|card|id)\\b|\\bicc ?id|simnumber|simcard|simno',
    neg: 'credit|debit|\\bbank|banque|gift|cadeau|loyalty|fidelite|member|membre|payment|paiement|\\bpuk\\b|\\bpin\\b|phone|telephon|信用|银行|会员|礼品|支付|手机号',
  },
  deviceModel: {
    strong: [
      '(device|phone|handset|smartphone|mobile|cell ?phone) (model|type)|make (and |& )?model|\\bmodel\\b|\\bhandset\\b|\\b(which|what) (phone|device|handset|smartphone)\\b',
      '\\bmodele\\b|type d appareil|type de (telephone|mobile|terminal)|marque et modele|\\bquel(le)? (telephone|appareil|mobile|smartphone|terminal)',
      '型号|机型|设备类型|什么手机|哪款手机',
    ],
    weak: [
      '^(your |new |current )?(device|smartphone)( used| concerned)?$',
      '^(votre |nouvel |nouveau |l )?(appareil|terminal|smartphone)( utilise| concerne| actuel)?$',
      '^(设备|终端|新设备|使用的设备)$',
    ],
    ident: 'device ?model|phone ?model|\\bmodel\\b|\\bmodele\\b|handset|device ?type|jixing|xinghao',
    identWeak: '^(device|appareil|terminal|handset|smartphone)$',
    neg: 'imei|\\beid\\b|iccid|serial|serie|\\bnumber\\b|numero|operat|carrier|fournisseur|systeme|system|\\bos\\b|version|\\bid\\b|\\bcar\\b|vehicul|voiture|\\bauto\\b|串号|序列号|号码',
  },
  carrier: {
    strong: [
      '\\bcarrier\\b|(mobile|network|cellular|wireless|telecom|phone) (operator|provider|carrier)|\\boperator\\b|\\bservice provider|current provider|mobile network',
      'operateur|fournisseur (de telephonie|mobile|d acces)|\\breseau mobile',
      '运营商|服务商|电信公司',
    ],
    weak: ['^provider$|^network$', '^fournisseur$|^reseau$', '提供商'],
    ident: 'carrier|operator|operateur|\\bprovider\\b|\\bnetwork\\b|\\breseau\\b|yunyingshang',
    neg: 'shipping|livraison|delivery|colis|transport|expedit|courier|parcel|freight|e ?mail|internet|energ|electric|insurance|assurance|\\bbank|banque|payment|paiement|tour|voyage|travel agen|快递|物流|配送|航空',
  },
};

/** A landline or office number is a phone, but the mobile line is the one an eSIM request is about. */
export const LANDLINE =
  /\bfixe\b|landline|\bhome\b|domicile|\bwork\b|bureau|office|professionnel|座机|固定电话|办公/;

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

/** Text that rules a control out whatever else it says. */
export const NEVER_TEXT =
  /captcha|honey ?pot|leave (this )?(field )?(blank|empty)|ne pas (remplir|renseigner|saisir)|laisser (ce champ )?vide|mot de passe|password|passwd|\bpwd\b|^(search|rechercher|recherche)\b|验证码|密码|^搜索/;
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
export const USERNAME =
  /\buser ?name|\busername|\blogin\b|identifiant|\bpseudo|nom d utilisateur|用户名|账号|帐号|登录名/;

// What option lists reveal: "+687", "Nouvelle-Calédonie (+687)"; reasons; phone brands.
export const OPTION_COUNTRY_CODE = /(^|\s)\+ ?\d{1,4}\b|^\d{1,4}$/;
export const OPTION_REASON =
  /\blost\b|stolen|perdu|perte|\bvol\b|vole|丢失|被盗|damag|broken|cass|endommag|损坏|new (phone|device)|nouveau (telephone|mobile|appareil)|changement|换机|更换|deleted|supprim|误删/;
export const OPTION_DEVICE =
  /iphone|galaxy|pixel|huawei|xiaomi|redmi|oppo|vivo|oneplus|motorola|samsung|honor|nokia|sony xperia/;

// Words around a form (headings, legend, button, title, URL) that say what the form is for.
export const FORM_WORDS = {
  support:
    /support|assistance|help ?desk|lost or stolen|perte ou vol|挂失|\bhelp\b|\baide\b|contact|get in touch|\bticket|request|requete|\bdemande|reclamation|complaint|\bsav\b|service client|customer (service|care)|replacement|remplacement|reissue|reemission|duplicata|reedition|\bhc\b|客服|支持|帮助|联系|工单|申请|补卡|补办|换卡|重新签发|投诉|售后|反馈/,
  esim: /\be ?sim\b|\bsim\b|iccid|imei|\beid\b|euicc|\blpa\b|sm ?dp|operateur|forfait|ligne mobile|mobile line|phone line|numero de ligne|mobile (plan|data|network|operator|carrier)|data plan|roaming|itinerance|telecom|sim卡|手机卡|运营商|补卡|换卡|套餐|流量|号卡/,
  login: /\blog ?in\b|sign ?in|connexion|se connecter|identifiez vous|登录|登入/,
  signup:
    /sign ?up|\bregister\b|registration|create (an |your )?account|inscription|s inscrire|creer (un |votre )?compte|注册|创建账户|开户/,
  reset: /forgot|reset|mot de passe oublie|reinitialis|忘记密码|重置密码|找回密码/,
  newsletter: /newsletter|subscribe|\bs abonner|abonnez|lettre d information|mailing list|订阅|邮件订阅/,
  search: /\bsearch\b|rechercher?|搜索|查找/,
  checkout:
    /checkout|payment|paiement|\bpayer\b|pay now|place order|passer (la )?commande|billing|facturation|shipping address|adresse de livraison|结账|支付|付款|收货地址/,
  card: /(?<!sim )card ?(number|no)|credit card|cvv|cvc|\bcsc\b|cryptogramme|security code|expir|mm ?yy|numero de (la )?carte (bancaire|de credit)|carte bancaire|信用卡|银行卡|安全码|有效期/,
  survey:
    /survey|questionnaire|sondage|satisfaction|\brate\b|rating|evaluez|notez|how likely|recommend|\bnps\b|was this (article |page )?helpful|vous a t il aide|满意度|评分|评价|问卷|有帮助/,
  comment:
    /leave a (reply|comment)|post (a )?comment|add a comment|laisser un commentaire|ajouter un commentaire|votre commentaire|post comment|发表评论|评论/,
};

/** Button wording that ends a form (used to find form-like containers in apps without <form>). */
export const SUBMIT_WORDS =
  /send|submit|envoyer|valider|soumettre|continu|\bnext\b|suivant|request|demander|confirm|\bsave\b|enregistrer|create|creer|\bok\b|\bgo\b|search|recherch|subscribe|abonner|\bsign|log ?in|connexion|register|inscri|\bpay|order|commander|contact|apply|提交|发送|确认|下一步|继续|注册|登录|搜索|订阅|保存|申请|完成/;
