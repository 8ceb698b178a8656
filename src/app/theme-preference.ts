export type ThemeChoice = 'system' | 'light' | 'dark';

/** Also read by public/theme-init.js, which applies the theme before first paint. */
const THEME_STORAGE_KEY = 'hled.theme';

function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function readThemeChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    // Storage can be blocked (private modes, strict cookie settings): follow the system.
    return 'system';
  }
}

export function storeThemeChoice(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not remembered when storage is blocked; the choice still applies to this page.
  }
}
