/**
 * The issue composed once per send (newsletter/send/precomposed.ts): each recipient's message,
 * read back by mailparser, says exactly what nodemailer composing it from issueMessage says —
 * headers, both parts, their links — and an address or link the template cannot carry safely is
 * refused (the sender then composes that message the usual way).
 */
import { simpleParser, type ParsedMail } from 'mailparser'
import nodemailer, { type SendMailOptions } from 'nodemailer'
import type StreamTransport from 'nodemailer/lib/stream-transport'
import { describe, expect, test } from 'vitest'
import { mailDefaults } from '../../kernel/settings/email'
import { issueMessage, type FrozenIssue } from '../../newsletter/send/message'
import { base64Lines, precomposeIssue } from '../../newsletter/send/precomposed'
import { PLACEHOLDERS } from '../../newsletter/render/personalise'

const from = { name: '상생누리 웹 소식지', address: 'news@winwinnuri.kr' }
// Long enough for many base64 lines, with both links in both parts and text that needs escaping.
const paragraph = '<p>협력 중소기업의 기술 경쟁력 강화를 위한 기술 지도 &amp; 시험 장비 지원 — 2026-12-07 마감.</p>\n'
const issue: FrozenIssue = {
  subject: '[상생누리] 2026년 12월호 — 이달의 상생협력 프로그램과 카드뉴스, 파트너 등록 안내',
  html: `<html><body>${paragraph.repeat(300)}<a href="${PLACEHOLDERS.preferencesUrl}">수신 설정</a> · <a href="${PLACEHOLDERS.unsubscribeUrl}">수신 거부</a></body></html>`,
  text: `이달의 소식\n${'협력 중소기업 지원 프로그램 안내\n'.repeat(80)}수신 설정: ${PLACEHOLDERS.preferencesUrl}\n수신 거부: ${PLACEHOLDERS.unsubscribeUrl}\n`,
}
const links = (n: number) => ({
  unsubscribeUrl: `https://winwinnuri.kr/api/subscribers/unsubscribe?token=abc${n}.sig-${n}&x=1`,
  preferencesUrl: `https://winwinnuri.kr/newsletter/preferences/?token=pref${n}.sig`,
})
const recipient = (n: number, to = `reader-${n}@example.kr`) => ({ to, messageId: `<newsletter-7.delivery-${n}@winwinnuri.kr>`, links: links(n) })

/** What a transport with the bulk defaults writes for `mail`, parsed. */
async function written(mail: SendMailOptions): Promise<ParsedMail> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' } as StreamTransport.Options, mailDefaults('bulk', undefined))
  const info = (await transport.sendMail(mail)) as StreamTransport.SentMessageInfo
  return simpleParser(info.message as Buffer)
}
/** Every header line, unfolded (RFC 5322 2.2.3), but Date and the multipart boundary (both differ between any two compositions). */
const headersOf = (mail: ParsedMail) => mail.headerLines.filter(({ key }) => key !== 'date' && key !== 'content-type').map(({ line }) => line.replace(/\r\n(?=[ \t])/g, ''))

describe('a precomposed message reads like one composed for the recipient', () => {
  test('the same headers, parts and links for each of several recipients, and an envelope to the recipient only', async () => {
    const precomposed = await precomposeIssue(issue, from)
    expect(precomposed).not.toBeNull()
    for (const n of [1, 2, 3]) {
      const r = recipient(n)
      const message = precomposed!(r)!
      expect(message.envelope).toEqual({ from: from.address, to: r.to })
      const [ours, composed] = await Promise.all([written(message), written(issueMessage({ issue, from, ...r }))])
      expect(headersOf(ours)).toEqual(headersOf(composed))
      expect(ours.subject).toBe(issue.subject)
      expect(ours.to).toEqual(composed.to)
      expect(ours.messageId).toBe(r.messageId)
      expect(ours.html).toBe(composed.html)
      expect(ours.text).toBe(composed.text)
      expect(ours.html).toContain(`href="${r.links.unsubscribeUrl.replace(/&/g, '&amp;')}"`)
      expect(ours.text).toContain(r.links.preferencesUrl)
      expect(headersOf(ours)).toContain(`List-Unsubscribe: <${r.links.unsubscribeUrl}>`)
      // No other recipient's link.
      expect(ours.html).not.toContain(`abc${n + 1}.`)
    }
  })

  test('base64 lines are cut at 76 characters, as nodemailer cuts them', () => {
    const lines = base64Lines('상생'.repeat(100)).split('\r\n')
    expect(lines.slice(0, -1).every((line) => line.length === 76)).toBe(true)
    expect(Buffer.from(lines.join(''), 'base64').toString('utf8')).toBe('상생'.repeat(100))
  })
})

describe('what the template refuses (the message is then composed the usual way)', () => {
  test.each([
    ['a Korean address', '홍길동@example.kr'],
    ['an address with a space', 'a b@example.kr'],
    ['a header injection', 'x@example.kr\r\nBcc: everyone@example.kr'],
    ['an address in angle brackets', '<x@example.kr>'],
    ['a 10,000-character address', `${'a'.repeat(10_000)}@example.kr`],
  ])('%s', async (_label, to) => {
    const precomposed = await precomposeIssue(issue, from)
    expect(precomposed!(recipient(1, to))).toBeNull()
  })

  test('a link that could end the header line or leave its angle brackets', async () => {
    const precomposed = await precomposeIssue(issue, from)
    expect(precomposed!({ ...recipient(1), links: { ...links(1), unsubscribeUrl: 'https://winwinnuri.kr/u>\r\nBcc: x@example.kr' } })).toBeNull()
    expect(precomposed!({ ...recipient(1), links: { ...links(1), preferencesUrl: 'javascript:alert(1)' } })).toBeNull()
  })
})
