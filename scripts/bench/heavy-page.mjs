// The heavy carrier page of the bench: OPT-NC's eSIM replacement form (the corpus page
// tests/fixtures/sites/opt-nc/remplacement-esim.html) whose device model is a select of 1,500 phones,
// on a page that also carries 2,500 unrelated controls (a phone shop's filters and a consumption
// simulator), served at a verified carrier URL so ReSIM's content script runs there.
//
// The page watches its own form: a small inline script records performance.now() of every input or
// change event on the fields to fill (`data-bench-field`), so both extensions are timed by the same
// observer, from the page's DOMContentLoaded to the last write of the last field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const HEAVY_PAGE_URL = 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim';
export const UNRELATED_CONTROLS = 2500;
export const DEVICE_OPTIONS = 1500;

/** The profile both extensions read (the corpus's OPT-NC customer, as the popup stores it). */
export const BENCH_PROFILE = {
  givenName: 'Marie-Hélène',
  familyName: 'Wamytan',
  email: 'mh.wamytan@lagoon.nc',
  phone: '+687 75.12.34',
  carrierId: 'opt-nc',
  carrierOtherName: '',
  deviceModel: 'iPhone 15 Pro',
  orderNumber: '',
  activationCode: '',
  imei: '35-417803-685978-9',
  eid: '8904 9032 1234 5123 4512 3456 7890 1235',
  iccid: '8968700123456789018',
  reason: 'lost',
  notes: 'Téléphone volé le 3 mars à Nouméa.',
};

/**
 * The fields to fill: bench name → element id and the value a right fill leaves there (for the
 * select and the radio, the option value / the checked state; the description only has to be written).
 */
export const FIELDS = {
  givenName: { id: 'edit-prenom', value: 'Marie-Hélène' },
  familyName: { id: 'edit-nom', value: 'Wamytan' },
  phoneCountryCode: { id: 'edit-mobile-indicatif', value: '+687' },
  phoneNational: { id: 'edit-mobile-numero', value: '751234' },
  email: { id: 'edit-courriel', value: 'mh.wamytan@lagoon.nc' },
  emailConfirmation: { id: 'edit-courriel-confirmation', value: 'mh.wamytan@lagoon.nc' },
  deviceModel: { id: 'edit-modele', value: 'apple-iphone-15-pro' },
  eid: { id: 'edit-eid', value: '89049032123451234512345678901235' },
  imei: { id: 'edit-imei', value: '354178036859789' },
  reason: { id: 'edit-motif-perte', checked: true },
  description: { id: 'edit-precisions', written: true },
};

const SERIES = {
  Apple: ['iPhone'],
  Samsung: ['Galaxy A', 'Galaxy M', 'Galaxy S', 'Galaxy Z Flip', 'Galaxy Z Fold', 'Galaxy Note'],
  Google: ['Pixel'],
  Xiaomi: ['Redmi Note', 'Redmi', 'Mi', 'Poco X', 'Poco F'],
  Oppo: ['Find X', 'Reno', 'A'],
  Vivo: ['V', 'Y', 'X'],
  Motorola: ['Moto G', 'Edge', 'Razr'],
  OnePlus: ['', 'Nord'],
  Huawei: ['P', 'Mate', 'Nova'],
  Sony: ['Xperia 1', 'Xperia 5', 'Xperia 10'],
  Nokia: ['G', 'X', 'C'],
  Honor: ['Magic', '', 'X'],
  Realme: ['', 'GT', 'C', 'Narzo'],
  Nothing: ['Phone'],
  Fairphone: [''],
  Asus: ['Zenfone', 'ROG Phone'],
  Alcatel: ['', 'Idol'],
  TCL: ['', 'NxtPaper'],
  Crosscall: ['Core-X', 'Stellar-X', 'Action-X'],
  Wiko: ['View', 'Power', 'Y'],
};
const SUFFIXES = ['', ' Plus', ' Pro', ' Pro Max', ' Lite', ' Ultra', ' 5G', ' Mini'];

const slug = (text) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** 1,500 phones (brand, then model), "iPhone 15 Pro" among them once, as a shop's device list has them. */
export function deviceNames(count = DEVICE_OPTIONS) {
  const names = new Set();
  // Recent model numbers first, as a shop lists them.
  for (let number = 16; names.size < count && number > -100; number--) {
    if (number < 1) throw new Error('not enough device names');
    for (const [brand, series] of Object.entries(SERIES)) {
      for (const line of series) {
        for (const suffix of SUFFIXES) {
          const model = `${line} ${number}${suffix}`.trim();
          names.add(brand === 'Apple' ? model : `${brand} ${model}`);
        }
      }
    }
  }
  return [...names].slice(0, count).sort((a, b) => a.localeCompare(b, 'fr'));
}

function deviceSelect() {
  const names = deviceNames();
  if (!names.includes('iPhone 15 Pro')) throw new Error('the device list lost iPhone 15 Pro');
  const options = names.map((name) => {
    const value = slug(name.startsWith('iPhone') ? `Apple ${name}` : name);
    return `<option value="${value}">${escapeHtml(name)}</option>`;
  });
  return `<select id="edit-modele" name="modele_telephone" required data-bench-field="deviceModel">
            <option value="">- Choisir un modèle -</option>
            ${options.join('\n            ')}
          </select>`;
}

const FILTER_GROUPS = ['Marque', 'Couleur', 'Capacité', 'Écran', 'Prix', 'Photo', 'Batterie', 'Réseau'];
const SIMULATOR_PLANS = ['Essentiel', 'Confort', 'Premium', 'Illimité', 'Découverte'];

const SIMULATOR_LINES = 250;
const VUE_PATH = '/themes/custom/opt/js/vue.global.prod.js';
const SIMULATOR_PATH = '/themes/custom/opt/js/simulateur.js';

/**
 * The page's own script, as a carrier page has some: the consumption simulator is a Vue app (the
 * full build, which compiles its template in the page), mounted before DOMContentLoaded by a
 * synchronous script at the end of the body. Its script time is the page's, the same for ReSIM and
 * the floor; the values it renders are kept in data-initial to tell them from a fill.
 */
const SIMULATOR_SCRIPT = `Vue.createApp({
  data: () => ({
    lines: Array.from({ length: ${SIMULATOR_LINES} }, (_, i) => i + 1),
    plans: ${JSON.stringify(SIMULATOR_PLANS)},
  }),
  template: \`<table><tr v-for="n in lines" :key="n">
    <td><label>Forfait ligne {{ n }} <select :name="'sim[' + n + '][forfait]'"><option v-for="plan in plans">{{ plan }}</option></select></label></td>
    <td><label>Go par mois <input type="number" :name="'sim[' + n + '][go]'" min="0" max="500" value="10" data-initial="10"></label></td>
    <td><label>Minutes <input type="number" :name="'sim[' + n + '][min]'" min="0" value="120" data-initial="120"></label></td>
    <td><label>Libellé <input type="text" :name="'sim[' + n + '][libelle]'" :value="'Ligne ' + n" :data-initial="'Ligne ' + n"></label></td>
    <td><label><input type="radio" :name="'sim[' + n + '][roaming]'" value="oui"> Itinérance</label></td>
    <td><label><input type="checkbox" :name="'sim[' + n + '][option]'"> Option voyage</label></td>
  </tr></table>\`,
}).mount('#simulateur-app');
`;

/**
 * 2,500 controls that have nothing to do with the eSIM: 1,000 shop filter checkboxes in the HTML and
 * a consumption simulator of 250 lines of six controls that the page's script renders.
 */
function unrelatedSections() {
  const filters = [];
  let count = 0;
  for (let group = 0; count < 1000; group++) {
    const title = `${FILTER_GROUPS[group % FILTER_GROUPS.length]} ${Math.floor(group / FILTER_GROUPS.length) + 1}`;
    const boxes = [];
    for (let item = 0; item < 25 && count < 1000; item++, count++) {
      boxes.push(
        `<label><input type="checkbox" name="filtre[${group}][]" value="f${count}"> ${escapeHtml(title)} — choix ${item + 1}</label>`,
      );
    }
    filters.push(
      `<fieldset class="filtre"><legend>${escapeHtml(title)}</legend>${boxes.join('')}</fieldset>`,
    );
  }
  count += SIMULATOR_LINES * 6;
  if (count !== UNRELATED_CONTROLS) throw new Error(`generated ${count} unrelated controls`);
  return `
  <section class="boutique" aria-label="Boutique en ligne">
    <h2>Nos téléphones compatibles eSIM</h2>
    <form id="boutique-filtres" action="/boutique" method="get">${filters.join('\n')}</form>
  </section>
  <section class="simulateur" aria-label="Simulateur de consommation">
    <h2>Simulez votre consommation</h2>
    <form id="simulateur" action="/simulateur" method="get"><div id="simulateur-app"></div></form>
  </section>
  <script src="${VUE_PATH}"></script>
  <script src="${SIMULATOR_PATH}"></script>`;
}

/** Records the page's own view of the fill; runs in the page's main world before anything else. */
const OBSERVER = `<script>
(() => {
  const bench = (window.__bench = { writes: {}, firstWrites: {}, total: ${Object.keys(FIELDS).length} });
  let resolveFilled;
  bench.filled = new Promise((resolve) => { resolveFilled = resolve; });
  const record = (event) => {
    const field = event.target && event.target.getAttribute && event.target.getAttribute('data-bench-field');
    if (!field) return;
    const now = performance.now();
    bench.writes[field] = now;
    if (!(field in bench.firstWrites)) {
      bench.firstWrites[field] = now;
      if (Object.keys(bench.firstWrites).length === bench.total) resolveFilled(now);
    }
  };
  addEventListener('input', record, true);
  addEventListener('change', record, true);
})();
</script>`;

/**
 * What the bench serves: URL → { contentType, body } (the page, Vue from node_modules, the
 * simulator). Everything else the page asks for (analytics, style sheets, images) is refused.
 */
export function heavyPageRoutes(root) {
  const { origin } = new URL(HEAVY_PAGE_URL);
  const js = 'text/javascript; charset=utf-8';
  return {
    [HEAVY_PAGE_URL]: { contentType: 'text/html; charset=utf-8', body: heavyPageHtml(root) },
    [`${origin}${VUE_PATH}`]: {
      contentType: js,
      body: readFileSync(join(root, 'node_modules/vue/dist/vue.global.prod.js'), 'utf8'),
    },
    [`${origin}${SIMULATOR_PATH}`]: { contentType: js, body: SIMULATOR_SCRIPT },
  };
}

/** The heavy page's HTML, built from the corpus page (deterministic). */
export function heavyPageHtml(root) {
  let html = readFileSync(join(root, 'tests/fixtures/sites/opt-nc/remplacement-esim.html'), 'utf8');
  const replace = (pattern, replacement) => {
    const next = html.replace(pattern, replacement);
    if (next === html) throw new Error(`heavy page: the corpus page changed (${pattern})`);
    html = next;
  };
  // The corpus's expectations are for its own checker; the bench marks its fields itself.
  html = html.replace(/\sdata-expect(?:-[a-z]+)?(?:="[^"]*")?/g, '');
  replace(/<input type="text" id="edit-modele"[^>]*>/, deviceSelect());
  for (const [field, { id }] of Object.entries(FIELDS)) {
    if (field === 'deviceModel') continue;
    replace(new RegExp(`(<(?:input|select|textarea)[^>]*\\sid="${id}")`), `$1 data-bench-field="${field}"`);
  }
  replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${OBSERVER}`);
  replace('</main>', `${unrelatedSections()}\n  </main>`);
  return html;
}

/** Evaluated in the page once it is filled: what the page saw, and whether each field is right. */
export const READ_PAGE = `(() => {
  const fields = ${JSON.stringify(FIELDS)};
  const nav = performance.getEntriesByType('navigation')[0];
  const wrong = [];
  for (const [field, expected] of Object.entries(fields)) {
    const el = document.getElementById(expected.id);
    if (!el) { wrong.push(field + ': missing'); continue; }
    if ('checked' in expected ? el.checked !== expected.checked
      : 'written' in expected ? !el.value.trim()
      : el.value.replace(field.startsWith('phone') ? /[\\s.\\-]/g : /$^/, '') !== expected.value) {
      wrong.push(field + (el.type === 'radio' ? '' : ': "' + el.value.slice(0, 40) + '"'));
    }
  }
  let unrelatedChanged = 0;
  for (const el of document.querySelectorAll('#boutique-filtres input, #simulateur input, #simulateur select')) {
    const changed = el.type === 'checkbox' || el.type === 'radio' ? el.checked !== el.defaultChecked
      : el.tagName === 'SELECT' ? el.selectedIndex !== 0
      : el.value !== (el.getAttribute('data-initial') ?? el.defaultValue);
    if (changed) unrelatedChanged++;
  }
  const writes = Object.values(window.__bench.writes);
  return {
    domContentLoaded: nav.domContentLoadedEventStart,
    lastWrite: writes.length ? Math.max(...writes) : null,
    written: writes.length,
    wrong,
    unrelatedChanged,
    controls: document.querySelectorAll('input, select, textarea').length,
  };
})()`;
