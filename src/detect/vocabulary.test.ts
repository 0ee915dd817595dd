import { describe, expect, test } from 'vitest';
import { detectHtml, esimSupportForm, fieldForLabel, fieldsByName } from '../../tests/support/detect';

describe('English labels', () => {
  test('"Country code" beside the phone box is its dial code', () => {
    const box = '<label for="cc">Country code</label><input id="cc" name="cc">';
    const page = esimSupportForm(`${box}<label for="p">Phone</label><input id="p" name="p">`);
    expect(fieldsByName(detectHtml(page))).toMatchObject({ cc: 'phoneCountryCode', p: 'phoneNational' });
  });

  test.each([
    ['First name', 'givenName'],
    ['Given name', 'givenName'],
    ['Last name', 'familyName'],
    ['Surname', 'familyName'],
    ['Full name', 'fullName'],
    ['Your name', 'fullName'],
    ['Contact name', 'fullName'],
    ['Email address *', 'email'],
    ['E-mail', 'email'],
    ['Mobile number', 'phone'],
    ['Phone', 'phone'],
    ['Contact number', 'phone'],
    ['Device model', 'deviceModel'],
    ['Make and model of your phone', 'deviceModel'],
    ['Mobile operator', 'carrier'],
    ['Current carrier', 'carrier'],
    ['Order number', 'orderNumber'],
    ['Order ID', 'orderNumber'],
    ['Transaction ID', 'orderNumber'],
    ['Activation code', 'activationCode'],
    ['LPA string', 'activationCode'],
    ['SM-DP+ address', 'activationCode'],
    ['IMEI number', 'imei'],
    ['EID', 'eid'],
    ['eUICC ID', 'eid'],
    ['ICCID', 'iccid'],
    ['SIM card number', 'iccid'],
    ['Reason for replacement', 'reason'],
    ['Issue type', 'reason'],
    ['Subject', 'subject'],
    ['Description', 'description'],
    ['How can we help?', 'description'],
  ])('%s → %s', (label, field) => {
    expect(fieldForLabel(label)).toBe(field);
  });
});

describe('French labels', () => {
  test.each([
    ['Prénom', 'givenName'],
    ['Nom de famille', 'familyName'],
    ['Nom et prénom', 'fullName'],
    ['Nom complet', 'fullName'],
    ['Nom / Prénom', 'fullName'],
    ['Adresse e-mail', 'email'],
    ['Courriel :', 'email'],
    ['Téléphone portable', 'phone'],
    ['N° de mobile', 'phone'],
    ['GSM', 'phone'],
    ['Numéro de ligne', 'phone'],
    ['Indicatif pays', 'phoneCountryCode'],
    ["Modèle de l'appareil", 'deviceModel'],
    ['Modèle du téléphone', 'deviceModel'],
    ['Opérateur mobile', 'carrier'],
    ['N° de commande', 'orderNumber'],
    ['Référence de commande', 'orderNumber'],
    ["Code d'activation", 'activationCode'],
    ['Code QR', 'activationCode'],
    ['Numéro IMEI', 'imei'],
    ['Identifiant EUICC (EID)', 'eid'],
    ['Numéro de carte SIM', 'iccid'],
    ['Numéro ICCID', 'iccid'],
    ['Motif de la demande', 'reason'],
    ['Type de demande', 'reason'],
    ['Objet', 'subject'],
    ['Précisions', 'description'],
    ['Votre message', 'description'],
  ])('%s → %s', (label, field) => {
    expect(fieldForLabel(label)).toBe(field);
  });
});

describe('Chinese labels', () => {
  test.each([
    ['姓名', 'fullName'],
    ['联系人', 'fullName'],
    ['电子邮箱', 'email'],
    ['邮箱地址', 'email'],
    ['手机号码', 'phone'],
    ['联系电话', 'phone'],
    ['国家代码', 'phoneCountryCode'],
    ['手机型号', 'deviceModel'],
    ['设备型号', 'deviceModel'],
    ['运营商', 'carrier'],
    ['订单号', 'orderNumber'],
    ['订单编号', 'orderNumber'],
    ['激活码', 'activationCode'],
    ['IMEI号', 'imei'],
    ['EID', 'eid'],
    ['SIM卡号（ICCID）', 'iccid'],
    ['申请原因', 'reason'],
    ['问题类型', 'reason'],
    ['主题', 'subject'],
    ['问题描述', 'description'],
  ])('%s → %s', (label, field) => {
    expect(fieldForLabel(label)).toBe(field);
  });
});

describe('negative words rule a field out', () => {
  test.each([
    'Email de secours',
    'Backup email',
    'Company name',
    'Nom de la société',
    '公司名称',
    'Cardholder name',
    'Name on card',
    'Nom du titulaire de la carte',
    'Username',
    "Nom d'utilisateur",
    '用户名',
    'Promo code',
    'Code promo',
    'Gift card code',
    'Security code',
    '优惠码',
    'Verification code',
    '验证码',
    'Card number',
    'Numéro de carte bancaire',
    'Street address',
    'Adresse',
    'City',
    'Ville',
    'Code postal',
    'ZIP code',
    'Tracking number',
    'Numéro de suivi du colis',
    'Shipping carrier',
    'Transporteur',
    'Fax',
    'Date of birth',
    'Customer number',
    'Search',
    'Rechercher',
    '搜索',
  ])('%s → null', (label) => {
    expect(fieldForLabel(label)).toBeNull();
  });

  test('a password box is never a field, whatever its label', () => {
    expect(fieldForLabel('Email', '<input id="x" name="x" type="password">')).toBeNull();
  });

  test('a username box is not an e-mail box, unless it says e-mail or is type=email', () => {
    expect(fieldForLabel('Identifiant', '<input id="x" name="login_email">')).toBeNull();
    expect(fieldForLabel('Username or email', '<input id="x" name="x">')).toBe('email');
    expect(fieldForLabel('Username', '<input id="x" name="x" type="email">')).toBe('email');
  });
});

describe('names, ids and autocomplete', () => {
  test.each([
    ['<input id="x" name="firstName">', 'givenName'],
    ['<input id="x" name="last_name">', 'familyName'],
    ['<input id="x" name="0-1/email">', 'email'],
    ['<input id="x" name="TICKET.subject">', 'subject'],
    ['<input id="x" name="helpdesk_ticket[custom_field][cf_order_reference_922577]">', 'orderNumber'],
    ['<input id="x" name="imeiNumber">', 'imei'],
    ['<input id="x" name="f1" autocomplete="tel">', 'phone'],
    ['<input id="x" name="f1" autocomplete="section-a billing given-name">', 'givenName'],
    ['<input id="x" name="f1" autocomplete="organization">', null],
  ])('%s → %s', (control, field) => {
    expect(fieldForLabel('', control)).toBe(field);
  });

  test('a clear label beats an opaque name', () => {
    expect(fieldForLabel('Numéro de commande', '<input id="x" name="champ1">')).toBe('orderNumber');
    expect(fieldForLabel('IMEI', '<input id="x" name="00N5g00000ABCDe">')).toBe('imei');
    expect(fieldForLabel('EID', '<input id="x" name="request[custom_fields][360012345]">')).toBe('eid');
  });

  test('placeholder shapes speak when nothing else does', () => {
    expect(fieldForLabel('', '<input id="x" name="f" placeholder="jean.dupont@exemple.nc">')).toBe('email');
    expect(fieldForLabel('', '<input id="x" name="f" placeholder="LPA:1$smdp.example.com$CODE">')).toBe(
      'activationCode',
    );
  });
});

describe('framework noise in names', () => {
  test.each([
    ['<input id="x" name="ctl00$ContentPlaceHolder1$txtNom">', 'fullName'],
    ['<input id="x" name="ctl00$MainContent$txtEmail">', 'email'],
    ['<input id="x" name="ctl00$ContentPlaceHolder1$txtTelephone">', 'phone'],
  ])('%s → %s', (control, field) => {
    expect(fieldForLabel('', control)).toBe(field);
  });
});

test('"recommander" is not an order ("commande")', () => {
  expect(fieldForLabel('Recommanderiez-vous Mobilis à un proche ? (0 à 10)')).toBeNull();
});

describe('wording seen on unseen real-site forms', () => {
  test.each([
    ['Numéro de la ligne concernée', 'phone'],
    ['N° de la ligne', 'phone'],
    ['Thème', 'subject'],
    ['主卡号码', 'phone'],
    ['卡号', 'iccid'],
  ])('%s → %s', (label, field) => {
    expect(fieldForLabel(label)).toBe(field);
  });

  test('"anything else" boxes are the message', () => {
    expect(fieldForLabel('Anything else we should know?', '<input id="x" name="x">')).toBe('description');
    expect(fieldForLabel('Autre chose à nous dire ?', '<input id="x" name="x">')).toBe('description');
  });

  test('"Type your answer here" is an invitation, not a request type', () => {
    const box = '<textarea id="x" name="x" placeholder="Type your answer here..."></textarea>';
    expect(fieldForLabel('Tell us a bit about your project', box)).toBe('description');
  });

  test.each([
    'Delivery instructions (optional)',
    'Gift message',
    'Cover letter',
    'Lettre de motivation',
    'Special requests',
  ])('%s is a free-text box, but no message to support', (label) => {
    expect(fieldForLabel(label, '<textarea id="x" name="x"></textarea>')).toBeNull();
  });

  test('Java bean paths in names: `loginUserDTO.name` is a name, not a login', () => {
    expect(fieldForLabel('', '<input id="x" name="loginUserDTO.name" placeholder="请输入姓名">')).toBe(
      'fullName',
    );
    expect(fieldForLabel('', '<input id="x" name="userDTO.email">')).toBe('email');
  });
});

test('an account holder is a person; a card holder is not', () => {
  expect(fieldForLabel("Account holder's full name", '<input id="x" name="acc-holder">')).toBe('fullName');
  expect(fieldForLabel('Card holder name', '<input id="x" name="holder">')).toBeNull();
});

test('"La Poste Mobile" is a carrier, not a phone extension ("poste")', () => {
  expect(fieldForLabel('Numéro de téléphone La Poste Mobile')).toBe('phone');
  expect(fieldForLabel('Poste')).toBeNull();
});
