/** One line of the chart: a name and its (x, y) points. */
export interface Series {
  name: string;
  points: { x: number; y: number }[];
  /** Lines of one group (an operation) share a colour; a dashed line tells one member from another. */
  group?: number;
  dashed?: boolean;
}

export interface ChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly Series[];
  width?: number;
  height?: number;
}

const COLOURS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];
const MARGIN = { top: 40, right: 190, bottom: 50, left: 60 };

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

/** Powers of ten covering [min, max], for log-scale ticks. */
function decades(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let power = Math.floor(Math.log10(min)); power <= Math.ceil(Math.log10(max)); power++) ticks.push(10 ** power);
  return ticks;
}

/**
 * A line chart with both axes on a log scale (data size spans three decades, latency several),
 * as a standalone SVG string: no library, so the bench has no rendering dependency.
 */
export function renderLineChart({ title, xLabel, yLabel, series, width = 760, height = 420 }: ChartOptions): string {
  const points = series.flatMap((line) => line.points).filter((point) => point.x > 0 && point.y > 0);
  const xTicks = decades(Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.x)));
  const yTicks = decades(Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y)));
  const [xMin, xMax] = [Math.log10(xTicks[0]!), Math.log10(xTicks.at(-1)!)];
  const [yMin, yMax] = [Math.log10(yTicks[0]!), Math.log10(yTicks.at(-1)!)];
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const sx = (x: number) => MARGIN.left + ((Math.log10(x) - xMin) / Math.max(xMax - xMin, 1e-9)) * plotW;
  const sy = (y: number) => MARGIN.top + plotH - ((Math.log10(y) - yMin) / Math.max(yMax - yMin, 1e-9)) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2 - MARGIN.right / 2}" y="22" text-anchor="middle" font-size="15">${escapeXml(title)}</text>`,
  ];
  for (const tick of xTicks) {
    parts.push(`<line x1="${sx(tick)}" y1="${MARGIN.top}" x2="${sx(tick)}" y2="${MARGIN.top + plotH}" stroke="#ddd"/>`);
    parts.push(`<text x="${sx(tick)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${tick}×</text>`);
  }
  for (const tick of yTicks) {
    parts.push(
      `<line x1="${MARGIN.left}" y1="${sy(tick)}" x2="${MARGIN.left + plotW}" y2="${sy(tick)}" stroke="#ddd"/>`,
    );
    parts.push(`<text x="${MARGIN.left - 6}" y="${sy(tick) + 4}" text-anchor="end">${tick}</text>`);
  }
  parts.push(
    `<text x="${MARGIN.left + plotW / 2}" y="${height - 12}" text-anchor="middle">${escapeXml(xLabel)}</text>`,
  );
  parts.push(
    `<text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`,
  );
  series.forEach((line, index) => {
    const colour = COLOURS[(line.group ?? index) % COLOURS.length]!;
    const dash = line.dashed ? ' stroke-dasharray="6 4"' : '';
    const valid = line.points.filter((point) => point.x > 0 && point.y > 0);
    const path = valid
      .map((point, i) => `${i === 0 ? 'M' : 'L'}${sx(point.x).toFixed(1)},${sy(point.y).toFixed(1)}`)
      .join(' ');
    parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`);
    for (const point of valid)
      parts.push(`<circle cx="${sx(point.x).toFixed(1)}" cy="${sy(point.y).toFixed(1)}" r="3" fill="${colour}"/>`);
    const legendY = MARGIN.top + 10 + index * 18;
    parts.push(
      `<line x1="${width - MARGIN.right + 15}" y1="${legendY}" x2="${width - MARGIN.right + 35}" y2="${legendY}" stroke="${colour}" stroke-width="2"${dash}/>`,
    );
    parts.push(`<text x="${width - MARGIN.right + 40}" y="${legendY + 4}">${escapeXml(line.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
