// The "Save for later" toggle: one accessible name in both states, the state itself carried by aria-pressed.
import '@/saved/save-button.css';
import { t } from '@/i18n/locale';
import { useIsSaved, useSavedStore } from '@/saved/use-saved';
import type { ArticleSummary } from '@/shared/schema';

/** `labelled` shows the name beside the icon (the article page); lists show the icon alone. */
export function SaveButton({ article, labelled = false }: { article: ArticleSummary; labelled?: boolean }) {
  const store = useSavedStore();
  const saved = useIsSaved(article.id);
  const name = t.saveForLater;
  return (
    <button
      type="button"
      className={labelled ? 'save-button button' : 'save-button icon-button'}
      aria-pressed={saved}
      title={labelled ? undefined : name}
      onClick={() => store.toggle(article)}
    >
      <svg className="save-button-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path d="M6.5 3.5h11a1 1 0 0 1 1 1v16l-6.5-4.2-6.5 4.2v-16a1 1 0 0 1 1-1z" />
      </svg>
      <span className={labelled ? undefined : 'visually-hidden'}>{name}</span>
    </button>
  );
}
