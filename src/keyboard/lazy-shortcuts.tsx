// Mounts the keyboard shortcuts from their own chunk once `after` resolves, so the first screen never waits for them.
import { lazy, Suspense, use } from 'react';

const Shortcuts = lazy(async () => ({ default: (await import('@/keyboard/shortcuts')).Shortcuts }));

function WhenReady({ after }: { after: Promise<void> }) {
  use(after);
  return <Shortcuts />;
}

export function LazyShortcuts({ after }: { after: Promise<void> }) {
  return (
    <Suspense fallback={null}>
      <WhenReady after={after} />
    </Suspense>
  );
}
