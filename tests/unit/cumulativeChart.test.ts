import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, test } from 'vitest'
import { CHART_COLORS, cumulativeChartSvg, monthTickIndexes, type MonthPoint } from '../../site/charts/cumulativeChart'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text' })
type Node = Record<string, any>

function parse(svg: string): Node {
  expect(XMLValidator.validate(svg)).toBe(true)
  return parser.parse(svg).svg
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const texts = (svg: Node): string[] => list(svg.text).map((t: Node | string) => String(typeof t === 'object' ? t['#text'] : t))
const points = (svg: Node): [number, number][] =>
  String(svg.polyline.points).split(' ').map((pair) => pair.split(',').map(Number) as [number, number])

function months(start: string, cumulative: number[]): MonthPoint[] {
  const [y, m] = start.split('-').map(Number)
  return cumulative.map((value, i) => {
    const index = y * 12 + (m - 1) + i
    return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, cumulative: value }
  })
}

// 2024-01 … 2026-11: 35 months rising from 12 to 1114.
const SERIES = months('2024-01', Array.from({ length: 35 }, (_, i) => (i === 34 ? 1114 : 12 + i * 31)))

describe('cumulativeChartSvg', () => {
  test('well-formed, accessible SVG: role, <title> and <desc> named by aria-labelledby, scalable', () => {
    const svg = parse(cumulativeChartSvg(SERIES))
    expect(svg.role).toBe('img')
    expect(svg.viewBox).toBe('0 0 640 320')
    expect(svg.width).toBe('100%')
    expect(svg.aria_labelledby ?? svg['aria-labelledby']).toBe(`${svg.title.id} ${svg.desc.id}`)
    expect(svg.title['#text']).toBe('등록 프로그램 누적 추이')
    expect(svg.desc['#text']).toBe('등록 프로그램 누적 추이: 2024-01 12개에서 2026-11 1,114개')
  })

  test('y ticks carry thousands separators; a handful of month ticks, first and last included', () => {
    const labels = texts(parse(cumulativeChartSvg(SERIES)))
    expect(labels).toEqual(expect.arrayContaining(['0', '250', '1,000', '1,250', '2024-01', '2026-11', '1,114개', '단위: 개(누적)']))
    const monthLabels = labels.filter((label) => /^\d{4}-\d{2}$/.test(label))
    expect(monthLabels.length).toBeGreaterThanOrEqual(3)
    expect(monthLabels.length).toBeLessThanOrEqual(8)
  })

  test('one point per month, and the last point is the highest', () => {
    const svg = parse(cumulativeChartSvg(SERIES))
    const line = points(svg)
    expect(line).toHaveLength(SERIES.length)
    const ys = line.map(([, y]) => y)
    // SVG y grows downwards: the maximum is the smallest y.
    expect(ys.at(-1)).toBe(Math.min(...ys))
    expect([Number(svg.circle.cx), Number(svg.circle.cy)]).toEqual(line.at(-1))
    for (let i = 1; i < line.length; i++) expect(line[i][0]).toBeGreaterThan(line[i - 1][0])
  })

  test('stays inside its viewBox at other sizes', () => {
    const svg = parse(cumulativeChartSvg(SERIES, { width: 360, height: 240 }))
    expect(svg.viewBox).toBe('0 0 360 240')
    for (const [x, y] of points(svg)) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThanOrEqual(360)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(y).toBeLessThanOrEqual(240)
    }
  })

  test('escapes the title and the ids for XML', () => {
    const markup = cumulativeChartSvg(SERIES, { title: '누적 <추이> & "비교"', id: 'a"b<c' })
    const svg = parse(markup)
    expect(markup).toContain('누적 &lt;추이&gt; &amp; &quot;비교&quot;')
    expect(svg.title.id).toBe('a-b-c-title')
  })

  test('one month: a single centred point and a one-point description', () => {
    const svg = parse(cumulativeChartSvg([{ month: '2026-11', cumulative: 3 }]))
    const line = points(svg)
    expect(line).toHaveLength(1)
    // Centred in the plot, whose margins differ left and right.
    expect(line[0][0]).toBeGreaterThan(640 * 0.4)
    expect(line[0][0]).toBeLessThan(640 * 0.6)
    expect(svg.desc['#text']).toBe('등록 프로그램 누적 추이: 2026-11 3개')
    expect(texts(svg)).toEqual(expect.arrayContaining(['2026-11', '3개']))
  })

  test('zero months: still an accessible SVG, saying there is nothing yet', () => {
    const svg = parse(cumulativeChartSvg([]))
    expect(svg.role).toBe('img')
    expect(svg.polyline).toBeUndefined()
    expect(svg.desc['#text']).toContain('아직 등록된 프로그램이 없습니다.')
  })

  test('a flat zero series does not divide by zero', () => {
    const markup = cumulativeChartSvg(months('2026-01', [0, 0]))
    expect(markup).not.toMatch(/NaN|Infinity/)
    parse(markup)
  })
})

describe('colours (WCAG 1.4.11: graphics ≥3:1, text ≥4.5:1 against the chart background)', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (hi + 0.05) / (lo + 0.05)
  }

  test.each([
    ['line', CHART_COLORS.line, 3],
    ['axis', CHART_COLORS.axis, 3],
    ['text', CHART_COLORS.text, 4.5],
  ])('%s', (_, colour, minimum) => {
    expect(contrast(colour, CHART_COLORS.background)).toBeGreaterThanOrEqual(minimum)
  })

  test('the SVG draws with exactly these colours', () => {
    const markup = cumulativeChartSvg(SERIES)
    expect(markup).toContain(`stroke="${CHART_COLORS.line}"`)
    expect(markup).toContain(`fill="${CHART_COLORS.background}"`)
  })
})

describe('monthTickIndexes', () => {
  test('every month when they fit', () => {
    expect(monthTickIndexes(4, 6)).toEqual([0, 1, 2, 3])
  })

  test('evenly spaced, first and last always, never more than asked', () => {
    for (const count of [7, 12, 13, 35, 120]) {
      const ticks = monthTickIndexes(count, 6)
      expect(ticks[0]).toBe(0)
      expect(ticks.at(-1)).toBe(count - 1)
      expect(ticks.length).toBeLessThanOrEqual(6)
      expect(new Set(ticks).size).toBe(ticks.length)
    }
  })
})
