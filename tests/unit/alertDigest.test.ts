/**
 * The weekly program alert as an e-mail, on a hand-built model (no database): strict MJML,
 * Korean and accessible, absolute links, escaping, the one-click opt-out (link and headers) and
 * the plain-text part; and the opt-out token, which is good for alerts only.
 */
import { parse } from 'node-html-parser'
import { describe, expect, test } from 'vitest'
import { createToken, verifyToken } from '../../kernel/rules/tokens'
import { recipientLinks } from '../../newsletter/links'
import { alertSettingsUrl, alertsOptOutUrl, recipientOfToken } from '../../newsletter/alerts/links'
import { alertMessage } from '../../newsletter/alerts/message'
import { renderDigest, type DigestModel } from '../../newsletter/alerts/render'
import { personalise } from '../../newsletter/render/personalise'
import { displayWidth, TEXT_WIDTH } from '../../newsletter/render/plainText'

const SITE = 'https://winwinnuri.example.kr'
const SECRET = 'unit-test-secret'
const HOSTILE = '<script>alert("x")</script> \'따옴표\' & %%UNSUBSCRIBE_URL%%'

const model = (overrides: Partial<DigestModel> = {}): DigestModel => ({
  siteUrl: SITE,
  date: '2026-10-12',
  audience: 'subscriber',
  programs: [
    { title: '2026년 상생 기술지원 프로그램', companyName: '한빛전자', supportFieldLabel: '기술지원', phaseLabel: '모집중', applyStart: '2026-10-01', applyEnd: '2026-10-31', url: `${SITE}/programs/1/` },
    { title: '2026년 4분기 판로지원 프로그램', companyName: '한국상생공사', supportFieldLabel: '판로지원', phaseLabel: '예정', applyStart: '2026-11-03', applyEnd: '2026-11-28', url: `${SITE}/programs/65f0c2a9e4b0a1b2c3d4e5f6/` },
  ],
  ...overrides,
})

const ref = { kind: 'subscriber' as const, id: 42 }
const links = {
  optOutUrl: alertsOptOutUrl(ref, { siteUrl: SITE, secret: SECRET }),
  settingsUrl: alertSettingsUrl(ref, { siteUrl: SITE, secret: SECRET }),
}
const personal = async (m = model()) => personalise(await renderDigest(m), { unsubscribeUrl: links.optOutUrl, preferencesUrl: links.settingsUrl })
const linkByText = (html: string, label: string) => parse(html).querySelectorAll('a').find((a) => a.text.trim() === label)?.getAttribute('href')

describe('the alert e-mail', () => {
  test('compiles at the strict MJML level, and says how many programs, dated in its subject', async () => {
    const digest = await renderDigest(model())
    expect(digest.subject).toBe('[상생누리] 관심 분야 새 프로그램 2건 (2026-10-12)')
    expect(digest.html).toContain('<!doctype html>')
    await expect(renderDigest(model({ programs: [] }))).rejects.toThrow(/프로그램이 없는/)
  })

  test('is Korean, titled, with real headings and nothing that needs alt text but has none', async () => {
    const { html } = await personal()
    const doc = parse(html)
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('ko')
    expect(doc.querySelector('title')?.text).toBe('[상생누리] 관심 분야 새 프로그램 2건 (2026-10-12)')
    expect(doc.querySelectorAll('h1').map((h) => h.text)).toEqual(['관심 분야 새 프로그램 2건'])
    expect(doc.querySelectorAll('h2').map((h) => h.text.trim())).toEqual(['2026년 상생 기술지원 프로그램', '2026년 4분기 판로지원 프로그램'])
    expect(doc.querySelectorAll('img').every((img) => img.hasAttribute('alt'))).toBe(true)
  })

  test('each program: title linked to its page, company, 지원분야, 신청기간, 진행단계', async () => {
    const { html } = await personal()
    const text = parse(html).text
    expect(linkByText(html, '2026년 상생 기술지원 프로그램')).toBe(`${SITE}/programs/1/`)
    expect(linkByText(html, '2026년 4분기 판로지원 프로그램')).toBe(`${SITE}/programs/65f0c2a9e4b0a1b2c3d4e5f6/`)
    for (const part of ['한빛전자', '지원분야 기술지원', '신청기간 2026-10-01 ~ 2026-10-31', '모집중', '한국상생공사', '지원분야 판로지원', '예정']) expect(text).toContain(part)
  })

  test('every link is absolute; the opt-out and settings links are the recipient\'s own', async () => {
    const { html } = await personal()
    const hrefs = parse(html).querySelectorAll('[href]').map((el) => el.getAttribute('href')!)
    expect(hrefs.length).toBeGreaterThan(4)
    for (const url of hrefs) expect(url, url).toMatch(/^https:\/\/winwinnuri\.example\.kr\//)
    expect(linkByText(html, '이 알림 그만 받기')).toBe(links.optOutUrl)
    expect(linkByText(html, '관심 분야 바꾸기 (구독 설정)')).toBe(links.settingsUrl)
    expect(html).not.toContain('%%')
    expect(parse(html).text).toMatch(/월간 웹 소식지 구독에는 영향을 주지 않습니다/)
  })

  test('a member\'s alert sends settings to the member area and says why it came', async () => {
    const member = { kind: 'user' as const, id: 'u1' }
    const settingsUrl = alertSettingsUrl(member, { siteUrl: SITE, secret: SECRET })
    expect(settingsUrl).toBe(`${SITE}/my/profile/`)
    const { html, text } = personalise(await renderDigest(model({ audience: 'member' })), { unsubscribeUrl: links.optOutUrl, preferencesUrl: settingsUrl })
    expect(linkByText(html, '관심 분야 바꾸기 (마이페이지)')).toBe(settingsUrl)
    expect(text).toMatch(/소속 기업이 신청할 수 있는/)
  })

  test('escapes what companies typed, and no typed text can become a personal link', async () => {
    const hostile = model({ programs: [{ ...model().programs[0], title: HOSTILE, companyName: HOSTILE }] })
    const { html, text } = await personal(hostile)
    expect(html).not.toContain('<script>')
    expect(parse(html).querySelector('h2 a')?.text).toBe(HOSTILE)
    expect(html).not.toContain('%%UNSUBSCRIBE_URL%%')
    expect(text).not.toContain('%%UNSUBSCRIBE_URL%%')
    expect(text).toContain('<script>alert("x")</script>')
    expect(text.split(links.optOutUrl)).toHaveLength(2)
  })

  test('has a plain-text part with every program, its link and the opt-out written out', async () => {
    const { text } = await personal()
    expect(text).not.toMatch(/<[a-z]/i)
    for (const part of ['관심 분야 새 프로그램 2건', '[모집중] 2026년 상생 기술지원 프로그램', '지원분야 기술지원', '신청기간 2026-11-03 ~ 2026-11-28', `${SITE}/programs/1/`, `${SITE}/programs/`, `이 알림 그만 받기: ${links.optOutUrl}`]) {
      expect(text).toContain(part)
    }
    for (const line of text.split('\n')) if (!/https?:\/\//.test(line)) expect(displayWidth(line), line).toBeLessThanOrEqual(TEXT_WIDTH)
  })

  test('carries RFC 8058 one-click headers pointing at the alert opt-out, not the newsletter unsubscribe', async () => {
    const message = alertMessage({ digest: await renderDigest(model()), to: 'reader@example.kr', from: { name: '상생누리', address: 'no-reply@winwinnuri.example.kr' }, links, messageId: '<x@y>' })
    const headers = message.headers as Record<string, unknown>
    expect(headers['List-Unsubscribe']).toBe(`<${links.optOutUrl}>`)
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    expect(links.optOutUrl).toMatch(/^https:\/\/winwinnuri\.example\.kr\/api\/alerts\/unsubscribe\?token=/)
    expect(linkByText(String(message.html), '이 알림 그만 받기')).toBe(links.optOutUrl)
  })
})

describe('the opt-out token', () => {
  const tokenOf = (url: string) => new URL(url).searchParams.get('token')!

  test('names the kind of record and its id, and works for alerts only', () => {
    expect(recipientOfToken(tokenOf(links.optOutUrl), SECRET)).toEqual({ kind: 'subscriber', id: '42' })
    const member = alertsOptOutUrl({ kind: 'user', id: '65f0c2a9e4b0a1b2c3d4e5f6' }, { siteUrl: SITE, secret: SECRET })
    expect(recipientOfToken(tokenOf(member), SECRET)).toEqual({ kind: 'user', id: '65f0c2a9e4b0a1b2c3d4e5f6' })
    // An alerts token does not unsubscribe from the newsletter, and a newsletter token does not stop alerts.
    expect(verifyToken(tokenOf(links.optOutUrl), { purpose: 'unsubscribe' }, SECRET)).toEqual({ ok: false, reason: 'purpose' })
    expect(recipientOfToken(tokenOf(recipientLinks(42, { siteUrl: SITE, secret: SECRET }).unsubscribeUrl), SECRET)).toBeNull()
  })

  test('expired, foreign, altered or naming no known kind: refused', () => {
    const later = new Date(Date.now() + 401 * 86_400_000)
    expect(recipientOfToken(tokenOf(links.optOutUrl), SECRET, later)).toBeNull()
    expect(recipientOfToken(tokenOf(links.optOutUrl), 'another-instance')).toBeNull()
    expect(recipientOfToken(`${tokenOf(links.optOutUrl)}x`, SECRET)).toBeNull()
    const soon = new Date(Date.now() + 86_400_000)
    for (const subject of ['42', 'company:3', 'user:', ':5']) {
      expect(recipientOfToken(createToken({ purpose: 'alerts', subject, expiresAt: soon }, SECRET), SECRET), subject).toBeNull()
    }
  })
})
