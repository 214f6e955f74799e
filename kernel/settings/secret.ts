import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DATA_DIR, isProductionDeployment, type EnvVars } from './env'

/**
 * PAYLOAD_SECRET from the environment; outside production it is generated once into
 * ./data/.secret (mode 0600) so a fresh clone starts with no setup and keeps its sessions.
 */
export function resolveSecret(env: EnvVars = process.env, dataDir = DATA_DIR): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  // `next build` evaluates the config only to bundle it; the running server resolves the real secret.
  if (env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder-never-used-to-sign'
  if (isProductionDeployment()) {
    throw new Error('PAYLOAD_SECRET is required when NODE_ENV=production. 운영 환경에서는 PAYLOAD_SECRET을 설정해야 합니다.')
  }
  const file = path.join(dataDir, '.secret')
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing) return existing
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  // 'wx' fails if another process created it first; then read theirs.
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' })
    return secret
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim()
    throw error
  }
}
