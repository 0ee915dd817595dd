// Test helper (imported by *.test.ts only): loads a platform fixture page into the test's document
// at a given URL and runs its widget scripts, so adapters meet the widgets' real behaviour.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/platforms');

export function loadFixture(file: string, url: string): Document {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(url);
  document.open();
  // Scripts run below, from their files; happy-dom loads no frames.
  document.write(
    html.replace(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>|<iframe\b[^>]*>\s*<\/iframe>/g, ''),
  );
  document.close();
  for (const src of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
    runScript(readFileSync(join(FIXTURES, src[1]!), 'utf8'));
  return document;
}

/** Loads an inline page (negative cases and variants) at a URL. */
export function loadHtml(html: string, url = 'https://example.com/'): Document {
  (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(url);
  document.open();
  document.write(html);
  document.close();
  return document;
}

export function runScript(code: string): void {
  new Function(code)();
}

export const form = (selector = 'form'): HTMLFormElement => {
  const found = document.querySelector<HTMLFormElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

export const named = <T extends Element = HTMLInputElement>(
  name: string,
  scope: ParentNode = document,
): T => {
  const found = Array.from(scope.querySelectorAll('[name]')).find((el) => el.getAttribute('name') === name);
  if (!found) throw new Error(`no control named ${name}`);
  return found as T;
};
