// Test helpers: a page body in the happy-dom document, and a lookup that fails loudly.

export function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

export const $ = <T extends Element = HTMLInputElement>(selector: string, root: ParentNode = document): T => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};
