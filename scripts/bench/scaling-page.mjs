// The generated pages of scripts/bench/scaling.mjs, apart so tests can build them without a browser
// (src/detect/scaling.test.ts counts DOM reads per control on them).
//
// Each page is a carrier's account page: a header search box, many unrelated forms and form-like
// sections (addresses in label-for layouts, table layouts, wrapping labels without a <form>, radio
// and checkbox groups in fieldsets, preference selects in a definition list, hidden inputs, a
// collapsed section), and in the middle one eSIM replacement form (name, e-mail, phone, IMEI, EID,
// ICCID, a 1,500-model device select, a reason select, a message box, a consent box).

export const SAMPLE_DATA = {
  values: {
    fullName: 'Marie Dupont',
    givenName: 'Marie',
    familyName: 'Dupont',
    email: 'marie.dupont@example.com',
    phone: '+687123456',
    phoneCountryCode: '+687',
    phoneNational: '123456',
    imei: '490154203237518',
    eid: '89049032004008882600012345678901',
    iccid: '8968700000000000017',
    deviceModel: 'Model 742',
    orderNumber: 'NC-2024-0042',
    carrier: 'Example Mobile',
  },
  reason: 'lost',
  notes: '',
};

const escapeHtml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const options = (labels) =>
  labels.map((label, i) => `<option value="${i}">${escapeHtml(label)}</option>`).join('');
const COUNTRIES = [
  'Choose…',
  'France',
  'New Caledonia',
  'Germany',
  'Spain',
  'Italy',
  'Japan',
  'China',
  'Poland',
  'Brazil',
  'Canada',
  'Australia',
];

// Sections of unrelated controls, each a common layout; `n` is how many controls a section holds.
const SECTIONS = [
  // A delivery address form, <label for> above each box.
  (k) => ({
    n: 8,
    html: `<form id="address-${k}" action="/account/address"><h3>Delivery address ${k}</h3>
${['Street', 'Building', 'City', 'Postcode', 'Region', 'Door code'].map((l, i) => `<div class="row"><label for="addr-${k}-${i}">${l}</label><input id="addr-${k}-${i}" name="address[${k}][f${i}]" type="text"></div>`).join('\n')}
<label for="country-${k}">Country</label><select id="country-${k}" name="country-${k}">${options(COUNTRIES)}</select>
<input type="hidden" name="token-${k}" value="t${k}">
<button type="submit">Save address</button></form>`,
  }),
  // An old table layout: the label in the cell to the left.
  (k) => ({
    n: 6,
    html: `<form name="billing${k}" action="/account/billing"><table>
${['Company', 'VAT number', 'Billing city', 'Billing postcode', 'Cost centre', 'Purchase order'].map((l, i) => `<tr><td>${l}</td><td><input name="bill${k}_${i}" type="text"></td></tr>`).join('\n')}
</table><input type="submit" value="Update billing"></form>`,
  }),
  // An app without <form>: wrapping labels and a save button.
  (k) => ({
    n: 5,
    html: `<div class="settings" data-k="${k}"><h3>Notification settings ${k}</h3>
${['Quiet hours from', 'Quiet hours to', 'Digest day', 'Time zone'].map((l, i) => `<label>${l} <input type="text" name="pref-${k}-${i}"></label>`).join('\n')}
<label><input type="checkbox" name="digest-${k}"> Weekly digest</label>
<button type="button">Save settings</button></div>`,
  }),
  // Radio and checkbox groups in a fieldset.
  (k) => ({
    n: 7,
    html: `<form action="/account/plan"><fieldset><legend>Plan options ${k}</legend>
${['Small', 'Medium', 'Large'].map((l, i) => `<label><input type="radio" name="plan-${k}" value="${i}"> ${l}</label>`).join('\n')}
${['Roaming', 'Voicemail', 'Caller ID', 'Data cap'].map((l, i) => `<label><input type="checkbox" name="opt-${k}-${i}"> ${l}</label>`).join('\n')}
</fieldset><button>Change plan</button></form>`,
  }),
  // Preference selects in a definition list, and a collapsed section.
  (k) => ({
    n: 4,
    html: `<form action="/account/preferences"><dl>
${['Language', 'Currency', 'Invoice format'].map((l, i) => `<dt>${l}</dt><dd><select name="sel-${k}-${i}">${options(['Choose…', 'One', 'Two', 'Three', 'Four', 'Five'])}</select></dd>`).join('\n')}
</dl><div style="display:none"><label>Referral code <input name="ref-${k}"></label></div><button>Save preferences</button></form>`,
  }),
];
const SECTION_CONTROLS = SECTIONS.reduce((sum, section) => sum + section(0).n, 0);

/** The eSIM replacement form (12 controls), its device select offering `models` models. */
const supportForm = (models) => `<section><h2>Replace your eSIM</h2>
<form id="esim-request" action="/support/esim-replacement" method="post">
<p><label for="r-name">Full name</label><input id="r-name" name="fullname" type="text"></p>
<p><label for="r-email">Email</label><input id="r-email" name="email" type="email"></p>
<p><label for="r-phone">Mobile number</label><input id="r-phone" name="phone" type="tel"></p>
<p><label for="r-imei">IMEI</label><input id="r-imei" name="imei"></p>
<p><label for="r-eid">EID</label><input id="r-eid" name="eid"></p>
<p><label for="r-iccid">ICCID (SIM number)</label><input id="r-iccid" name="iccid"></p>
<p><label for="r-device">Device model</label><select id="r-device" name="device">${options(['Select your device', ...Array.from({ length: models }, (_, i) => `Model ${i + 1}`)])}</select></p>
<p><label for="r-reason">Reason</label><select id="r-reason" name="reason">${options(['Choose a reason', 'Lost or stolen phone', 'Damaged device', 'New device', 'eSIM deleted by mistake', 'Other'])}</select></p>
<p><label for="r-message">Message</label><textarea id="r-message" name="message"></textarea></p>
<p><label><input type="checkbox" name="consent"> I accept the terms</label></p>
<input type="hidden" name="csrf" value="x"><input type="hidden" name="origin" value="web">
<button type="submit">Send request</button></form></section>`;
const SUPPORT_CONTROLS = 12;
const SEARCH = `<header><form role="search" action="/search"><input type="search" name="q" aria-label="Search"><button>Search</button></form></header>`;

/**
 * A page of about `controls` input/select/textarea elements (never fewer than the replacement form
 * and the search box): unrelated sections repeated, the replacement form in the middle. Its device
 * select offers `deviceModels` models (1,500 as on the heavy carrier page; tests that count reads per
 * control take fewer, so the constant part does not hide the growth).
 */
export function scalingPage(controls, { deviceModels = 1500 } = {}) {
  const sections = Math.max(
    0,
    Math.round((controls - SUPPORT_CONTROLS - 1) / (SECTION_CONTROLS / SECTIONS.length)),
  );
  const parts = [];
  for (let i = 0; i < sections; i++) {
    if (i === Math.floor(sections / 2)) parts.push(supportForm(deviceModels));
    parts.push(SECTIONS[i % SECTIONS.length](i).html);
  }
  if (!sections) parts.push(supportForm(deviceModels));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My account – Example Mobile</title>
<style>body{font:14px sans-serif} .row{margin:2px 0} label{margin-right:4px}</style></head>
<body>${SEARCH}<main><h1>My account</h1>
${parts.join('\n')}
</main></body></html>`;
}
