/**
 * npm run seed [-- --programs N] [-- --now 2026-05-20T10:00:00+09:00]
 * Boots Payload from the environment's config, migrates, seeds the demo (and N synthetic
 * programs for benchmarks), prints a summary and exits.
 */
process.env.DISABLE_PAYLOAD_HMR = 'true'

import { derivePhase, PHASE_LABELS, PHASES } from '../kernel/rules/phase'
import { seedDemo } from '../seed/demo'
import { seedSyntheticPrograms } from '../seed/synthetic'
import { runCommand } from './command'

function parseArgs(argv: string[]): { programs: number; now: Date } {
  let programs = 0
  let now = new Date()
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2)
    const value = () => inline ?? argv[++i]
    if (flag === '--programs') programs = Number(value())
    else if (flag === '--now') now = new Date(value())
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: npm run seed [-- --programs N] [-- --now <ISO instant>]')
      process.exit(0)
    } else throw new Error(`Unknown argument "${argv[i]}". Usage: npm run seed [-- --programs N] [-- --now <ISO instant>]`)
  }
  if (!Number.isInteger(programs) || programs < 0) throw new Error('--programs expects a whole number, e.g. --programs 1114')
  if (Number.isNaN(now.getTime())) throw new Error('--now expects an ISO instant, e.g. 2026-05-20T10:00:00+09:00')
  return { programs, now }
}

const log = (line: string) => console.log(`[seed] ${line}`)
const started = Date.now()

runCommand({
  parse: parseArgs,
  failure: '[seed] failed: ',
  run: async (payload, { programs, now }) => {
  await seedDemo(payload, { now, log })
  if (programs > 0) await seedSyntheticPrograms(payload, { count: programs, now, log })

  console.log('\n상생누리 demo data')
  for (const collection of ['companies', 'users', 'businesses', 'programs', 'partner-guides', 'card-news', 'media'] as const) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    console.log(`  ${collection.padEnd(15)} ${totalDocs}`)
  }
  const { docs } = await payload.find({
    collection: 'programs', pagination: false, depth: 0, overrideAccess: true,
    select: { reviewStatus: true, applyStart: true, applyEnd: true, supportEnd: true },
  })
  const phases = new Map<string, number>()
  for (const doc of docs) {
    const phase = derivePhase(doc, now)
    phases.set(phase, (phases.get(phase) ?? 0) + 1)
  }
  console.log('  진행단계: ' + PHASES.map((p) => `${PHASE_LABELS[p].ko} ${phases.get(p) ?? 0}`).join(' · '))
  console.log('  demo accounts (password winwin-demo-1234): admin@ kwater@ doosan@ editor@ sme@winwinnuri.test')
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  },
})
