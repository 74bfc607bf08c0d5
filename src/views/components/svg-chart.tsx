// Issue 10: charts drawn on the server as SVG (no script). A chart is hidden from screen readers and
// always shown beside a table of the same values, which is what they read (the dashboard's rule).
// Values are percentages (0–100) or plain numbers scaled to the largest; a missing value has no bar.

export interface ChartItem {
  label: string;
  value: number | null;
  /** Drawn in the "missed" colour (below its goal). */
  missed?: boolean;
}

/** Vertical bars (months along the bottom), with an optional goal line. */
export function ColumnChart({
  items,
  max = 100,
  goal = null,
}: {
  items: ChartItem[];
  max?: number;
  goal?: number | null;
}) {
  const barW = 28;
  const gap = 8;
  const h = 160;
  const top = 10;
  const bottom = 22;
  const width = Math.max(1, items.length) * (barW + gap) + gap;
  const y = (v: number) => top + h - (Math.min(v, max) / (max || 1)) * h;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={width}
      height={top + h + bottom}
      viewBox={`0 0 ${width} ${top + h + bottom}`}
    >
      <line class="chart-axis" x1={0} y1={top + h} x2={width} y2={top + h} />
      {items.map((it, i) => {
        const x = gap + i * (barW + gap);
        return (
          <g key={it.label}>
            {it.value !== null && (
              <rect
                class={it.missed ? 'chart-bar-missed' : 'chart-bar'}
                x={x}
                y={y(it.value)}
                width={barW}
                height={top + h - y(it.value)}
              />
            )}
            <text class="chart-label" x={x + barW / 2} y={top + h + 15} text-anchor="middle">
              {it.label}
            </text>
          </g>
        );
      })}
      {goal !== null && <line class="chart-goal" x1={0} y1={y(goal)} x2={width} y2={y(goal)} />}
    </svg>
  );
}

/** Horizontal bars (one row per item, label on the left), e.g. offices ranked. */
export function BarChart({ items, max = 100 }: { items: ChartItem[]; max?: number }) {
  const rowH = 16;
  const labelW = 70;
  const barMax = 260;
  const height = Math.max(1, items.length) * rowH + 4;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={labelW + barMax + 10}
      height={height}
      viewBox={`0 0 ${labelW + barMax + 10} ${height}`}
    >
      {items.map((it, i) => (
        <g key={`${it.label}-${i}`}>
          <text class="chart-label" x={labelW - 6} y={i * rowH + 12} text-anchor="end">
            {it.label}
          </text>
          {it.value !== null && (
            <rect
              class={it.missed ? 'chart-bar-missed' : 'chart-bar'}
              x={labelW}
              y={i * rowH + 3}
              width={(Math.min(it.value, max) / (max || 1)) * barMax}
              height={rowH - 5}
            />
          )}
        </g>
      ))}
      <line class="chart-axis" x1={labelW} y1={0} x2={labelW} y2={height} />
    </svg>
  );
}
