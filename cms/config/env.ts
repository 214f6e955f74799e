import path from 'node:path'

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

export type Env = {
  databaseUri: string
  port: number
  siteUrl: string
  smtpUrl: string | undefined
  mailFrom: string
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
  }
}
