// The reading settings: text size in steps, line width and typeface, applied at once and remembered.
import {
  DEFAULT_SETTINGS,
  FONT_SIZES,
  type LineWidth,
  type ReadingSettings,
  settingsStore,
  type Typeface,
} from '@/comfort/reading-settings';
import { useReadingSettings } from '@/comfort/use-comfort';
import { t } from '@/i18n/locale';
import { tr } from '@/i18n/strings-reading';
import { ModalDialog } from '@/ui/modal-dialog';

function Choice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: keyof ReadingSettings;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="settings-group">
      <legend>{legend}</legend>
      <div className="segmented">
        {options.map(([option, label]) => (
          <label key={option}>
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const settings = useReadingSettings();
  const step = settings.fontStep;
  const percent = Math.round(((FONT_SIZES[step] ?? 1) / (FONT_SIZES[DEFAULT_SETTINGS.fontStep] ?? 1)) * 100);

  return (
    <ModalDialog title={t.readingSettings} onClose={onClose}>
      <fieldset className="settings-group">
        <legend>{tr.textSize}</legend>
        <div className="stepper">
          <button
            type="button"
            className="button"
            disabled={step <= 0}
            onClick={() => settingsStore.update({ fontStep: step - 1 })}
          >
            <span aria-hidden="true">A−</span>
            <span className="visually-hidden">{tr.smallerText}</span>
          </button>
          <output aria-live="polite">{percent}%</output>
          <button
            type="button"
            className="button"
            disabled={step >= FONT_SIZES.length - 1}
            onClick={() => settingsStore.update({ fontStep: step + 1 })}
          >
            <span aria-hidden="true">A+</span>
            <span className="visually-hidden">{tr.largerText}</span>
          </button>
        </div>
      </fieldset>
      <Choice<LineWidth>
        legend={tr.lineWidth}
        name="lineWidth"
        value={settings.lineWidth}
        options={[
          ['narrow', tr.lineWidthNarrow],
          ['medium', tr.lineWidthMedium],
          ['wide', tr.lineWidthWide],
        ]}
        onChange={(lineWidth) => settingsStore.update({ lineWidth })}
      />
      <Choice<Typeface>
        legend={tr.typeface}
        name="typeface"
        value={settings.typeface}
        options={[
          ['sans', tr.typefaceSans],
          ['serif', tr.typefaceSerif],
        ]}
        onChange={(typeface) => settingsStore.update({ typeface })}
      />
    </ModalDialog>
  );
}
