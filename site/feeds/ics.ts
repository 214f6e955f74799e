/**
 * The 신청 마감일 calendar (RFC 5545) that visitors subscribe to from Google, Apple or Outlook.
 *
 * Choices:
 * - One all-day event per deadline (`DTSTART;VALUE=DATE`). A deadline is a Seoul calendar
 *   day with no closing hour in our data; a timed event would invent one, and a subscriber
 *   outside Korea would see it slide onto a neighbouring day.
 * - Only deadlines that have not passed on `opts.now`'s Seoul day: the 예정 + 모집중 phases
 *   (`deadlineAhead`, kernel/rules/phase.ts). They are recomputed from `now` rather than read
 *   from `program.phase`, so the feed agrees with its own DTSTAMP. A passed deadline is
 *   of no use to act on, and dropping it keeps the subscription small.
 */
import { addDays, TIME_ZONE } from '../../kernel/rules/dates'
import { deadlineAhead } from '../../kernel/rules/phase'
import type { PublicProgram } from '../data/schema'
import { absoluteUrl } from '../../kernel/web/urls'

export type IcsOptions = { siteUrl: string; now: Date }

const CRLF = '\r\n'
const MAX_LINE_OCTETS = 75

export function programsToIcs(programs: PublicProgram[], opts: IcsOptions): string {
  const host = new URL(opts.siteUrl).hostname
  const stamp = utcStamp(opts.now)
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//상생누리//Programs//KO',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('상생누리 신청 마감일')}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...seoulTimeZone(),
    ...programs
      .filter((program) => deadlineAhead(program, opts.now))
      .flatMap((program) => deadlineEvent(program, { host, stamp, siteUrl: opts.siteUrl })),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}

/** Seoul has kept +09:00 without daylight saving since 1988, so one STANDARD block covers it. */
function seoulTimeZone(): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${TIME_ZONE}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0900',
    'TZOFFSETTO:+0900',
    'TZNAME:KST',
    'END:STANDARD',
    'END:VTIMEZONE',
  ]
}

function deadlineEvent(
  program: PublicProgram,
  ctx: { host: string; stamp: string; siteUrl: string },
): string[] {
  const url = absoluteUrl(ctx.siteUrl, program.url)
  const description = [
    `기업명: ${program.company.name}`,
    `신청기간: ${program.applyStart} ~ ${program.applyEnd}`,
    `지원분야: ${program.supportFieldLabel}`,
    `자세히 보기: ${url}`,
  ].join('\n')
  return [
    'BEGIN:VEVENT',
    // Stable across builds so a re-published feed updates the event instead of duplicating it.
    `UID:program-${program.id}-deadline@${ctx.host}`,
    `DTSTAMP:${ctx.stamp}`,
    `DTSTART;VALUE=DATE:${compactDay(program.applyEnd)}`,
    // DTEND is exclusive: the next day makes a single full-day event.
    `DTEND;VALUE=DATE:${compactDay(addDays(program.applyEnd, 1))}`,
    `SUMMARY:${escapeText(`[신청마감] ${program.title}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${url}`,
    ...(program.supportFieldLabel ? [`CATEGORIES:${escapeText(program.supportFieldLabel)}`] : []),
    // A reminder, not an appointment: it must not mark the subscriber busy all day.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]
}

function compactDay(day: string): string {
  return day.replaceAll('-', '')
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')
}

/**
 * TEXT value escaping of RFC 5545 §3.3.11. Control characters other than tab are not allowed
 * in a TEXT value at all, so they are dropped rather than escaped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\x00-\x08\x0B-\x1F\x7F]/g, '')
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n')
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1). Counts UTF-8 bytes, not characters —
 * a Korean syllable is 3 octets — and only breaks between code points, so no multi-byte
 * sequence is ever split across lines. A text escape (`\n`, `\,`) is kept whole too: the RFC
 * allows splitting it, but some lenient readers unfold after unescaping and would garble it.
 * Each continuation line starts with one space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  // Most lines (every date, the UID) are short: no fold, no work.
  if (line.length * 3 <= MAX_LINE_OCTETS) return line
  const pieces: string[] = []
  let start = 0
  let octets = 0
  let i = 0
  while (i < line.length) {
    // One unit: a character (a surrogate pair whole), or an escape (\ and the character after it).
    let codePoint = line.codePointAt(i)!
    let end = i + (codePoint > 0xffff ? 2 : 1)
    let size = utf8Length(codePoint)
    if (codePoint === 0x5c && end < line.length) {
      codePoint = line.codePointAt(end)!
      end += codePoint > 0xffff ? 2 : 1
      size += utf8Length(codePoint)
    }
    if (octets + size > MAX_LINE_OCTETS) {
      pieces.push(line.slice(start, i))
      start = i
      octets = 1 // the space that begins a continuation line
    }
    octets += size
    i = end
  }
  pieces.push(line.slice(start))
  return pieces.join(`${CRLF} `)
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  if (codePoint < 0x10000) return 3
  return 4
}
