// The accessibility check any end-to-end test can call: axe-core (pinned in
// package.json) run on the page as it is now, for every WCAG 2.1 A and AA rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails when axe finds any WCAG 2.1 A/AA violation on `page`; `label` says
 * which state of the page was checked ("dark mode", "details open"…).
 * axe is injected through the DevTools protocol, so the page's
 * Content-Security-Policy (no inline script) stays as it is.
 */
export async function checkAxe(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(AXE);
  }
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes
      .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`)
      .join('\n')}`);
  }, TAGS);
  assert.deepEqual(violations, [], `axe, ${label}:\n${violations.join('\n')}`);
}
