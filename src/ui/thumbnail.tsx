// A lazy list thumbnail in a fixed-ratio box: a placeholder while it loads, a quiet blank if it fails.
import { useState } from 'react';

export function Thumbnail({ src }: { src: string | null }) {
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  if (!src) return null;
  return (
    <span className="thumb" data-state={state}>
      {state !== 'failed' && (
        <img
          src={src}
          alt=""
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          onLoad={() => setState('loaded')}
          onError={() => setState('failed')}
        />
      )}
    </span>
  );
}
