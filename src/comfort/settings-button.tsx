// The header's "Reading settings" button; the dialog's code loads only when it is first opened.
import { lazy, Suspense, useState } from 'react';
import { t } from '@/i18n/locale';

const SettingsDialog = lazy(async () => ({ default: (await import('@/comfort/settings-dialog')).SettingsDialog }));

export function SettingsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-haspopup="dialog"
        title={t.readingSettings}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true" className="settings-icon">
          Aa
        </span>
        <span className="visually-hidden">{t.readingSettings}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SettingsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
