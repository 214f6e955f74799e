import { number } from '../../kernel/web/format'

/**
 * 등록 프로그램 추이 (단위: 개, 누적) as an inline SVG string, drawn at build time so the page
 * needs no script. It is one image to assistive technology (role="img" with <title>/<desc>);
 * the month-by-month numbers are in the data table the template puts next to it.
 */

export type MonthPoint = { month: string; cumulative: number }
export type ChartOptions = {
  width?: number
  height?: number
  title?: string
  /** Prefix of the <title>/<desc> ids; give each chart on one page its own. */
  id?: string
}

// Everything that carries information is ≥3:1 against the chart's own white background
// (WCAG 1.4.11): line and point #0b57d0 6.4:1, axes and ticks #595959 7.0:1, text #333 12.6:1.
// The grid and the area tint only repeat what the axis labels say.
export const CHART_COLORS = {
  background: '#ffffff',
  line: '#0b57d0',
  area: '#0b57d0',
  axis: '#595959',
  grid: '#e3e3e3',
  text: '#333333',
} as const

const DEFAULT_TITLE = '등록 프로그램 누적 추이'
const MARGIN = { top: 32, right: 32, bottom: 36, left: 56 }
const FONT_SIZE = 12
/** Room one `YYYY-MM` label needs on the x axis. */
const MONTH_LABEL_SPACING = 80

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
}

const round = (value: number) => Math.round(value * 10) / 10

/** The smallest 1-2-2.5-5 step that needs at most five y intervals; whole programs only. */
function yStep(max: number): number {
  if (max <= 0) return 1
  const rough = max / 5
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  // 2.5 only where it stays a whole number (25, 250…).
  const nice = [1, 2, 2.5, 5, 10].find((n) => (n !== 2.5 || magnitude >= 10) && n * magnitude >= rough) ?? 10
  return Math.max(1, Math.round(nice * magnitude))
}

/** Evenly spaced month indexes, always the first and the last, as many as fit. */
export function monthTickIndexes(count: number, maxTicks: number): number[] {
  if (count <= maxTicks) return Array.from({ length: count }, (_, i) => i)
  const step = Math.ceil((count - 1) / (maxTicks - 1))
  const ticks: number[] = []
  for (let i = 0; i < count - 1; i += step) ticks.push(i)
  // The last month is always labelled; drop its neighbour when the two would collide.
  if (count - 1 - ticks[ticks.length - 1] < step / 2) ticks.pop()
  ticks.push(count - 1)
  return ticks
}

function describe(byMonth: readonly MonthPoint[]): string {
  const first = byMonth[0]
  const last = byMonth[byMonth.length - 1]
  const end = `${last.month} ${number(last.cumulative)}개`
  return byMonth.length === 1
    ? `${DEFAULT_TITLE}: ${end}`
    : `${DEFAULT_TITLE}: ${first.month} ${number(first.cumulative)}개에서 ${end}`
}

function frame(id: string, width: number, height: number, title: string, desc: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="cumulative-chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${CHART_COLORS.background}"/>`,
    ...body,
    '</svg>',
  ].join('\n')
}

/**
 * The chart as SVG markup. With no months it is still an SVG (same size, a Korean "no data"
 * message) so the template can place it unconditionally and the layout never jumps.
 */
export function cumulativeChartSvg(byMonth: readonly MonthPoint[], opts: ChartOptions = {}): string {
  const width = opts.width ?? 640
  const height = opts.height ?? 320
  const title = opts.title ?? DEFAULT_TITLE
  const id = (opts.id ?? 'cumulative-chart').replace(/[^A-Za-z0-9_-]/g, '-')
  const text = (x: number, y: number, anchor: 'start' | 'middle' | 'end', content: string, extra = '') =>
    `<text x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" font-size="${FONT_SIZE}" fill="${CHART_COLORS.text}"${extra}>${escapeXml(content)}</text>`

  if (byMonth.length === 0) {
    const empty = '아직 등록된 프로그램이 없습니다.'
    return frame(id, width, height, title, `${DEFAULT_TITLE}: ${empty}`, [text(width / 2, height / 2, 'middle', empty)])
  }

  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: width - MARGIN.left - MARGIN.right,
    height: height - MARGIN.top - MARGIN.bottom,
  }
  const bottom = plot.top + plot.height
  const max = Math.max(...byMonth.map((row) => row.cumulative))
  const step = yStep(max)
  const yMax = Math.max(step, Math.ceil(max / step) * step)
  const x = (i: number) => plot.left + (byMonth.length === 1 ? plot.width / 2 : (i * plot.width) / (byMonth.length - 1))
  const y = (value: number) => bottom - (value / yMax) * plot.height
  const points = byMonth.map((row, i) => `${round(x(i))},${round(y(row.cumulative))}`)

  const body: string[] = [text(plot.left - 8, plot.top - 14, 'start', '단위: 개(누적)')]

  for (let value = 0; value <= yMax; value += step) {
    const at = round(y(value))
    body.push(
      `<line x1="${plot.left}" x2="${plot.left + plot.width}" y1="${at}" y2="${at}" stroke="${CHART_COLORS.grid}" stroke-width="1"/>`,
      `<line x1="${plot.left - 4}" x2="${plot.left}" y1="${at}" y2="${at}" stroke="${CHART_COLORS.axis}" stroke-width="1"/>`,
      text(plot.left - 8, at + FONT_SIZE / 3, 'end', number(value)),
    )
  }

  const maxTicks = Math.max(2, Math.floor(plot.width / MONTH_LABEL_SPACING) + 1)
  for (const i of monthTickIndexes(byMonth.length, maxTicks)) {
    const at = round(x(i))
    body.push(
      `<line x1="${at}" x2="${at}" y1="${bottom}" y2="${bottom + 4}" stroke="${CHART_COLORS.axis}" stroke-width="1"/>`,
      text(at, bottom + 8 + FONT_SIZE, 'middle', byMonth[i].month),
    )
  }

  body.push(
    `<line x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${bottom}" stroke="${CHART_COLORS.axis}" stroke-width="1"/>`,
    `<line x1="${plot.left}" x2="${plot.left + plot.width}" y1="${bottom}" y2="${bottom}" stroke="${CHART_COLORS.axis}" stroke-width="1"/>`,
  )

  const first = points[0].split(',')[0]
  const lastX = points[points.length - 1].split(',')[0]
  body.push(
    `<path class="area" d="M${first},${bottom} L${points.join(' L')} L${lastX},${bottom} Z" fill="${CHART_COLORS.area}" fill-opacity="0.12" stroke="none"/>`,
    `<polyline class="line" points="${points.join(' ')}" fill="none" stroke="${CHART_COLORS.line}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>`,
  )

  const last = byMonth[byMonth.length - 1]
  const [px, py] = points[points.length - 1].split(',').map(Number)
  body.push(
    `<circle class="last-point" cx="${px}" cy="${py}" r="4" fill="${CHART_COLORS.line}"/>`,
    // Right-aligned so the label of the last (rightmost) point stays inside the picture.
    text(px, py - 10, byMonth.length === 1 ? 'middle' : 'end', `${number(last.cumulative)}개`, ' font-weight="bold"'),
  )

  return frame(id, width, height, title, describe(byMonth), body)
}
