// Test helpers: build a page in the happy-dom document and read what detection made of it.
import { type DetectOptions, detectForms } from '../../src/detect/detect';
import type { ControlSignals, FormDetection } from '../../src/detect/types';

const setUrl = (url: string) =>
  (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(url);

/** Replaces the document with `body` (and optional <title>, <html lang>, URL) and detects its forms. */
export function detectHtml(
  body: string,
  page: { title?: string; lang?: string; url?: string } = {},
  options: DetectOptions = { adapters: [] },
): FormDetection[] {
  if (page.url) setUrl(page.url);
  document.documentElement.lang = page.lang ?? '';
  document.title = page.title ?? '';
  document.body.innerHTML = body;
  return detectForms(document, options);
}

/** Field of every named control (name, else id) across all forms: { name: field | null }. */
export function fieldsByName(forms: readonly FormDetection[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const form of forms) {
    for (const c of form.controls) {
      const key = c.element.getAttribute('name') || c.element.id || c.element.tagName.toLowerCase();
      if (!(key in out) || out[key] === null) out[key] = c.field;
    }
  }
  return out;
}

/** A support form about an eSIM (heading and title say so), so every field is allowed. */
export const esimSupportForm = (inner: string) =>
  `<h1>Assistance : demande de remplacement eSIM</h1><form>${inner}<button type="submit">Envoyer</button></form>`;

/** The field the engine gives the control `#x` labelled `label` on an eSIM support form. */
export function fieldForLabel(label: string, control = '<input id="x" name="x">'): string | null {
  const forms = detectHtml(esimSupportForm(`<label for="x">${label}</label>${control}`));
  const x = document.getElementById('x');
  return forms.flatMap((f) => f.controls).find((c) => c.element === x)?.field ?? null;
}

/** A control's signals with nothing said but what `over` says. */
export const makeSignals = (over: Partial<ControlSignals> = {}): ControlSignals => ({
  autocomplete: '',
  type: 'text',
  nameWords: [],
  idWords: [],
  label: '',
  labelSource: '',
  ariaLabel: '',
  placeholder: '',
  title: '',
  hint: '',
  options: [],
  ...over,
});
