// Tells the reader when the saved list could not be stored, was repaired, or belongs to a newer version.
import '@/saved/saved-status-notice.css';
import { t } from '@/i18n/locale';
import { useSavedStatus } from '@/saved/use-saved';

export function SavedStatusNotice() {
  const status = useSavedStatus();
  const message =
    status.kind === 'recovered'
      ? t.statusRecovered(status.dropped)
      : status.kind === 'write-failed'
        ? t.statusWriteFailed
        : status.kind === 'newer-version'
          ? t.statusNewerVersion
          : '';
  // The live region stays mounted so screen readers announce the message when it appears.
  return (
    <p className="saved-status" role="status" hidden={!message}>
      {message}
    </p>
  );
}
