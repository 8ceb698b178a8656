import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA, as every axe scan of the suite checks it. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * WCAG 2.5.3 Label in Name: a control's accessible name contains its visible text. axe's rule for it is tagged
 * experimental and off by default; it is switched on for every scan.
 */
const LABEL_IN_NAME_RULE = 'label-content-name-mismatch';

export function axeScan(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).withTags(AXE_TAGS).options({ rules: { [LABEL_IN_NAME_RULE]: { enabled: true } } });
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** Whether a scan ran the label-in-name rule (it passes, fails, or finds nothing to check: all mean it ran). */
export function ranLabelInName(results: AxeResults): boolean {
  return [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].some(
    (rule) => rule.id === LABEL_IN_NAME_RULE,
  );
}
