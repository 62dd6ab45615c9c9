import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// axe-core checks a page against the WCAG 2.2 A and AA rules it can test automatically (contrast, labels, names,
// landmarks, ARIA). It does not replace trying the pages with a keyboard and a screen reader.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Violation = { id: string; nodes: { target: string[] }[] };

/** axe-core's WCAG 2.2 A and AA findings on the page as it is now, one line each: an empty list is a pass. */
export async function violations(page: Page): Promise<string[]> {
  // A router refresh streams the page's metadata again, and for a moment the document has no title: wait for it (a
  // page that never gets one still fails, on axe's document-title rule).
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 5_000 }).catch(() => undefined);
  await page.addScriptTag({ content: axeSource });
  const { found, passed } = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[]; passes: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return { found: result.violations, passed: result.passes.length };
  });
  // A run that checked nothing would report no violations too.
  expect(passed).toBeGreaterThan(10);
  return found.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
