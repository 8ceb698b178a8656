import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

/** Once a reader has used the keyboard, everything mounts at once: Tab must never skip a chart still waiting. */
let keyboardUsed = false;

const canObserve = () => typeof IntersectionObserver !== 'undefined';

/**
 * Renders `children` once their place comes within `margin` of the viewport (or as soon as the reader presses a
 * key); until then `placeholder`, which should hold the same space. Charts below the fold cost a phone hundreds of
 * milliseconds of main-thread work; this keeps that work out of the first load and does it when it is needed.
 * Where IntersectionObserver is missing (jsdom, old browsers) the children render at once.
 */
export function MountWhenNear({
  children,
  placeholder,
  margin = '0px',
}: {
  children: ReactNode;
  placeholder: ReactNode;
  margin?: string;
}) {
  const [near, setNear] = useState(() => keyboardUsed || !canObserve());
  const place = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (near) return;
    const show = () => startTransition(() => setNear(true));
    const onKey = () => {
      keyboardUsed = true;
      show();
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: `${margin} 0px`,
    });
    if (place.current) observer.observe(place.current);
    window.addEventListener('keydown', onKey);
    return () => {
      observer.disconnect();
      window.removeEventListener('keydown', onKey);
    };
  }, [near, margin]);

  return near ? children : <div ref={place}>{placeholder}</div>;
}
