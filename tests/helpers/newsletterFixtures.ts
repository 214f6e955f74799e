/** Small builders for the newsletter sending tests: subscribers, issues, ledger rows, raw headers. */
import type { Payload } from 'payload'
import type { User } from '../../kernel/payload-types'
import { staffUser as createUser } from './fixtures'

export { PASSWORD } from './fixtures'

/** An account with the fixtures' test password, named after its role. */
export async function staffUser(payload: Payload, email: string, role: User['role']): Promise<void> {
  await createUser(payload, email, role, role)
}

export async function addSubscribers(payload: Payload, prefix: string, n: number, status = 'confirmed'): Promise<string[]> {
  const emails: string[] = []
  for (let i = 0; i < n; i++) {
    const email = `${prefix}-${i}@example.kr`
    const confirmedAt = status === 'confirmed' ? '2026-01-01T00:00:00.000Z' : undefined
    await payload.create({ collection: 'subscribers', data: { email, status: status as never, confirmedAt }, overrideAccess: true })
    emails.push(email)
  }
  return emails
}

let month = 0
/** A fresh issue in a month no other issue of the test file uses. */
export async function addIssue(payload: Payload, extra: Record<string, unknown> = {}, year = 2031): Promise<string | number> {
  month += 1
  const doc = await payload.create({
    collection: 'newsletters',
    data: { issueMonth: `${year + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}`, title: `상생누리 소식 ${month}호`, intro: '이달의 상생협력 소식입니다.', ...extra } as never,
    overrideAccess: true,
  })
  return doc.id
}

export async function ledgerRows(payload: Payload, newsletter: string | number) {
  const { docs } = await payload.find({ collection: 'newsletter-deliveries', where: { newsletter: { equals: newsletter } }, pagination: false, depth: 0, overrideAccess: true })
  return docs
}

export const issueStatus = async (payload: Payload, id: string | number) => (await payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: true })).status

/** A header as sent (mailparser turns List-* headers into objects; the raw line is what clients read). */
export function rawHeader(mail: { headerLines: readonly { key: string; line: string }[] } | undefined, name: string): string | undefined {
  const line = mail?.headerLines.find((h) => h.key === name.toLowerCase())?.line
  return line?.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim()
}
