// A polite status in the header bar while the browser is offline: saved articles still open, other pages may not.
import '@/offline/offline-notice.css';
import { t } from '@/i18n/locale';
import { useOnline } from '@/offline/use-online';

export function OfflineNotice() {
  const online = useOnline();
  // The live region stays mounted so the change is announced; the bar only has room for one word, the rest is for
  // screen readers and the tooltip.
  return (
    <p className="offline-notice" role="status" title={online ? undefined : t.offlineDetail}>
      {!online && (
        <>
          {t.offline}
          <span className="visually-hidden">: {t.offlineDetail}</span>
        </>
      )}
    </p>
  );
}
