// Mounts the keyboard shortcuts from their own chunk, fetched after the first render so the first screen never waits.
import { lazy, Suspense } from 'react';

const Shortcuts = lazy(async () => ({ default: (await import('@/keyboard/shortcuts')).Shortcuts }));

export function LazyShortcuts() {
  return (
    <Suspense fallback={null}>
      <Shortcuts />
    </Suspense>
  );
}
