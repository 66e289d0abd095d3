// The reader's typography choices (text size step, line width, typeface, hide read) and the CSS they become.
import { type StorageLike, storedValue } from '@/comfort/stored-value';

export const SETTINGS_KEY = 'kanbao:reading-settings:v1';

/** Text sizes in rem, smallest first; a setting stores the step, so the list can be retuned. */
export const FONT_SIZES = [0.875, 0.9375, 1, 1.0625, 1.125, 1.25, 1.375, 1.5] as const;
export const LINE_WIDTHS = { narrow: '32em', medium: '38em', wide: '48em' } as const;
export type LineWidth = keyof typeof LINE_WIDTHS;
export type Typeface = 'sans' | 'serif';

export interface ReadingSettings {
  fontStep: number;
  lineWidth: LineWidth;
  typeface: Typeface;
  hideRead: boolean;
}

export const DEFAULT_SETTINGS: ReadingSettings = { fontStep: 3, lineWidth: 'medium', typeface: 'sans', hideRead: false };

function field(value: unknown, accepts: (v: unknown) => boolean, fallback: unknown): unknown {
  return accepts(value) ? value : fallback;
}

/** Each field is checked on its own, so one bad field (or a newer version's extra ones) costs only that field. */
export function parseSettings(raw: string | null): ReadingSettings {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>;
  } catch {
    // unreadable: defaults
  }
  const d = DEFAULT_SETTINGS;
  return {
    fontStep: field(data.fontStep, (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < FONT_SIZES.length, d.fontStep) as number,
    lineWidth: field(data.lineWidth, (v) => typeof v === 'string' && Object.hasOwn(LINE_WIDTHS, v), d.lineWidth) as LineWidth,
    typeface: field(data.typeface, (v) => v === 'sans' || v === 'serif', d.typeface) as Typeface,
    hideRead: field(data.hideRead, (v) => typeof v === 'boolean', d.hideRead) as boolean,
  };
}

export function createSettingsStore(storage?: () => StorageLike | null) {
  const value = storedValue(SETTINGS_KEY, parseSettings, (s) => JSON.stringify(s), storage);
  return {
    subscribe: value.subscribe,
    get: value.get,
    update(change: Partial<ReadingSettings>): void {
      value.set(parseSettings(JSON.stringify({ ...value.get(), ...change })));
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

export const settingsStore: SettingsStore = createSettingsStore();

/** The custom properties the article page's stylesheet reads (comfort.css). */
export function readingStyle(settings: ReadingSettings): Record<string, string> {
  return {
    '--reading-size': `${FONT_SIZES[settings.fontStep] ?? FONT_SIZES[DEFAULT_SETTINGS.fontStep]}rem`,
    '--reading-measure': LINE_WIDTHS[settings.lineWidth],
    '--reading-font': settings.typeface === 'serif' ? 'var(--font-serif)' : 'var(--font-sans)',
  };
}
