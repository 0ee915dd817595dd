// The floor the bench compares ReSIM with: the least an extension can do to fill the heavy page's
// form. A content script declared for the same URL, by default at the manifest's default run_at
// (document_idle, as ReSIM's; `npm run bench -- --floor-run-at document_end` for the earliest the
// form exists), reads the same profile from its own storage.local and writes each
// field by a fixed selector, with the input and change events a page's scripts listen to. No
// background, no detection, no formatting library: the formatting this one form needs is inlined.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEAVY_PAGE_URL } from './heavy-page.mjs';

const CONTENT_SCRIPT = `(() => {
  const byId = (id) => document.getElementById(id);
  const write = (el, value) => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  chrome.storage.local.get('profile').then(({ profile: p }) => {
    if (!p) return;
    const digits = (text) => text.replace(/\\D/g, '');
    write(byId('edit-prenom'), p.givenName);
    write(byId('edit-nom'), p.familyName);
    write(byId('edit-mobile-indicatif'), '+687');
    write(byId('edit-mobile-numero'), digits(p.phone).replace(/^687/, ''));
    write(byId('edit-courriel'), p.email);
    write(byId('edit-courriel-confirmation'), p.email);
    const model = byId('edit-modele');
    const option = [...model.options].find((o) => o.text.trim() === p.deviceModel);
    if (option) write(model, option.value);
    write(byId('edit-eid'), digits(p.eid));
    write(byId('edit-imei'), digits(p.imei));
    const reason = byId('edit-motif-perte');
    reason.checked = true;
    reason.dispatchEvent(new Event('input', { bubbles: true }));
    reason.dispatchEvent(new Event('change', { bubbles: true }));
    write(byId('edit-precisions'), 'Motif : perte ou vol. ' + p.notes);
  });
})();
`;

/** Chromium's id for an unpacked extension with this manifest key: sha256 of the key, a–p for 0–f. */
const extensionIdOf = (publicKeyDer) =>
  [...createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
    .join('');

/**
 * Writes the floor extension into `dir` and returns its id. The manifest carries a key so the id is
 * known before launch; `setup.html` is a blank extension page the bench opens to write storage.
 */
export function writeFloorExtension(dir, { runAt = 'document_idle' } = {}) {
  mkdirSync(dir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const { origin, pathname } = new URL(HEAVY_PAGE_URL);
  const manifest = {
    manifest_version: 3,
    name: 'ReSIM bench floor',
    version: '1.0.0',
    key: der.toString('base64'),
    permissions: ['storage'],
    content_scripts: [{ matches: [`${origin}${pathname}*`], js: ['content.js'], run_at: runAt }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), CONTENT_SCRIPT);
  writeFileSync(join(dir, 'setup.html'), '<!DOCTYPE html><title>floor setup</title>');
  return extensionIdOf(der);
}
