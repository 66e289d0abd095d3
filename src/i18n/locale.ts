// Picks the UI language from the browser once at startup and exposes its strings as `t`.
import { en } from '@/i18n/strings-en';
import { zh } from '@/i18n/strings-zh';

export type UiLang = 'zh' | 'en';

/** Chinese for the first zh* preference, English otherwise (CONTRACT.md). */
export function pickLang(languages: readonly string[]): UiLang {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export const uiLang: UiLang = pickLang(browserLanguages());

/** BCP 47 tag for Intl and `<html lang>`. */
export const uiLocale = uiLang === 'zh' ? 'zh-CN' : 'en';

export const t = uiLang === 'zh' ? zh : en;
