import { expect, test } from 'vitest'
import { decisionSubject, renderDecisionEmail } from '../../notifications/decisionEmail'
import { statusChoices } from '../../collections/Applications/statusChoices'

const input = {
  programTitle: '2026년 <b>품질</b> 컨설팅', programCompany: '한빛전자', applicantName: '한민수',
  status: 'not-selected' as const, decisionNote: '다음 모집에 다시 신청해 주세요.\n<script>x</script>', siteUrl: 'https://winwinnuri.example.kr/',
}

test('the subject names the program; text and HTML carry the result, the note and the /my/ link', () => {
  const mail = renderDecisionEmail(input)
  expect(mail.subject).toBe(decisionSubject(input.programTitle))
  expect(mail.subject).toBe('[상생누리] 2026년 <b>품질</b> 컨설팅 선정 결과 안내')
  expect(mail.text).toContain('결과: 미선정')
  expect(mail.text).toContain('다음 모집에 다시 신청해 주세요.')
  expect(mail.text).toContain('https://winwinnuri.example.kr/my/')
  expect(mail.html).toContain('href="https://winwinnuri.example.kr/my/"')
  // What a company admin typed is text, never markup.
  expect(mail.html).not.toContain('<script>')
  expect(mail.html).not.toContain('<b>품질')
  expect(mail.html).toContain('&lt;script&gt;')
})

test('without a note the e-mail has no empty note section', () => {
  const mail = renderDecisionEmail({ ...input, status: 'selected', decisionNote: '  ' })
  expect(mail.text).toContain('결과: 선정')
  expect(mail.text).not.toContain('운영기업 안내')
  expect(mail.html).not.toContain('운영기업 안내')
})

test('the status select offers a company admin 선정 and 미선정 besides the current status; others every status', () => {
  const options = ['submitted', 'selected', 'not-selected', 'withdrawn'].map((value) => ({ value, label: value }))
  const values = (user: object | null, status: string) => statusChoices({ options, data: { status }, req: { user } }).map((o) => (typeof o === 'string' ? o : o.value))
  expect(values({ role: 'company-admin' }, 'submitted')).toEqual(['submitted', 'selected', 'not-selected'])
  expect(values({ role: 'company-admin' }, 'selected')).toEqual(['selected', 'not-selected'])
  expect(values({ role: 'platform-admin' }, 'submitted')).toEqual(['submitted', 'selected', 'not-selected', 'withdrawn'])
})
