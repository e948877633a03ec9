import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface VirtualRowsProps {
  /** How many rows in all. */
  count: number;
  /** Fixed row height in px: fixed heights make the visible window a division, not a measurement. */
  rowHeight: number;
  /** Height of the scrolling viewport in px. */
  height: number;
  /** Render row `index`; it is placed absolutely, so give it the full width. */
  renderRow: (index: number) => ComponentChildren;
  /** Rows rendered above and below the viewport, so fast scrolling and Tab find a row. */
  overscan?: number;
  /** Accessible label of the scroll region (it is focusable, so arrow keys and PageDown scroll it). */
  label: string;
}

/**
 * A windowed list: only the rows in view (plus `overscan`) are in the DOM, so 10,000 clients cost
 * as much to render as 30. Rows keep `aria-rowindex` (set by the caller) so assistive technology
 * knows where in the whole list a row sits.
 *
 * @example
 * <VirtualRows count={clients.length} rowHeight={40} height={480} label="Klanten" renderRow={(i) => <Row client={clients[i]} />} />
 */
export function VirtualRows({ count, rowHeight, height, renderRow, overscan = 8, label }: VirtualRowsProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ComponentChildren[] = [];
  for (let index = first; index < last; index++) {
    rows.push(
      <div key={index} class="lg-vrow" style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}>
        {renderRow(index)}
      </div>,
    );
  }
  return (
    // tabIndex on a non-interactive element on purpose: a scroll region must be focusable to scroll by keyboard.
    // biome-ignore lint/a11y/useSemanticElements: rows of a virtualised ARIA table (see ClientTable)
    <div
      class="lg-vlist"
      role="rowgroup"
      aria-label={label}
      tabIndex={0}
      style={{ height: `${height}px` }}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLElement).scrollTop)}
    >
      <div style={{ height: `${count * rowHeight}px`, position: 'relative' }}>{rows}</div>
    </div>
  );
}
