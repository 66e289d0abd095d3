// The category tree's place while its code or the manifest is on the way.
export function TreeSkeleton() {
  return (
    <div className="tree-skeleton" aria-hidden="true">
      {['a', 'b', 'c', 'd', 'e', 'f'].map((k) => (
        <span key={k} className="skeleton-line" />
      ))}
    </div>
  );
}
