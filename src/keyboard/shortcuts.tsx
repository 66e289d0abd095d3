// The reader's keyboard shortcuts: one document listener, and the "?" help dialog that lists them.
import '@/keyboard/keyboard.css';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { tr } from '@/i18n/strings-reading';
import { isShortcutCandidate } from '@/keyboard/key-filter';
import { createKeyMatcher } from '@/keyboard/key-sequence';
import { moveCursor, openCurrent, saveCurrent } from '@/keyboard/list-cursor';
import { ModalDialog } from '@/ui/modal-dialog';

type Command = 'next' | 'previous' | 'open' | 'save' | 'up' | 'home' | 'saved' | 'search' | 'help';

const BINDINGS: Record<string, Command> = {
  j: 'next',
  k: 'previous',
  o: 'open',
  Enter: 'open',
  s: 'save',
  u: 'up',
  'g h': 'home',
  'g s': 'saved',
  '/': 'search',
  '?': 'help',
};

/** What the help dialog lists, in this order; Enter is shown beside o. */
const HELP: [keys: string[], label: keyof typeof tr][] = [
  [['j'], 'shortcutNext'],
  [['k'], 'shortcutPrevious'],
  [['o', 'Enter'], 'shortcutOpen'],
  [['s'], 'shortcutSave'],
  [['u'], 'shortcutUp'],
  [['g h'], 'shortcutHome'],
  [['g s'], 'shortcutSaved'],
  [['/'], 'shortcutSearch'],
  [['?'], 'shortcutHelp'],
];

function Keys({ keys }: { keys: string }) {
  const parts = keys.split(' ');
  return (
    <>
      {parts.map((key, i) => (
        <span key={key}>
          {i > 0 && ` ${tr.shortcutThen} `}
          <kbd>{key}</kbd>
        </span>
      ))}
    </>
  );
}

function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title={tr.keyboardShortcuts} onClose={onClose}>
      <dl className="shortcut-list">
        {HELP.map(([keys, label]) => (
          <div key={label}>
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' / '}
                  <Keys keys={k} />
                </span>
              ))}
            </dt>
            <dd>{tr[label]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{tr.shortcutsNote}</p>
    </ModalDialog>
  );
}

function isInteractive(target: EventTarget | null): boolean {
  return target instanceof Element && Boolean(target.closest('a[href], button, summary, [role="button"], [tabindex]:not(main)'));
}

export function Shortcuts() {
  const navigate = useNavigate();
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    const matcher = createKeyMatcher(BINDINGS);
    // A command returns false when it had nothing to act on, so the key keeps its usual meaning.
    const run: Record<Command, () => boolean | undefined> = {
      next: () => void moveCursor(1),
      previous: () => void moveCursor(-1),
      open: openCurrent,
      save: saveCurrent,
      up: () => {
        if (!document.querySelector('main article')) return false;
        // Back when the list is where the reader came from in this tab, else the newest articles.
        const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
        void (idx > 0 ? navigate(-1) : navigate('/'));
      },
      home: () => void navigate('/'),
      saved: () => void navigate('/saved'),
      search: () => {
        const box = document.querySelector<HTMLElement>('[role="search"] input');
        if (box) box.focus();
        else void navigate('/search');
      },
      help: () => void setHelpOpen(true),
    };

    const onKey = (event: KeyboardEvent) => {
      if (!isShortcutCandidate(event)) return matcher.reset();
      // Open dialogs and the open drawer (which makes main inert) own the keyboard.
      if (document.querySelector('dialog[open], main[inert]')) return matcher.reset();
      // Enter on a link or button already does what it says.
      if (event.key === 'Enter' && isInteractive(event.target)) return matcher.reset();
      const command = matcher.press(event.key, event.timeStamp);
      if (command === 'pending') {
        event.preventDefault();
        return;
      }
      if (command && run[command]() !== false) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate]);

  return helpOpen ? <ShortcutHelp onClose={() => setHelpOpen(false)} /> : null;
}
