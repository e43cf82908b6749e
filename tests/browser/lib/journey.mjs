// A journey is one person's way through the portal, told as steps. Each step and each
// accessibility check is its own subtest, so the report says exactly where it went wrong:
//
//   - a step that fails stops the journey (the later steps are reported as skipped), with a
//     screenshot in tests/browser/output/;
//   - an accessibility check, or a `check` that only looks at the page, that fails is reported,
//     with a screenshot, but the journey goes on, so one run lists every problem it can reach.

import { checkAccessibility } from './axe.mjs';
import { saveScreenshot } from './browser.mjs';

/**
 * `t` is the node:test context of the journey; `page()` returns the page in use now; `name`
 * prefixes the screenshots ("accounts-phone").
 */
export function journey(t, { page, name }) {
  let stoppedAt = null;
  let shots = 0;

  async function screenshot(label) {
    shots += 1;
    const path = await saveScreenshot(page(), `${name}-${String(shots).padStart(2, '0')}-${label}`);
    if (path) t.diagnostic(`screenshot: ${path}`);
    return path;
  }

  /** Runs `fn` as a subtest named `label`, skipped once the journey has stopped; a failure
   * takes a screenshot and, if `stops`, stops the journey. */
  async function run(label, fn, stops) {
    if (stoppedAt) {
      await t.test(label, { skip: `an earlier step failed: ${stoppedAt}` }, () => {});
      return;
    }
    await t.test(label, async () => {
      try {
        await fn();
      } catch (error) {
        if (stops) stoppedAt = label;
        await screenshot(label);
        throw error;
      }
    });
  }

  return {
    /** One step of the journey: if it fails, the steps after it are skipped. */
    step: (label, fn) => run(label, fn, true),

    /** A check that only looks at the page: if it fails, the journey goes on. */
    check: (label, fn) => run(label, fn, false),

    /** Checks the page as it is now with axe (WCAG 2.2 AA); `label` names the page. The
     * journey goes on if it fails. */
    accessible: (label) =>
      run(`accessibility: ${label}`, () => checkAccessibility(page(), `${label} (${name})`), false),

    /** A full-page screenshot of the page as it is now, kept in tests/browser/output/ (to look
     * at, e.g. a new page's layout); answers its path, or null if it could not be taken. */
    screenshot: (label) => screenshot(label),

    get stopped() {
      return stoppedAt !== null;
    },
  };
}
