import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Axe's own browser build, run in the page. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A/AA and best practice; only violations and "needs review" are collected (see below). */
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  resultTypes: ['violations', 'incomplete'],
};

/** The parts of an axe result read here. */
interface AxeNode {
  target: string[];
  any: Array<{ data?: { contrastRatio?: number } }>;
}
interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}
type AxeWindow = {
  axe?: { run(context: Document, options: unknown): Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }> };
};

/**
 * Serious and critical axe-core violations on the page (WCAG 2.1 A/AA and best practice), one line each.
 * Axe runs in the page itself, as @axe-core/playwright's legacy mode did (the app has no frames to
 * merge results from), but is injected once per document instead of twice per check: a sweep
 * that moves between screens inside the app checks dozens of screens in one document, and sending
 * and compiling axe's half-megabyte source was a third of each check. Only violations and "needs
 * review" results are collected, so axe does not build a selector for every node that passed.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as AxeWindow).axe?.run === 'function');
  if (!loaded) {
    await page.evaluate(AXE_SOURCE);
    await page.evaluate(`axe.configure({ allowedOrigins: ['<same_origin>'] })`);
  }
  const result = await page.evaluate((options) => (window as AxeWindow).axe!.run(document, options), AXE_OPTIONS);
  const lines = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  const unreadable = result.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes)
    .filter((n) => measuredBelow(n.any[0]?.data));
  if (unreadable.length > 0) {
    const where = unreadable.map((n) => `${n.target.join(' ')} ${n.any[0]?.data?.contrastRatio}:1`);
    lines.push(
      `color-contrast (serious, needs review): text below its contrast ratio — ${where.slice(0, 3).join(' | ')}`,
    );
  }
  return lines;
}

/**
 * Axe leaves text it measured in "needs review" when the ratio is exactly 1:1 (red on red) or the text is
 * a single character; with both colours known and the ratio under the one required, it is a failure.
 */
function measuredBelow(data: unknown): boolean {
  const d = data as { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string };
  if (!d?.fgColor || !d.bgColor || typeof d.contrastRatio !== 'number' || !d.expectedContrastRatio) return false;
  return d.contrastRatio < Number.parseFloat(d.expectedContrastRatio);
}
