/**
 * Approve → live on the real server (the entry `npm start` runs, started as the browser tests
 * start it): a program created and submitted by the demo company admin, approved by the platform
 * admin, and the clock stopped when /programs/<id>/ serves the new page (polled every 20 ms). Part of bench/site.ts.
 */
import { addDays, kstToday } from '../kernel/rules/dates'
import { DEMO_PASSWORD } from '../seed/data/users'
import { startServer } from '../tests/helpers/server'

export const LIVE_RUNS = 3
export type LiveResult = { seconds: number[]; approveMs: number[]; buildS: (number | null)[]; serverStartS: number; adminRebuilt: boolean; startBuildS: number | null }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Api = (method: string, url: string, token?: string, body?: unknown) => Promise<{ status: number; body: any }>

function apiOf(base: string): Api {
  return async (method, url, token, body) => {
    const headers: Record<string, string> = {}
    if (token) headers.Authorization = `JWT ${token}`
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const send = () => fetch(`${base}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    // A server busy building (Eleventy holds its event loop for seconds) can close a kept-alive
    // socket just as the next request goes out on it; a GET is safe to send again.
    const res = await send().catch(async (error) => {
      if (method !== 'GET') throw error
      await sleep(200)
      return send()
    })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed }
  }
}

export async function approveToLive(dataDir: string, log: (line: string) => void): Promise<LiveResult> {
  const startedAt = Date.now()
  log('approve → live: starting the server (it builds the admin first if its inputs changed)…')
  const server = await startServer({ dataDir, timeoutMs: 20 * 60_000 })
  const base = server.url
  const fail = (why: string) => new Error(`approve → live: ${why}\nserver output (last 4000 chars):\n${server.output().slice(-4000)}`)
  try {
    const serverStartS = (Date.now() - startedAt) / 1000
    const adminRebuilt = server.output().includes('빌드 완료')
    const api = apiOf(base)
    const login = async (email: string) => {
      const { status, body } = await api('POST', '/api/users/login', undefined, { email, password: DEMO_PASSWORD })
      if (status !== 200 || !body?.token) throw fail(`login as ${email}: ${status} ${JSON.stringify(body)}`)
      return { token: body.token as string, user: body.user as { id: number; company?: number | { id: number } | null } }
    }
    const admin = await login('admin@winwinnuri.test')
    const kwater = await login('kwater@winwinnuri.test')
    type SiteStatus = { state?: string; lastBuiltAt?: string; lastFailedAt?: string; lastError?: string; reason?: string; durationMs?: number }
    const siteStatus = async () => (await api('GET', '/api/globals/site-status?depth=0', admin.token)).body as SiteStatus
    /** A rebuild that failed after `since` (epoch ms) ends the measurement with its reason. */
    const failedSince = (status: SiteStatus, since: number) =>
      status.state === 'failed' && status.lastFailedAt && Date.parse(status.lastFailedAt) >= since ? status : null

    // The server refreshes an existing site in the background on start: let that finish first.
    log(`approve → live: server healthy after ${serverStartS.toFixed(1)} s; waiting for its start-up rebuild…`)
    let startBuildS: number | null = null
    for (const deadline = Date.now() + 10 * 60_000; ; await sleep(500)) {
      const status = await siteStatus()
      if (failedSince(status, startedAt)) throw fail(`the server's start-up site rebuild failed: ${status.lastError}`)
      // 'first start' when the data dir had no site yet (built before the server answers), else 'server start'.
      if ((status.reason === 'server start' || status.reason === 'first start') && status.lastBuiltAt && Date.parse(status.lastBuiltAt) >= startedAt) {
        startBuildS = (status.durationMs ?? 0) / 1000
        break
      }
      if (Date.now() > deadline) {
        log(`approve → live: no start-up rebuild recorded (${JSON.stringify(status)}); going on`)
        break
      }
    }

    const companyId = typeof kwater.user.company === 'object' ? kwater.user.company?.id : kwater.user.company
    const { body: businesses } = await api('GET', '/api/businesses?depth=0&limit=100', kwater.token)
    const business = (businesses?.docs as { id: number; company: number }[] | undefined)?.find((b) => b.company === companyId)
    if (!business) throw fail(`no business of kwater's company ${companyId}: ${JSON.stringify(businesses).slice(0, 500)}`)

    const seconds: number[] = []
    const approveMs: number[] = []
    const buildS: (number | null)[] = []
    const day = kstToday()
    for (let run = 1; run <= LIVE_RUNS; run++) {
      const title = `${day.slice(0, 4)}년 물산업 상생 성능 측정 프로그램 ${run}회 ${Date.now()}`
      // As tests/helpers/fixtures.ts programInput: recruiting now, support ahead.
      const created = await api('POST', '/api/programs', kwater.token, {
        business: business.id,
        title,
        summary: '협력 중소기업의 기술 경쟁력 강화를 위한 기술 지도와 시험 장비를 지원합니다.',
        purpose: '중소기업과의 동반성장',
        supportField: 'technology',
        targetScope: 'open',
        applyStart: addDays(day, -5),
        applyEnd: addDays(day, 10),
        supportStart: addDays(day, 15),
        supportEnd: addDays(day, 120),
        regions: ['nationwide'],
        contact: { department: '동반성장팀', name: '김상생', phone: '02-0000-0000', email: 'winwin@example.kr' },
        applyOnline: true,
      })
      const id = created.body?.doc?.id
      if (created.status !== 201 || !id) throw fail(`create: ${created.status} ${JSON.stringify(created.body).slice(0, 500)}`)
      const submitted = await api('POST', `/api/programs/${id}/submit`, kwater.token, {})
      if (submitted.status !== 200) throw fail(`submit: ${submitted.status} ${JSON.stringify(submitted.body).slice(0, 500)}`)
      const before = (await siteStatus()).lastBuiltAt

      const approvedAt = Date.now()
      const t0 = performance.now()
      const approved = await api('POST', `/api/programs/${id}/review`, admin.token, { decision: 'approve' })
      approveMs.push(performance.now() - t0)
      if (approved.status !== 200) throw fail(`approve: ${approved.status} ${JSON.stringify(approved.body).slice(0, 500)}`)
      for (let poll = 1; ; poll++) {
        const res = await fetch(`${base}/programs/${id}/`).catch(() => null)
        if (res?.status === 200 && (await res.text()).includes(title)) break
        else await res?.body?.cancel().catch(() => undefined)
        if (performance.now() - t0 > 10 * 60_000) throw fail(`program ${id} not live after 10 minutes`)
        if (poll % 10 === 0) {
          const failed = failedSince(await siteStatus(), approvedAt)
          if (failed) throw fail(`the site rebuild after approving program ${id} failed: ${failed.lastError}`)
        }
        await sleep(20)
      }
      seconds.push((performance.now() - t0) / 1000)
      log(`approve → live ${run}/${LIVE_RUNS}: ${seconds.at(-1)!.toFixed(2)} s (the approve request itself ${approveMs.at(-1)!.toFixed(0)} ms)`)
      // Let the job record its result before the next run, so no build is in flight.
      let recorded: SiteStatus = {}
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(200)) {
        recorded = await siteStatus()
        if (recorded.lastBuiltAt !== before) break
      }
      buildS.push(recorded.lastBuiltAt !== before && recorded.durationMs != null ? recorded.durationMs / 1000 : null)
    }
    // What the server said of each publish (when the program pages were live, and all files).
    for (const line of server.output().split('\n').filter((l) => l.includes('게시했습니다'))) log(`server: ${line.replace(/\x1b\[[0-9;]*m/g, '').trim()}`)
    return { seconds, approveMs, buildS, serverStartS, adminRebuilt, startBuildS }
  } finally {
    await server.stop()
  }
}
