/**
 * Builds what `npm start` runs, when its inputs changed since the last build:
 * the admin (the Next app in cms/) and the server bundle (server/serve.ts compiled by esbuild).
 * Plain JavaScript so that `npm start` needs no TypeScript loader at run time: under tsx's
 * off-thread loader on Node 20, loading the server's module graph sometimes ended the process
 * with exit code 13 or hung for good.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'

const NEXT_DIR = path.resolve('cms')
const STAMP = path.join(NEXT_DIR, '.next', 'winwinnuri-build-stamp')
export const SERVER_BUNDLE = path.join(NEXT_DIR, '.next', 'winwinnuri-server', 'serve.mjs')
/** The front the launcher runs on the public port (server/front.ts). */
export const FRONT_BUNDLE = path.join(path.dirname(SERVER_BUNDLE), 'front.mjs')
/** Everything bundled into the admin or the server. */
const INPUTS = ['kernel', 'views', 'newsletter', 'notifications', 'evaluation', 'members', 'site', 'collections', 'cms', 'seed', 'server', 'package-lock.json']
const SKIP = new Set(['.next', 'node_modules', 'payload-types.ts', 'schema.graphql', 'next-env.d.ts'])
/** Read from disk at run time, not bundled: editing a template or a stylesheet part needs no rebuild of the admin. */
const RUNTIME_FILES = new Set([path.join('site', 'src'), path.join('site', 'placeholder'), path.join('site', 'styles', 'parts')])

/** @param {string} entry @returns {string[]} */
function listFiles(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return []
  if (stat.isFile()) return [entry]
  return fs
    .readdirSync(entry)
    .filter((name) => !SKIP.has(name) && !RUNTIME_FILES.has(path.join(entry, name)))
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)))
}

/** A fingerprint of the build inputs; a change in any of them means a rebuild. */
export function buildFingerprint() {
  const hash = crypto.createHash('sha256')
  for (const file of INPUTS.flatMap(listFiles)) hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0')
  return hash.digest('hex')
}

export function isBuildFresh(fingerprint = buildFingerprint()) {
  if (!fs.existsSync(path.join(NEXT_DIR, '.next', 'BUILD_ID')) || !fs.existsSync(SERVER_BUNDLE) || !fs.existsSync(FRONT_BUNDLE)) return false
  return fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === fingerprint
}

/** The server, its jobs thread (server/jobsThread.ts) and the front (server/front.ts), one ES module each; packages stay imports of node_modules. */
function bundleServer() {
  buildSync({
    entryPoints: [path.resolve('server/serve.ts'), path.resolve('server/jobsThread.ts'), path.resolve('server/front.ts')],
    outdir: path.dirname(SERVER_BUNDLE),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  })
}

export function buildAll(log = console.log) {
  const fingerprint = buildFingerprint()
  const started = Date.now()
  log('관리자 화면(Next.js)과 서버를 빌드합니다… (2코어 기준 약 1–2분)')
  const result = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build', 'cms'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`next build exited with code ${result.status}`)
  bundleServer()
  fs.writeFileSync(STAMP, fingerprint)
  log(`빌드 완료 (${((Date.now() - started) / 1000).toFixed(1)}초)`)
}

export function ensureBuild(log = console.log) {
  if (isBuildFresh()) return false
  buildAll(log)
  return true
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    buildAll()
  } catch (error) {
    console.error(error)
    process.exit(1)
  }
}
