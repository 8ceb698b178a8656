/** A calm placeholder shaped like a page, announced to screen readers by its label. */
export function LoadingSkeleton({ label }: { label: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <div className="skeleton__line skeleton__line--title" aria-hidden="true" />
      <div className="skeleton__line" aria-hidden="true" />
      <div className="skeleton__grid" aria-hidden="true">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="skeleton__card" />
        ))}
      </div>
      <div className="skeleton__block" aria-hidden="true" />
    </div>
  );
}
