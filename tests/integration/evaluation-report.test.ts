import { restRoutes } from '../../cms/api/routes'
import { describe, expect, test } from 'vitest'
import type { CompanyReport, EvaluationReport } from '../../evaluation/types'
import { buildEvaluationWorld, YEAR, type EvaluationWorld } from '../helpers/evaluationFixture'
import { testConfig } from '../helpers/payload'
import { useTestPayload } from '../helpers/suite'

/**
 * GET /api/reports/evaluation through Payload's real route handlers, on a world built so that
 * each company's counts are known (tests/helpers/evaluationFixture.ts). The points below are
 * worked out by hand from the guide's table, not by calling evaluationScore.
 */
const EXPECTED: Record<string, { counts: number[]; points: number[]; total: number; share: [number, number, number | null] }> = {
  // ① 5 → 0.6; ② 6 kinds (a second banner adds nothing) → capped at 0.5; ③ 2 → 0.2; ④ 2 → 0.2
  가람공사: { counts: [5, 6, 2, 2], points: [0.6, 0.5, 0.2, 0.2], total: 1.5, share: [3, 5, 60] },
  // ① 6 → 0.9; ② banner ×2 = 1 + 2 activity posts = 3 → 0.3; ③ 1 → 0; ④ 1 → 0
  나래전자: { counts: [6, 3, 1, 1], points: [0.9, 0.3, 0, 0], total: 1.2, share: [1, 6, 16.7] },
  // ① 10 → 0.9; ③ 5 → 0.8; ④ 5 → 0.8
  다솜건설: { counts: [10, 0, 5, 5], points: [0.9, 0, 0.8, 0.8], total: 2.5, share: [5, 10, 50] },
  // ① 11 → 1.2; ③ 6 → 1.0; ④ 6 → 1.0
  라온에너지: { counts: [11, 0, 6, 6], points: [1.2, 0, 1, 1], total: 3.2, share: [6, 11, 54.5] },
  // ① 15 → 1.2
  마루통신: { counts: [15, 0, 0, 0], points: [1.2, 0, 0, 0], total: 1.2, share: [0, 15, 0] },
  // ① 16 → 1.5; ② 5 kinds → 0.5; ③ 6 → 1.0; ④ 6 → 1.0: exactly the 4.0 maximum, nothing cut off
  바다중공업: { counts: [16, 5, 6, 6], points: [1.5, 0.5, 1, 1], total: 4, share: [8, 16, 50] },
  // a public institution with nothing in the year is still listed
  사랑공사: { counts: [0, 0, 0, 0], points: [0, 0, 0, 0], total: 0, share: [0, 0, null] },
  // a 중견기업 is listed because it has a program: an old record without approvedAt, counted by createdAt
  새봄정밀: { counts: [1, 0, 0, 0], points: [0.6, 0, 0, 0], total: 0.6, share: [0, 1, 0] },
}

type Role = keyof EvaluationWorld['users']
const suite = useTestPayload({ world: buildEvaluationWorld, logins: ['platformAdmin', 'garamAdmin', 'naraeAdmin', 'editor', 'member'] })

const report = (role: Role, query = `year=${YEAR}`) =>
  suite.api.as(suite.tokens[role]).get<EvaluationReport & { errors: { message: string }[] }>(`/reports/evaluation?${query}`)
const ids = (list: unknown[]) => list.map(String).sort()
const evidenceIds = (company: CompanyReport, item: number) => ids(company.items[item - 1].evidence.map((e) => e.id))

/** The raw bytes too: Response.text() would drop the BOM. */
async function download(role: Role, query: string) {
  const request = new Request(`http://localhost:3000/api/reports/evaluation?${query}`, { headers: { Authorization: `JWT ${suite.tokens[role]}` } })
  const response = await restRoutes(testConfig()).GET(request, { params: Promise.resolve({ slug: ['reports', 'evaluation'] }) })
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { response, bytes, lines: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).split('\r\n').filter(Boolean) }
}

describe('the platform admin', () => {
  test("sees every 대기업·공공기관 and any company with programs, each item's count and points as worked out by hand", async () => {
    const { status, body, headers } = await report('platformAdmin')
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('private, no-store')
    expect(body.year).toBe(YEAR)
    expect(body.companies.map((c) => c.company.name).sort()).toEqual(Object.keys(EXPECTED).sort())
    for (const company of body.companies) {
      const expected = EXPECTED[company.company.name]
      const actual = {
        counts: company.items.map((i) => i.count), points: company.items.map((i) => i.points), total: company.total,
        share: [company.openShare.count, company.openShare.total, company.openShare.percent],
      }
      expect(actual, company.company.name).toEqual(expected)
      expect(company.capped).toBe(false)
      expect(company.items.map((i) => i.label)).toEqual(['① 신규 등록 프로그램', '② 중소기업 활용도 제고 노력', '③ 직접 신청형 프로그램 참여 실적', '④ 전체 오픈 프로그램'])
    }
    // Overall: 23 of the 64 programs approved in the year admit non-partner SMEs.
    expect(body.summary).toEqual({ companies: 8, openShare: { count: 23, total: 64, percent: 35.9 }, openShareTarget: 50 })
  })

  test("가람공사's evidence: exactly the programs, applications and records behind each count", async () => {
    const { body } = await report('platformAdmin', `year=${YEAR}&company=${suite.world.companies.garam}`)
    expect(body.companies).toHaveLength(1)
    const garam = body.companies[0]
    const { programs, applications, promotions } = suite.world
    // Approved 00:30 on 1 January in Seoul counts; last year's, next year's and the draft do not.
    expect(evidenceIds(garam, 1)).toEqual(ids(programs.garam))
    expect(evidenceIds(garam, 4)).toEqual(ids(programs.garam.slice(0, 2)))
    // Not the withdrawn one, not the one to a program without applyOnline, not last year's.
    expect(evidenceIds(garam, 3)).toEqual(ids(applications.garam))
    expect(evidenceIds(garam, 2)).toEqual(ids(promotions.garam))
    const second = garam.items[1].evidence.find((e) => e.id === String(promotions.garam[6]))
    expect(second).toMatchObject({ type: 'promotion', kind: 'banner', kindLabel: '홈페이지 배너 설치', counted: false, date: `${YEAR}-11-10` })
    expect(garam.items[0].evidence.find((e) => e.id === String(programs.garam[0]))).toMatchObject({ approvedAt: `${YEAR}-01-01`, targetScopeLabel: '전체 오픈' })
    // Made at 23:50 on 31 December in Seoul (14:50 UTC): still this year.
    const lateApplication = garam.items[2].evidence.find((e) => e.id === String(applications.garam[0]))
    expect(lateApplication).toMatchObject({ type: 'application', applicant: '누리테크', date: `${YEAR}-12-31`, statusLabel: '접수' })
  })

  test("나래전자's ②: the banner once, each published activity post; not submitted/rejected records, drafts, news or last year's", async () => {
    const { body } = await report('platformAdmin', `year=${YEAR}&company=${suite.world.companies.narae}`)
    expect(evidenceIds(body.companies[0], 2)).toEqual(ids([...suite.world.promotions.narae, ...suite.world.posts.narae]))
  })

  test('the evidence files download', async () => {
    const { body } = await report('platformAdmin', `year=${YEAR}&company=${suite.world.companies.garam}`)
    const promotion = body.companies[0].items[1].evidence.find((e) => e.type === 'promotion')
    if (promotion?.type !== 'promotion') throw new Error('no promotion evidence')
    expect(promotion.files).toHaveLength(1)
    expect(promotion.files[0].url).toMatch(/^\/api\/private-files\/file\/evidence-\d+\.png$/)
    for (const role of ['platformAdmin', 'garamAdmin'] as const) {
      const file = await suite.api.as(suite.tokens[role]).get(promotion.files[0].url.replace(/^\/api/, ''))
      expect(file.status, role).toBe(200)
    }
  })
})

describe('who may see which report', () => {
  test('a company admin sees its own company, with the same counts and evidence as the platform admin', async () => {
    const own = await report('garamAdmin')
    expect(own.status).toBe(200)
    expect(own.body.companies.map((c) => c.company.name)).toEqual(['가람공사'])
    const asked = await report('garamAdmin', `year=${YEAR}&company=${suite.world.companies.garam}`)
    const platform = await report('platformAdmin', `year=${YEAR}&company=${suite.world.companies.garam}`)
    expect(asked.body).toEqual(own.body)
    expect(own.body.companies).toEqual(platform.body.companies)
  })

  test("another company's report is refused (403, in Korean)", async () => {
    const { status, body } = await report('garamAdmin', `year=${YEAR}&company=${suite.world.companies.narae}`)
    expect(status).toBe(403)
    expect(body.errors[0].message).toBe('소속 기업의 동반성장 평가만 볼 수 있습니다.')
  })

  test('anonymous 401; members and editors 403', async () => {
    const anonymous = await suite.api.get(`/reports/evaluation?year=${YEAR}`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toBe('로그인이 필요합니다.')
    for (const role of ['member', 'editor'] as const) {
      const refused = await report(role)
      expect(refused.status, role).toBe(403)
      expect(refused.body.errors[0].message).toContain('동반성장 평가는 상생누리 관리자와 운영기업 관리자만')
    }
  })

  test('a bad year or format is 400; an unknown company 404; no year means this year', async () => {
    for (const year of ['abcd', '25', '1999', '2025-01']) expect((await report('platformAdmin', `year=${year}`)).status, year).toBe(400)
    expect((await report('platformAdmin', `year=${YEAR}&format=xml`)).status).toBe(400)
    expect((await report('platformAdmin', `year=${YEAR}&company=999999999`)).status).toBe(404)
    const current = await report('platformAdmin', '')
    expect(current.status).toBe(200)
    expect(current.body.year).toBe(Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric' }).format(new Date())))
  })
})

describe('CSV', () => {
  test('the summary: BOM, header, one row per company with its numbers', async () => {
    const { response, bytes, lines } = await download('platformAdmin', `year=${YEAR}&format=csv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="evaluation-${YEAR}.csv"`)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(lines[0]).toBe('\uFEFF기업명,기업분류,①개수,①점수,②개수,②점수,③개수,③점수,④개수,④점수,합계,개방비율')
    const rows = lines.slice(1).map((line) => line.split(','))
    expect(rows.map((r) => r[0]).sort()).toEqual(Object.keys(EXPECTED).sort())
    const bada = rows.find((r) => r[0] === '바다중공업')
    expect(bada).toEqual(['바다중공업', '대기업', '16', '1.5', '5', '0.5', '6', '1.0', '6', '1.0', '4.0', '50%'])
    expect(rows.find((r) => r[0] === '사랑공사')).toEqual(['사랑공사', '공공기관', '0', '0.0', '0', '0.0', '0', '0.0', '0', '0.0', '0.0', ''])
    for (const row of rows) expect(Number(row[10]), row[0]).toBe(EXPECTED[row[0]].total)
  })

  test("one company's evidence rows (a company admin downloads its own)", async () => {
    const { response, lines } = await download('garamAdmin', `year=${YEAR}&company=${suite.world.companies.garam}&format=csv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="evaluation-${YEAR}-${suite.world.companies.garam}.csv"`)
    expect(lines[0]).toBe('\uFEFF항목,유형,제목,일자,링크,비고')
    // ① 5 programs, ② 7 records (one not counted), ③ 2 applications, ④ 2 programs
    const items = lines.slice(1).map((line) => line.split(',')[0])
    expect(items.filter((i) => i.startsWith('①'))).toHaveLength(5)
    expect(items.filter((i) => i.startsWith('②'))).toHaveLength(7)
    expect(items.filter((i) => i.startsWith('③'))).toHaveLength(2)
    expect(items.filter((i) => i.startsWith('④'))).toHaveLength(2)
    expect(lines.some((line) => line.includes(`/admin/collections/programs/${suite.world.programs.garam[0]},`))).toBe(true)
    expect((await download('garamAdmin', `year=${YEAR}&company=${suite.world.companies.narae}&format=csv`)).response.status).toBe(403)
  })
})
