import type { Frame, Page } from 'playwright-core';
import type { Served } from './harness';

// Shared by the support-platform suites: what a form would post, how a person leaves it, and how the
// posted values compare with what the form must post.

export type Entries = Array<[string, string]>;

/** A platform page and its widget scripts (referenced relative to the page), from tests/fixtures/<dir>. */
export function platformRoutes(
  dir: string,
  url: string,
  file: string,
  widgets: readonly string[] = [],
): Served {
  const served: Served = { [url]: { file: `${dir}/${file}` } };
  for (const widget of widgets)
    served[new URL(`widgets/${widget}`, url).href] = { file: `${dir}/widgets/${widget}` };
  return served;
}

/** What the form would post, serialised the way the browser does on submit. */
export const posted = (frame: Page | Frame, selector: string): Promise<Entries> =>
  frame.evaluate((sel) => {
    const form = document.querySelector<HTMLFormElement>(sel);
    if (!form) throw new Error(`no form ${sel}`);
    return [...new FormData(form)].map(([name, value]): [string, string] => [
      name,
      typeof value === 'string' ? value : `[file ${value.name}]`,
    ]);
  }, selector);

/** name → values in posting order (React forms may re-order names; a name's own values keep their order). */
export function byName(
  entries: Entries,
  normalize: Record<string, (value: string) => string> = {},
): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of entries) {
    const fix = normalize[name];
    grouped.set(name, [...(grouped.get(name) ?? []), fix ? fix(value) : value]);
  }
  return grouped;
}

/**
 * Waits until `ready` posts a value, lets late writes settle, then clicks into the first box and
 * tabs on as people do: React-style forms re-render from their state then, wiping any value that
 * was set in the DOM only.
 */
export async function settleLikeAPerson(
  page: Page,
  frame: Page | Frame,
  form: string,
  ready: string,
  settleMs: number,
) {
  await frame
    .waitForFunction(
      ([sel, name]) => {
        const element = document.querySelector<HTMLFormElement>(sel!);
        return !!element && !!new FormData(element).get(name!);
      },
      [form, ready],
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(settleMs);
  await frame
    .locator(`${form} input[type="text"]:visible, ${form} input[type="email"]:visible`)
    .first()
    .focus();
  await page.keyboard.press('Tab');
  await page.waitForTimeout(200);
}

/** Name=value pairs that the page's other forms (search, newsletter, Web-to-Lead) would post. */
export const otherFormsEntries = (frame: Page | Frame, form: string): Promise<string[]> =>
  frame.evaluate((sel) => {
    const main = document.querySelector(sel);
    return Array.from(document.forms)
      .filter((other) => other !== main)
      .flatMap((other) => [...new FormData(other)].map(([k, v]) => `${k}=${typeof v === 'string' ? v : ''}`));
  }, form);

/** Exact posted value, or text that a composed subject/description must contain. */
export type Want = string | { includes: string[] };

export interface PostedVerdict {
  /** Expected names that post the wanted value. */
  right: number;
  total: number;
  /** Expected names posting something else (or nothing). */
  wrong: string[];
  /** Names that were not to change and post something other than the untouched page did. */
  touched: string[];
}

/**
 * What a filled form posts against what it must: every expected name its wanted value (one value),
 * every other name exactly what the same page posted where the extension does not run.
 */
export function judgePosted(
  actual: Entries,
  original: Entries,
  expected: Record<string, Want>,
  normalize: Record<string, (value: string) => string> = {},
): PostedVerdict {
  const now = byName(actual, normalize);
  const before = byName(original, normalize);
  const wrong: string[] = [];
  const touched: string[] = [];
  let right = 0;
  for (const [name, want] of Object.entries(expected)) {
    const values = now.get(name) ?? [];
    const value = values.length === 1 ? values[0]! : undefined;
    const ok =
      value !== undefined &&
      (typeof want === 'string' ? value === want : want.includes.every((part) => value.includes(part)));
    if (ok) right++;
    else if (values.length === 0) wrong.push(`${name}: wanted ${JSON.stringify(want)}, not posted at all`);
    else wrong.push(`${name}: wanted ${JSON.stringify(want)}, posts ${JSON.stringify(values)}`);
  }
  for (const name of new Set([...before.keys(), ...now.keys()])) {
    if (name in expected) continue;
    const was = JSON.stringify(before.get(name) ?? []);
    const is = JSON.stringify(now.get(name) ?? []);
    if (was !== is) touched.push(`${name}: must stay ${was}, posts ${is}`);
  }
  return { right, total: Object.keys(expected).length, wrong, touched };
}
