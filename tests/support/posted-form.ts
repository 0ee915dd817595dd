import type { Frame, Page } from 'playwright-core';
import type { Served } from './harness';

// Shared by the support-platform suites: what a form would post, and how a person leaves it.

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
