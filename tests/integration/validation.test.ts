import type { CollectionSlug } from 'payload'
import { describe, expect, test } from 'vitest'
import { formatBizRegNo } from '../../kernel/rules/bizRegNo'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { as, bizRegNo, programInput } from '../helpers/fixtures'
import { countAll, fieldMessages, HANGUL, refusal } from '../helpers/expectations'
import { useTestPayload } from '../helpers/suite'

/**
 * Bad input is refused with a clear Korean message on the right field, and nothing is stored
 * (SPEC "Rules from the guide that must reject bad input").
 */

const suite = useTestPayload({ world: true })

const today = kstToday()
const hangul = (n: number) => '가'.repeat(n)

/** Creates as `user`, expects a ValidationError whose message on `path` contains `text`, and no new document. */
async function expectInvalid(collection: CollectionSlug, create: () => Promise<unknown>, path: string, text: string) {
  const before = await countAll(suite.payload, collection)
  const error = await refusal(create())
  expect(error.name).toBe('ValidationError')
  expect(error.status).toBe(400)
  const messages = fieldMessages(error, path)
  expect(messages, `messages on ${path}: ${JSON.stringify(error.data)}`).toHaveLength(1)
  expect(messages[0]).toMatch(HANGUL)
  expect(messages[0]).toContain(text)
  for (const message of fieldMessages(error)) expect(message).toMatch(HANGUL)
  expect(await countAll(suite.payload, collection)).toBe(before)
}

describe('programs', () => {
  const createProgram = (overrides: Record<string, unknown>) => () =>
    suite.payload.create({ collection: 'programs', data: { ...programInput(suite.world.businesses.b), ...overrides }, ...as(suite.world.users.adminB) })

  test.each([
    ['applyEnd before applyStart', { applyStart: addDays(today, 5), applyEnd: addDays(today, 4) }, 'applyEnd', '신청기간의 종료일이 시작일보다 빠릅니다'],
    ['supportEnd before supportStart', { supportStart: addDays(today, 30), supportEnd: addDays(today, 29) }, 'supportEnd', '지원기간의 종료일이 시작일보다 빠릅니다'],
    ['impossible day 2018-02-31', { applyStart: '2018-02-31' }, 'applyStart', '존재하지 않는 날짜'],
    ['impossible day 2026-02-30', { applyEnd: '2026-02-30' }, 'applyEnd', '존재하지 않는 날짜'],
    ['impossible day 2026-02-30 as an ISO instant', { supportStart: '2026-02-30T00:00:00.000Z' }, 'supportStart', '존재하지 않는 날짜'],
    ['month 13', { supportEnd: '2027-13-01' }, 'supportEnd', '존재하지 않는 날짜'],
    ['support period already ended at registration', {
      applyStart: addDays(today, -60), applyEnd: addDays(today, -40), supportStart: addDays(today, -30), supportEnd: addDays(today, -1),
    }, 'supportEnd', '이미 종료된 프로그램은 등록할 수 없습니다'],
    ['summary of 201 characters', { summary: hangul(201) }, 'summary', '200자 이내'],
    ['purpose of 201 characters', { purpose: hangul(201) }, 'purpose', '200자 이내'],
    ['title without its period', { title: '상생 기술지원 프로그램' }, 'title', '시기를 명시'],
  ])('%s', async (_, overrides, path, text) => {
    await expectInvalid('programs', createProgram(overrides), path, text)
  })

  test('the length message counts Hangul as a person does: 201 characters, not bytes', async () => {
    const error = await refusal(createProgram({ summary: hangul(201) })())
    expect(fieldMessages(error, 'summary')[0]).toContain('현재 201자')
  })

  test('exactly 200 characters in summary and purpose is accepted', async () => {
    const before = await countAll(suite.payload, 'programs')
    const doc = await createProgram({ summary: hangul(200), purpose: hangul(200) })()
    expect([...(doc as { summary: string }).summary]).toHaveLength(200)
    expect(await countAll(suite.payload, 'programs')).toBe(before + 1)
  })

  test('a support period ending today is still registrable', async () => {
    const before = await countAll(suite.payload, 'programs')
    await createProgram({ applyStart: addDays(today, -20), applyEnd: addDays(today, -10), supportStart: addDays(today, -5), supportEnd: today })()
    expect(await countAll(suite.payload, 'programs')).toBe(before + 1)
  })

  test('an impossible day is refused on update too, and the program keeps its dates', async () => {
    const id = suite.world.programs.b.draft
    const before = await suite.payload.findByID({ collection: 'programs', id, depth: 0 })
    const error = await refusal(suite.payload.update({ collection: 'programs', id, data: { applyEnd: '2026-02-30' }, ...as(suite.world.users.adminB) }))
    expect(fieldMessages(error, 'applyEnd')[0]).toContain('존재하지 않는 날짜')
    expect((await suite.payload.findByID({ collection: 'programs', id, depth: 0 })).applyEnd).toBe(before.applyEnd)
  })
})

describe('companies', () => {
  let serial = 500
  type Overrides = Record<string, unknown> | (() => Record<string, unknown>)
  const company = (overrides: Overrides) => () =>
    suite.payload.create({
      collection: 'companies',
      data: {
        bizRegNo: bizRegNo(++serial), name: '새싹테크', ceoName: '대표', address: { line1: '부산광역시 해운대구' },
        homepage: 'https://saessak.example.kr', category: 'sme', industry: 'C',
        ...(typeof overrides === 'function' ? overrides() : overrides),
      } as never,
      ...as(suite.world.users.member),
    })

  const valid = bizRegNo(777)
  const badChecksum = `${valid.slice(0, 9)}${(Number(valid[9]) + 1) % 10}`
  const partners = (n: number) => Array.from({ length: n }, () => ({ company: suite.world.companies.b, tier: 'tier1' }))

  test.each([
    ['bad checksum', { bizRegNo: badChecksum }, 'bizRegNo', '유효하지 않은 사업자등록번호'],
    ['bad checksum written with dashes', { bizRegNo: formatBizRegNo(badChecksum) }, 'bizRegNo', '유효하지 않은 사업자등록번호'],
    ['nine digits', { bizRegNo: valid.slice(0, 9) }, 'bizRegNo', '숫자 10자리'],
    ['eleven digits', { bizRegNo: `${valid}1` }, 'bizRegNo', '숫자 10자리'],
    ['letters', { bizRegNo: 'ABC-DE-FGHIJ' }, 'bizRegNo', '숫자 10자리'],
    ['homepage neither URL nor e-mail', { homepage: '홈페이지 없음' }, 'homepage', '홈페이지 주소'],
    ['homepage without a scheme', { homepage: 'www.example.kr' }, 'homepage', '홈페이지 주소'],
    ['six main partners', () => ({ mainPartners: partners(6) }), 'mainPartners', '최대 5개'],
    ['an SME as a main partner (주거래기업 are 대기업·공공기관)', () => ({ mainPartners: [{ company: suite.world.companies.sme2, tier: 'tier1' }] }), 'mainPartners.0.company', '다온소프트는 대기업·공공기관이 아니어서'],
  ] as [string, Overrides, string, string][])('%s', async (_, overrides, path, text) => {
    await expectInvalid('companies', company(overrides), path, text)
  })

  test.each([
    ['as stored', (n: string) => n],
    ['written with dashes', formatBizRegNo],
  ])('a duplicate 사업자등록번호 (%s) is refused', async (_, write) => {
    const existing = (await suite.payload.findByID({ collection: 'companies', id: suite.world.companies.b, depth: 0 })).bizRegNo
    await expectInvalid('companies', company({ bizRegNo: write(existing) }), 'bizRegNo', '이미 등록된 사업자등록번호')
  })

  test('a valid number with dashes is stored as ten digits; an e-mail homepage and five partners are fine', async () => {
    const doc = await company({ bizRegNo: formatBizRegNo(valid), homepage: 'ceo@saessak.example.kr', mainPartners: partners(5) })()
    const stored = await suite.payload.findByID({ collection: 'companies', id: doc.id, depth: 0 })
    expect([stored.bizRegNo, stored.homepage]).toEqual([valid, 'ceo@saessak.example.kr'])
    expect(stored.mainPartners).toHaveLength(5)
  })

  test('changing a company to another company\'s number is refused; its own number is not a duplicate', async () => {
    const id = suite.world.companies.sme
    const b = (await suite.payload.findByID({ collection: 'companies', id: suite.world.companies.b, depth: 0 })).bizRegNo
    const own = (await suite.payload.findByID({ collection: 'companies', id, depth: 0 })).bizRegNo
    const error = await refusal(suite.payload.update({ collection: 'companies', id, data: { bizRegNo: b }, ...as(suite.world.users.member) }))
    expect(fieldMessages(error, 'bizRegNo')[0]).toContain('이미 등록된')
    await suite.payload.update({ collection: 'companies', id, data: { bizRegNo: formatBizRegNo(own), name: '누리테크(주)' }, ...as(suite.world.users.member) })
    expect((await suite.payload.findByID({ collection: 'companies', id, depth: 0 })).bizRegNo).toBe(own)
  })
})

describe('newsletters', () => {
  test.each(['2026-13', '202611', '2026-1', '26-11', '2026-11-01'])('issueMonth %j is refused', async (issueMonth) => {
    await expectInvalid(
      'newsletters',
      () => suite.payload.create({ collection: 'newsletters', data: { issueMonth, title: '소식지', status: 'draft' }, ...as(suite.world.users.editor) }),
      'issueMonth',
      'YYYY-MM',
    )
  })

  test('a second issue for the same month is refused', async () => {
    const before = await countAll(suite.payload, 'newsletters')
    const error = await refusal(suite.payload.create({ collection: 'newsletters', data: { issueMonth: suite.world.months.lastMonth, title: '중복 호', status: 'draft' }, ...as(suite.world.users.editor) }))
    expect(error.status).toBe(400)
    expect(await countAll(suite.payload, 'newsletters')).toBe(before)
  })
})
