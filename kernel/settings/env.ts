import fs from 'node:fs'
import path from 'node:path'
import { parseAllowedOrigins } from './origins'

/** Everything a running instance writes lives under ./data (ignored by git). */
export const DATA_DIR = path.resolve(/* turbopackIgnore: true */ process.env.WINWINNURI_DATA_DIR ?? 'data')

/**
 * Whether this is a production deployment. `npm start` may run Next in production mode on a
 * demo install, so the operator's intent is captured once (WINWINNURI_PRODUCTION) before
 * NODE_ENV is touched; everything else asks this function.
 */
export function isProductionDeployment(): boolean {
  const captured = process.env.WINWINNURI_PRODUCTION
  if (captured === '1' || captured === '0') return captured === '1'
  return process.env.NODE_ENV === 'production'
}

/** nodemailer's DKIM options: every message signed for `domainName` with the key at `keySelector._domainkey`. */
export type Dkim = { domainName: string; keySelector: string; privateKey: string }

export type Env = {
  databaseUri: string
  port: number
  siteUrl: string
  smtpUrl: string | undefined
  mailFrom: string
  dkim: Dkim | undefined
  /** ALLOWED_ORIGINS: origins besides SITE_URL's whose pages may use a signed-in session (server/security/crossSite.ts). */
  allowedOrigins: string[]
}

/** Environment variables as read here (process.env, or a plain object in tests). */
export type EnvVars = Record<string, string | undefined>

export function readEnv(env: EnvVars = process.env): Env {
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0–65535), not "${env.PORT}".`)
  }
  return {
    databaseUri: env.DATABASE_URI || `file:${path.join(DATA_DIR, 'winwinnuri.db')}`,
    port,
    siteUrl: (env.SITE_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || '상생누리 <no-reply@localhost>',
    dkim: readDkim(env),
    allowedOrigins: parseAllowedOrigins(env.ALLOWED_ORIGINS),
  }
}

/**
 * DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY (the PEM itself, or the path of a file holding
 * it): all three or none — a half-configured signature would fail at the first message.
 */
export function readDkim(env: EnvVars): Dkim | undefined {
  const domainName = env.DKIM_DOMAIN?.trim()
  const keySelector = env.DKIM_SELECTOR?.trim()
  const key = env.DKIM_PRIVATE_KEY?.trim()
  if (!domainName && !keySelector && !key) return undefined
  if (!domainName || !keySelector || !key) {
    throw new Error('DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY go together. DKIM 서명에는 세 값(도메인, 셀렉터, 개인 키)이 모두 필요합니다.')
  }
  const privateKey = key.startsWith('-----BEGIN') ? key.replace(/\\n/g, '\n') : fs.readFileSync(key, 'utf8')
  return { domainName, keySelector, privateKey }
}

/** Domains that never receive or vouch for mail: a From in one of them is a demo's. */
const NOT_A_MAIL_DOMAIN = /(^|\.)(localhost|test|example|invalid|local)$|^example\.(com|net|org)$/i

/**
 * What a production deployment must have before it sends anyone an e-mail: the public address
 * every link is built from, and a sender address in a real domain. Returns the problems, in
 * Korean and English (none: ready).
 */
export function productionMailProblems(env: EnvVars): string[] {
  const problems: string[] = []
  const site = env.SITE_URL?.trim() ?? ''
  let siteOk = false
  try {
    const url = new URL(site)
    siteOk = (url.protocol === 'https:' || url.protocol === 'http:') && !NOT_A_MAIL_DOMAIN.test(url.hostname) && !/^(127\.|0\.0\.0\.0|\[::1\])/.test(url.hostname)
  } catch {
    siteOk = false
  }
  if (!siteOk) problems.push('SITE_URL must be the public address of the site (e.g. https://winwinnuri.kr). 운영 환경에서는 SITE_URL에 공개 주소를 적어야 합니다: 모든 메일의 링크가 이 주소로 만들어집니다.')
  const from = env.MAIL_FROM?.trim() ?? ''
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? ''
  if (!domain || NOT_A_MAIL_DOMAIN.test(domain)) problems.push('MAIL_FROM must be a sender in your own mail domain (e.g. 상생누리 <no-reply@winwinnuri.kr>). 운영 환경에서는 MAIL_FROM에 실제 발신 도메인의 주소를 적어야 합니다.')
  return problems
}
