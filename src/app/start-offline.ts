// Loaded after the first render: registers the service worker and keeps telling it which articles are saved.
import { trustedWorkerUrl } from '@/app/trusted-worker-url';
import { savedIdsMessage } from '@/offline/saved-ids-message';
import { savedStore } from '@/saved/saved-store';

export function startOffline(): void {
  // Dev builds have no sw.js; a browser without service workers simply has no offline mode.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(trustedWorkerUrl(`${base}sw.js`), { scope: base }).catch(() => undefined);

  // Every tab sends the list it sees after each change (another tab's included): the worker's sync is idempotent.
  // Undefined, not '': the first list is always sent, an empty one included (it may have just been emptied).
  let sent: string | undefined;
  const send = () => {
    const ids = savedStore.getSnapshot().map((item) => item.id);
    const key = ids.join(',');
    if (key === sent) return;
    sent = key;
    navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(savedIdsMessage(ids))).catch(() => undefined);
  };
  savedStore.subscribe(send);
  send();
}
