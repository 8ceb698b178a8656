import { useEffect, useState, type ReactNode } from 'react';

/**
 * Shrinks its content (never enlarges it) to the height it is given. Charts keep their own layout and are scaled as
 * a picture, so a tall sector chart still fits its slide, on screen and on paper alike.
 */
export function FitToHeight({ children }: { children: ReactNode }) {
  const [outer, setOuter] = useState<HTMLDivElement | null>(null);
  const [inner, setInner] = useState<HTMLDivElement | null>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    if (outer === null || inner === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      const available = outer.clientHeight;
      const needed = inner.offsetHeight;
      if (available > 0 && needed > 0) setScale(Math.min(1, available / needed));
    });
    observer.observe(outer);
    observer.observe(inner);
    return () => observer.disconnect();
  }, [outer, inner]);
  return (
    <div ref={setOuter} className="fit-to-height">
      <div ref={setInner} className="fit-to-height__content" style={{ transform: `scale(${scale})` }}>
        {children}
      </div>
    </div>
  );
}
