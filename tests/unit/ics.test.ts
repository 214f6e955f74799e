import ICAL from 'ical.js'
import { describe, expect, test } from 'vitest'
import { escapeText, foldLine, programsToIcs } from '../../site/feeds/ics'
import { publicProgram } from '../helpers/publicProgram'

const siteUrl = 'https://winwin.example.kr/'
// 2026-04-15 12:34:56 in Seoul.
const now = new Date('2026-04-15T03:34:56.789Z')

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return { calendar, events: calendar.getAllSubcomponents('vevent') }
}

function text(event: ICAL.Component, name: string): string {
  return String(event.getFirstPropertyValue(name))
}

function octets(line: string): number {
  return Buffer.byteLength(line, 'utf8')
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('programsToIcs calendar', () => {
  test('carries the calendar header and a Seoul VTIMEZONE', () => {
    const { calendar } = parse(programsToIcs([], { siteUrl, now }))
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//상생누리//Programs//KO')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN')
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('상생누리 신청 마감일')
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Seoul')

    const timezone = calendar.getFirstSubcomponent('vtimezone')!
    expect(timezone.getFirstPropertyValue('tzid')).toBe('Asia/Seoul')
    const standard = timezone.getFirstSubcomponent('standard')!
    expect(String(standard.getFirstPropertyValue('tzoffsetfrom'))).toBe('+09:00')
    expect(String(standard.getFirstPropertyValue('tzoffsetto'))).toBe('+09:00')
    expect(standard.getFirstPropertyValue('tzname')).toBe('KST')
    expect(String(standard.getFirstPropertyValue('dtstart'))).toBe('1970-01-01T00:00:00')
  })

  test('uses CRLF for every line break and ends with one', () => {
    const ics = programsToIcs([publicProgram({ title: '줄\n바꿈\r\n제목' })], { siteUrl, now })
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
  })
})

describe('programsToIcs events', () => {
  const programs = [
    publicProgram({ id: 'p1', applyEnd: '2026-04-30' }),
    publicProgram({ id: 'p2', applyStart: '2026-05-01', applyEnd: '2026-12-31', phase: 'upcoming', phaseLabel: '예정' }),
    publicProgram({ id: 'p3', applyEnd: '2026-04-15' }), // closes today: still open all day
    publicProgram({ id: 'p4', applyStart: '2026-03-01', applyEnd: '2026-04-14', phase: 'in-progress', phaseLabel: '진행중' }),
    publicProgram({ id: 'p5', applyStart: '2025-01-01', applyEnd: '2025-01-31', supportEnd: '2025-06-30', phase: 'closed', phaseLabel: '종료' }),
  ]

  test('one event per deadline that has not passed in Seoul', () => {
    const { events } = parse(programsToIcs(programs, { siteUrl, now }))
    expect(events.map((event) => text(event, 'uid'))).toEqual([
      'program-p1-deadline@winwin.example.kr',
      'program-p2-deadline@winwin.example.kr',
      'program-p3-deadline@winwin.example.kr',
    ])
  })

  test('the Seoul day decides, not the UTC day', () => {
    const lastSecond = new Date('2026-04-30T14:59:59Z') // 23:59:59 on 04-30 in Seoul
    const nextDay = new Date('2026-04-30T15:00:00Z') // 00:00 on 05-01 in Seoul
    const deadline = [publicProgram({ applyEnd: '2026-04-30' })]
    expect(parse(programsToIcs(deadline, { siteUrl, now: lastSecond })).events).toHaveLength(1)
    expect(parse(programsToIcs(deadline, { siteUrl, now: nextDay })).events).toHaveLength(0)
  })

  test('UIDs are unique and stable across builds', () => {
    const many = Array.from({ length: 30 }, (_, i) => publicProgram({ id: `p${i}` }))
    const first = parse(programsToIcs(many, { siteUrl, now })).events.map((e) => text(e, 'uid'))
    const later = parse(programsToIcs(many, { siteUrl, now: new Date('2026-04-20T00:00:00Z') }))
      .events.map((e) => text(e, 'uid'))
    expect(new Set(first).size).toBe(30)
    expect(later).toEqual(first)
  })

  test.each([
    ['2026-04-30', '2026-04-30', '2026-05-01'],
    ['2026-12-31', '2026-12-31', '2027-01-01'],
    ['2028-02-28', '2028-02-28', '2028-02-29'],
  ])('deadline %s is an all-day event on that day', (applyEnd, start, end) => {
    const ics = programsToIcs([publicProgram({ applyEnd, supportEnd: '2028-12-31' })], { siteUrl, now })
    const [event] = parse(ics).events
    const dtstart = event.getFirstProperty('dtstart')!
    expect(dtstart.type).toBe('date')
    expect(String(dtstart.getFirstValue())).toBe(start)
    expect(String(event.getFirstPropertyValue('dtend'))).toBe(end)
    expect(ics).toContain(`DTSTART;VALUE=DATE:${start.replaceAll('-', '')}\r\n`)
  })

  test('DTSTAMP is now in UTC', () => {
    const ics = programsToIcs([publicProgram()], { siteUrl, now })
    expect(ics).toContain('DTSTAMP:20260415T033456Z\r\n')
    expect(parse(ics).events[0].getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-04-15T03:34:56Z')
  })

  test('summary, description, absolute URL and category', () => {
    const program = publicProgram({ id: 'p9', url: '/programs/p9/' })
    const [event] = parse(programsToIcs([program], { siteUrl, now })).events
    expect(text(event, 'summary')).toBe('[신청마감] 협력사 스마트공장 구축 지원')
    expect(text(event, 'url')).toBe('https://winwin.example.kr/programs/p9/')
    expect(event.getFirstProperty('categories')!.getValues()).toEqual(['기술지원'])
    expect(text(event, 'description').split('\n')).toEqual([
      '기업명: 한빛전자',
      '신청기간: 2026-04-01 ~ 2026-04-30',
      '지원분야: 기술지원',
      '자세히 보기: https://winwin.example.kr/programs/p9/',
    ])
  })
})

describe('text escaping (RFC 5545 §3.3.11)', () => {
  test('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })

  test('drops control characters a TEXT value may not hold, keeps tab', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td')
  })

  test.each([
    '세미콜론; 쉼표, 역슬래시 \\ 끝',
    '여러 줄\n두 번째 줄\n',
    'C:\\temp\\n은 줄바꿈이 아님',
    ';;,,\\\\',
  ])('round-trips through a parser: %j', (title) => {
    const program = publicProgram({ title, company: { id: 'c1', name: '가나, 다라; 마바\\사' } })
    const [event] = parse(programsToIcs([program], { siteUrl, now })).events
    expect(text(event, 'summary')).toBe(`[신청마감] ${title}`)
    expect(text(event, 'description').split('\n')[0]).toBe('기업명: 가나, 다라; 마바\\사')
  })

  test('CRLF in a title arrives as a single newline', () => {
    const [event] = parse(programsToIcs([publicProgram({ title: '가\r\n나' })], { siteUrl, now })).events
    expect(text(event, 'summary')).toBe('[신청마감] 가\n나')
  })

  test('a comma inside the category does not split it', () => {
    const program = publicProgram({ supportFieldLabel: '교육, 컨설팅' })
    const [event] = parse(programsToIcs([program], { siteUrl, now })).events
    expect(event.getFirstProperty('categories')!.getValues()).toEqual(['교육, 컨설팅'])
  })
})

describe('line folding at 75 octets', () => {
  test('a 75-octet line stays whole, a 76-octet line folds', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
  })

  test('counts a Korean syllable as 3 octets and never splits it', () => {
    // 'SUMMARY:' is 8 octets; 22 syllables bring it to 74, a 23rd would make 77.
    const folded = foldLine(`SUMMARY:${'가'.repeat(23)}`)
    expect(folded).toBe(`SUMMARY:${'가'.repeat(22)}\r\n 가`)
  })

  test('continuation lines count their leading space', () => {
    // 25 syllables fill the first line; after the space only 24 fit (1 + 72), then 11 remain.
    const folded = foldLine('가'.repeat(60)).split('\r\n')
    expect(folded.map(octets)).toEqual([75, 73, 34])
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true)
  })

  test('any mix of ASCII, Hangul, accents, emoji and escapes: lines of at most 75 octets that unfold to the original, no escape or character cut', () => {
    const alphabet = ['a', 'Z', '7', ' ', ':', ';', '가', '힣', '中', 'é', '😀', '🤝🏽', '\\n', '\\,', '\\;', '\\\\']
    let seed = 20261208
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let n = 0; n < 300; n++) {
      const line = Array.from({ length: Math.floor(next() * 120) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
      const folded = foldLine(line)
      const physical = folded.split('\r\n')
      expect(physical.every((piece) => octets(piece) <= 75), line).toBe(true)
      expect(physical.slice(1).every((piece) => piece.startsWith(' ') && piece.length > 1), line).toBe(true)
      expect(physical.map((piece, i) => (i === 0 ? piece : piece.slice(1))).join(''), line).toBe(line)
      for (const piece of physical) {
        expect(/[\uD800-\uDBFF]$/.test(piece), line).toBe(false)
        expect(/(^|[^\\])(\\\\)*\\$/.test(piece), line).toBe(false)
      }
    }
  })

  test('keeps a text escape on one line', () => {
    // 'DESCRIPTION:' is 12 octets; 62 x bring it to 74, so the escape would straddle the fold.
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(62)}\\n다음`)
    expect(folded).toBe(`DESCRIPTION:${'x'.repeat(62)}\r\n \\n다음`)
  })

  const longTitles = [
    '중소기업 협력사를 위한 스마트공장 구축 및 고도화 지원사업 2026년도 하반기 추가 모집 공고 (제조 혁신 바우처 연계, 수도권·충청권 우선 선정)',
    `A${'상생협력'.repeat(40)}`,
    `AB${'동반성장'.repeat(40)}`,
    `${'가'.repeat(50)}😀${'나'.repeat(50)}🤝🏽${'다'.repeat(30)}`,
    `${'é'.repeat(70)}${'한'.repeat(30)}`,
  ]

  test.each(longTitles)('round-trips long title %#', (title) => {
    const ics = programsToIcs([publicProgram({ title })], { siteUrl, now })
    const physical = ics.slice(0, -2).split('\r\n')

    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(0)
    for (const line of physical) {
      expect(octets(line), line).toBeLessThanOrEqual(75)
      expect(line, 'no character split across lines').not.toMatch(LONE_SURROGATE)
    }
    const [event] = parse(ics).events
    expect(text(event, 'summary')).toBe(`[신청마감] ${title}`)
  })

  test('every line of a feed full of Korean is at most 75 octets', () => {
    const programs = Array.from({ length: 20 }, (_, i) =>
      publicProgram({
        id: `p${i}`,
        title: `${'협력사 지원'.repeat(i + 1)};,\\`,
        company: { id: 'c1', name: '한국상생협력공사'.repeat(i + 1) },
        supportFieldLabel: '해외진출지원',
      }),
    )
    const bytes = Buffer.from(programsToIcs(programs, { siteUrl, now }), 'utf8')
    const decoder = new TextDecoder('utf-8', { fatal: true })
    let start = 0
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const line = bytes.subarray(start, i)
        expect(line.length).toBeLessThanOrEqual(75)
        // Each physical line on its own is valid UTF-8: no sequence was cut at a fold.
        expect(() => decoder.decode(line)).not.toThrow()
        start = i + 2
      }
    }
    expect(start).toBe(bytes.length)
  })
})
