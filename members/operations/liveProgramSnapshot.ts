/**
 * The live programs — approved and not ended by today (Seoul) — that recommendations choose
 * from, held in memory per Payload instance and checked against the database on every read.
 *
 * Reading them is what made recommendations slow at scale: an SME is eligible for most of them
 * (every 전체 오픈 program), so no narrowing of the query can read much fewer, and Payload spends
 * about 0.2 ms of CPU on each document it reads (its field traversal and afterRead hooks). So the
 * documents are read once and kept; each request asks the database only two cheap questions
 * about the same set — how many documents, and which distinct `updatedAt` instants (an index
 * answers both, collections/Programs/index.ts) — and re-reads only what changed (snapshotSync.ts
 * planSync): a save always moves `updatedAt`, a deletion or a program leaving the set removes
 * an instant or changes the count. When anything does not add up, the whole set is read again.
 * So a request sees every write that finished before it began, as a plain read would.
 *
 * The programs are read as the public reads them (approved ones; their fields carry no per-user
 * access), which is what every signed-in user may read of an approved program
 * (kernel/access/approvedOrOwnCompany.ts). Payload's query language only: the same on MongoDB.
 */
import type { Payload, Where } from 'payload'
import { kstToday } from '../../kernel/rules/dates'
import { compareByPhaseThenDeadline, derivePhase, type Phase } from '../../kernel/rules/phase'
import type { Program } from '../../kernel/payload-types'
import { newestFirst, planSync, timeKey } from './snapshotSync'

type Id = string | number

/** A live program as recommendations hand it on: the fields they show, and its 진행단계 today. */
export type LiveProgram = Pick<Program,
  'id' | 'title' | 'summary' | 'supportField' | 'targetScope' | 'applyStart' | 'applyEnd' | 'supportStart' | 'supportEnd' |
  'regions' | 'applyOnline' | 'eligibility' | 'reviewStatus'> & { company?: Id | null; phase: Phase }

type StoredProgram = Omit<LiveProgram, 'phase'> & { createdAt?: string | null; updatedAt?: string | null }

type Entry = {
  id: Id
  createdAt: string
  updatedAt: string
  stored: Omit<LiveProgram, 'phase'>
}

type Snapshot = {
  /** The start of the day (Seoul) the set was checked for: the `supportEnd` bound. */
  since: string
  entries: Map<string, Entry>
  /** The programs with their 진행단계 on `day`, in order (livePrograms); null once the set has changed. */
  view: { day: string; programs: LiveProgram[] } | null
  /** The check under way, and the one waiting to start after it. */
  running: Promise<void> | null
  queued: Promise<void> | null
}

/** What recommendations show of a program; `createdAt` and `updatedAt` only order and check the set. */
const SELECT = {
  title: true, summary: true, company: true, supportField: true, targetScope: true, applyStart: true, applyEnd: true,
  supportStart: true, supportEnd: true, regions: true, applyOnline: true, eligibility: true, reviewStatus: true,
  createdAt: true, updatedAt: true,
} as const

const snapshots = new WeakMap<Payload, Snapshot>()

/** Approved programs that have not ended by the given day; derivePhase (the `phase` field) decides exactly. */
export function liveWhere(startOfToday: string): Where {
  return { and: [{ reviewStatus: { equals: 'approved' } }, { supportEnd: { greater_than_equal: startOfToday } }] }
}

const startOfDay = (day: string) => new Date(`${day}T00:00:00+09:00`).toISOString()

function entryOf(doc: StoredProgram): Entry {
  const { createdAt, updatedAt, ...stored } = doc
  return { id: doc.id, createdAt: timeKey(createdAt), updatedAt: timeKey(updatedAt), stored }
}

async function readLive(payload: Payload, where: Where): Promise<Entry[]> {
  const { docs } = await payload.find({ collection: 'programs', where, select: SELECT, depth: 0, pagination: false, overrideAccess: false })
  return (docs as unknown as StoredProgram[]).map(entryOf)
}

async function readAll(payload: Payload, snapshot: Snapshot): Promise<void> {
  snapshot.entries = new Map((await readLive(payload, liveWhere(snapshot.since))).map((entry) => [String(entry.id), entry]))
  snapshot.view = null
}

/** Brings the snapshot in step with the database: see the file's comment. */
async function check(payload: Payload, snapshot: Snapshot, since: string): Promise<void> {
  if (snapshot.since !== since) {
    // A new day: programs that ended yesterday leave the set (the check below confirms it).
    for (const [key, entry] of snapshot.entries) {
      if (!(timeKey(entry.stored.supportEnd) >= since)) snapshot.entries.delete(key)
    }
    snapshot.since = since
    snapshot.view = null
  }
  const where = liveWhere(since)
  // Twice at most: a write that lands between the two questions can make them disagree.
  for (let attempt = 0; attempt < 2; attempt++) {
    const [{ totalDocs }, { values }] = await Promise.all([
      payload.count({ collection: 'programs', where, overrideAccess: false }),
      payload.findDistinct({ collection: 'programs', field: 'updatedAt', where, overrideAccess: false }),
    ])
    const plan = planSync(snapshot.entries.values(), values.map((value) => value.updatedAt as string | null | undefined))
    for (const id of plan.stale) snapshot.entries.delete(String(id))
    if (plan.readSince === '') break
    if (plan.readSince !== null) {
      const changed = await readLive(payload, { and: [where, { updatedAt: { greater_than_equal: plan.readSince } }] })
      for (const entry of changed) snapshot.entries.set(String(entry.id), entry)
    }
    if (plan.stale.length || plan.readSince !== null) snapshot.view = null
    if (snapshot.entries.size === totalDocs) return
  }
  await readAll(payload, snapshot)
}

/**
 * Runs a check that starts after this call: joins the one waiting to start, or queues one behind
 * the one under way (which may have asked before a write this caller already saw finish).
 */
function checked(payload: Payload, snapshot: Snapshot, since: string): Promise<void> {
  if (!snapshot.running) {
    const run = check(payload, snapshot, since).finally(() => {
      if (snapshot.running === run) snapshot.running = null
    })
    snapshot.running = run
    return run
  }
  if (!snapshot.queued) {
    const queued = snapshot.running.catch(() => undefined).then(() => {
      snapshot.queued = null
      return checked(payload, snapshot, since)
    })
    snapshot.queued = queued
  }
  return snapshot.queued
}

/**
 * The live programs on `now`'s day, each with its 진행단계, in the ranking's own first order
 * (phase, then deadline: kernel/rules/phase.ts compareByPhaseThenDeadline) and then newest
 * registration first, then by id. recommendPrograms sorts them again — a stable sort that this
 * order only makes cheap — and keeps the last two keys for programs it ranks equal: one fixed
 * order, the order of a plain read sorted newest first (snapshotSync.ts NEWEST_FIRST_SORT).
 * The array and its objects are shared between requests: read them, do not change them.
 */
export async function livePrograms(payload: Payload, now: Date = new Date()): Promise<readonly LiveProgram[]> {
  const day = kstToday(now)
  const since = startOfDay(day)
  let snapshot = snapshots.get(payload)
  if (!snapshot) {
    snapshot = { since, entries: new Map(), view: null, running: null, queued: null }
    snapshots.set(payload, snapshot)
  }
  await checked(payload, snapshot, since)
  if (snapshot.view?.day !== day) {
    const programs = [...snapshot.entries.values()]
      .sort(newestFirst)
      .map((entry) => ({ ...entry.stored, phase: derivePhase(entry.stored, now) }))
    // Stable: programs of the same phase and deadline stay newest first.
    snapshot.view = { day, programs: programs.sort(compareByPhaseThenDeadline) }
  }
  return snapshot.view.programs
}
