import { Fragment } from 'react';
import { splitIsolates } from '../model/isolate-text';

/**
 * A sentence whose dataset parts were marked by `isolateText`: each marked part in its own `<bdi>`, so that its
 * direction cannot reorder the words around it; the marks themselves are not rendered.
 */
export function IsolatedText({ text }: { text: string }) {
  const parts = splitIsolates(text);
  if (parts.length === 1 && parts[0]?.isolated === false) return <>{text}</>;
  // The parts of one sentence never reorder, so their places are stable keys.
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{part.isolated ? <bdi>{part.text}</bdi> : part.text}</Fragment>
      ))}
    </>
  );
}
