// axe-core checks for the e2e suites: the WCAG 2.0/2.1 A and AA rules, plus axe's best practices,
// reported as short readable lines so a failing test says what is wrong and where.
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
const TAGS = [...WCAG_TAGS, 'best-practice'];

export interface Finding {
  rule: string;
  /** WCAG (a failure of the level asked) or a best practice (axe's advice). */
  kind: 'wcag' | 'best-practice';
  impact: string;
  /** Where: one CSS selector per node (shadow roots joined by " >> "). */
  targets: string[];
  /** axe's own words for the first node. */
  summary: string;
}

const kindOf = (result: Result): Finding['kind'] =>
  result.tags.some((tag) => (WCAG_TAGS as readonly string[]).includes(tag)) ? 'wcag' : 'best-practice';

function findings(results: AxeResults): Finding[] {
  return results.violations.map((result) => ({
    rule: result.id,
    kind: kindOf(result),
    impact: result.impact ?? '',
    targets: result.nodes.map((node) => node.target.map(String).join(' >> ')),
    summary: (result.nodes[0]?.failureSummary ?? result.help).replace(/\s+/g, ' ').slice(0, 300),
  }));
}

/** One line per rule, for an assertion's message. */
export const formatFindings = (list: readonly Finding[]): string =>
  list.map((f) => `${f.rule} (${f.kind}, ${f.impact}) at ${f.targets.join(', ')}: ${f.summary}`).join('\n');

/** axe on a Playwright page (optionally only inside `include`), as @axe-core/playwright runs it. */
export async function axeFindings(page: Page, include?: string): Promise<Finding[]> {
  // Legacy mode runs axe in the page itself: the popup and the prompt have no frames to gather, and
  // the default mode opens an extra blank page for each run to merge frames' results.
  const builder = new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true);
  if (include) builder.include(include);
  return findings(await builder.analyze());
}

/** axe-core's script, the very copy @axe-core/playwright injects (its own dependency). */
const axeSource = (): string => {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
  return (fromBuilder('axe-core') as { source: string }).source;
};

/**
 * axe in a document Playwright does not expose as a page (the toolbar popup, reached over CDP):
 * `evaluate` runs an expression there and returns its JSON value.
 */
export async function axeFindingsVia(evaluate: <T>(expression: string) => Promise<T>): Promise<Finding[]> {
  const injected = await evaluate<boolean>('typeof window.axe === "object"');
  if (!injected) await evaluate<unknown>(`${axeSource()}\n;undefined`);
  const options: RunOptions = { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] };
  const results = await evaluate<AxeResults>(
    `axe.run(document, ${JSON.stringify(options)}).then((r) => JSON.parse(JSON.stringify(r)))`,
  );
  return findings(results);
}

interface DomNode {
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
  contentDocument?: DomNode;
}

/**
 * Lets axe, which runs in the page, read the closed shadow roots of the `tag` elements (ReSIM's
 * in-page prompt): the browser hands them to the test over CDP (`DOM.getDocument` with `pierce`), and
 * each host's `shadowRoot` then returns its root in the page's world. Nothing else changes: axe checks
 * the very markup, styles and place the product shows. Returns how many roots were opened.
 */
export async function openClosedShadowRoots(page: Page, tag: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const hosts: DomNode[] = [];
    const walk = (node: DomNode) => {
      if (node.localName === tag && node.shadowRoots?.length) hosts.push(node);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    const resolve = async (backendNodeId: number) =>
      ((await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } }).object
        .objectId;
    for (const host of hosts) {
      const shadow = await resolve(host.shadowRoots![0]!.backendNodeId);
      await cdp.send('Runtime.callFunctionOn', {
        objectId: await resolve(host.backendNodeId),
        functionDeclaration:
          'function (root) { Object.defineProperty(this, "shadowRoot", { configurable: true, get: () => root }); }',
        arguments: [{ objectId: shadow }],
      });
    }
    return hosts.length;
  } finally {
    await cdp.detach();
  }
}
