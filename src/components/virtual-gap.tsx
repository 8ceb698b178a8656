import './virtual-gap.css';

/**
 * Empty space standing in for rows of a long list that are not rendered (see useWindowRows). Hidden from
 * assistive technology: the list's aria-rowcount / aria-setsize say how many rows there really are.
 */
export function VirtualGapRow({ size, columns }: { size: number; columns: number }) {
  return (
    <tr className="virtual-gap" aria-hidden="true" style={{ height: size }}>
      <td colSpan={columns} />
    </tr>
  );
}

/** The list-item form of VirtualGapRow, for `<ol>` and `<ul>` lists. */
export function VirtualGapItem({ size }: { size: number }) {
  return <li className="virtual-gap" aria-hidden="true" style={{ height: size }} />;
}
