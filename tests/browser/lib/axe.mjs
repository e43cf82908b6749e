// Accessibility checks with axe-core against WCAG 2.2 AA (docs/ARCHITECTURE.md §8: no violations).

import { AxeBuilder } from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is now and throws, with a readable list, if anything violates the
 * WCAG 2.2 AA rules. `label` names the page in the message ("register with errors (phone)").
 * Returns the axe results when there is nothing to report.
 */
export async function checkAccessibility(page, label) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length > 0) {
    const error = new Error(
      `accessibility: ${results.violations.length} axe rule(s) failed on ${label} (${page.url()}):\n` +
        formatViolations(results.violations),
    );
    // For a caller that wants them; not enumerable, so the report shows only the list above.
    Object.defineProperty(error, 'violations', { value: results.violations, enumerable: false });
    throw error;
  }
  return results;
}

/** One block per rule: id, impact, help and the first few elements, with what axe says is wrong. */
export function formatViolations(violations, maxNodes = 5) {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, maxNodes).map((node) => {
        const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ');
        const why = (node.failureSummary || '').replace(/\s*\n\s*/g, ' ').trim();
        return `      - ${target}${why ? `\n        ${why}` : ''}`;
      });
      const more = violation.nodes.length > maxNodes ? [`      … and ${violation.nodes.length - maxNodes} more`] : [];
      return [
        `  * ${violation.id} [${violation.impact}] ${violation.help}`,
        `    ${violation.helpUrl}`,
        ...nodes,
        ...more,
      ].join('\n');
    })
    .join('\n');
}
