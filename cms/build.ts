/**
 * Builds the admin (the Next app in cms/) when its inputs changed since the last build.
 * `npm start` calls ensureAdminBuild(); `npm run build` forces a build.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const NEXT_DIR = path.resolve('cms')
const STAMP = path.join(NEXT_DIR, '.next', 'winwinnuri-build-stamp')
/** Everything bundled into the admin: the Next app, the Payload config and what it imports. */
const INPUTS = ['cms', 'collections', 'package-lock.json']
const SKIP = new Set(['.next', 'node_modules', 'migrations', 'payload-types.ts', 'schema.graphql', 'next-env.d.ts'])

function listFiles(entry: string): string[] {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return []
  if (stat.isFile()) return [entry]
  return fs
    .readdirSync(entry)
    .filter((name) => !SKIP.has(name))
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)))
}

/** A fingerprint of the build inputs; a change in any of them means a rebuild. */
export function buildFingerprint(): string {
  const hash = crypto.createHash('sha256')
  for (const file of INPUTS.flatMap(listFiles)) {
    hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

export function isBuildFresh(fingerprint = buildFingerprint()): boolean {
  return fs.existsSync(path.join(NEXT_DIR, '.next', 'BUILD_ID')) && fs.readFileSync(STAMP, { encoding: 'utf8', flag: 'a+' }) === fingerprint
}

export function buildAdmin(log: (line: string) => void = console.log): void {
  const fingerprint = buildFingerprint()
  const started = Date.now()
  log('관리자 화면(Next.js)을 빌드합니다… (2코어 기준 약 1–2분)')
  // Nothing is served until the build is done, so the launcher simply waits for it.
  const result = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build', 'cms'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`next build exited with code ${result.status}`)
  fs.writeFileSync(STAMP, fingerprint)
  log(`관리자 화면 빌드 완료 (${((Date.now() - started) / 1000).toFixed(1)}초)`)
}

export function ensureAdminBuild(log: (line: string) => void = console.log): boolean {
  if (isBuildFresh()) return false
  buildAdmin(log)
  return true
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildAdmin()
  } catch (error) {
    console.error(error)
    process.exit(1)
  }
}
