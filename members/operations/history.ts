/**
 * 신청 및 참여이력: the member's own applications, newest first, with the program's title. The
 * applications are read with the member's access (applicationParties: its own); the titles with
 * overrideAccess, since an applicant keeps seeing what it applied to even if the program is
 * later taken off the public site.
 */
import type { Payload } from 'payload'
import type { ApplicationStatus } from '../../kernel/rules/applicationStatus'
import { kstDate } from '../../kernel/rules/dates'
import type { User } from '../../kernel/payload-types'

type Id = string | number

const refId = (ref: Id | { id: Id } | null | undefined): Id | null => (ref != null && typeof ref === 'object' ? ref.id : ref ?? null)

export type HistoryEntry = {
  id: Id
  programId: Id
  programTitle: string
  appliedOn: string
  status: ApplicationStatus
  decisionNote: string | null
}

export async function memberApplications(payload: Payload, user: User): Promise<HistoryEntry[]> {
  const { docs } = await payload.find({
    collection: 'applications',
    sort: '-createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const programIds = [...new Map(docs.map((doc) => [String(refId(doc.program)), refId(doc.program)])).values()]
    .filter((id): id is Id => id != null)
  const titles = new Map<string, string>()
  if (programIds.length) {
    const programs = await payload.find({
      collection: 'programs',
      where: { id: { in: programIds } },
      select: { title: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const program of programs.docs) titles.set(String(program.id), program.title)
  }
  return docs.map((doc) => {
    const programId = refId(doc.program) ?? ''
    return {
      id: doc.id,
      programId,
      programTitle: titles.get(String(programId)) ?? '(삭제된 프로그램)',
      appliedOn: kstDate(doc.createdAt),
      status: doc.status,
      decisionNote: doc.status === 'selected' || doc.status === 'not-selected' ? doc.decisionNote ?? null : null,
    }
  })
}
