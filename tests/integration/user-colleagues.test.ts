import { describe, expect, test } from 'vitest'
import { as, staffUser } from '../helpers/fixtures'
import { useTestPayload } from '../helpers/suite'

/**
 * Staff read the accounts they work beside (the platform admins; a company admin also its
 * company's other admins) so the admin can name who holds a document open, and of those
 * accounts only the name, e-mail and role.
 */

const suite = useTestPayload({ world: true })

describe('colleagues', () => {
  test('a company admin reads a platform admin as name, e-mail and role, without personal settings', async () => {
    const doc = await suite.payload.findByID({ collection: 'users', id: suite.world.users.platformAdmin.id, depth: 0, ...as(suite.world.users.adminA) })
    expect(doc).toMatchObject({ name: '플랫폼 관리자', email: 'admin@test.kr', role: 'platform-admin' })
    for (const personal of ['interests', 'programAlerts', 'notifications']) expect(doc, personal).not.toHaveProperty(personal)
    // Payload's own rule: sessions only to their owner (an empty list for anyone else).
    expect((doc as { sessions?: unknown[] }).sessions ?? []).toEqual([])
  })

  test('its own account keeps every field', async () => {
    const doc = await suite.payload.findByID({ collection: 'users', id: suite.world.users.adminA.id, depth: 0, ...as(suite.world.users.adminA) })
    expect(doc).toHaveProperty('interests')
    expect(doc).toHaveProperty('programAlerts')
  })

  test("another company admin of the same company is a colleague; the other company's is not", async () => {
    const colleague = await staffUser(suite.payload, 'admin-a2@test.kr', '공사 관리자 2', 'company-admin', suite.world.companies.a)
    const seen = await suite.payload.find({ collection: 'users', depth: 0, limit: 100, ...as(suite.world.users.adminA) })
    expect(seen.docs.map((doc) => doc.email).sort()).toEqual(['admin-a2@test.kr', 'admin-a@test.kr', 'admin@test.kr'])
    const other = await suite.payload.find({ collection: 'users', where: { id: { equals: colleague.id } }, depth: 0, ...as(suite.world.users.adminB) })
    expect(other.docs).toEqual([])
  })

  test('a member still reads only itself', async () => {
    const seen = await suite.payload.find({ collection: 'users', depth: 0, limit: 100, ...as(suite.world.users.member) })
    expect(seen.docs.map((doc) => doc.email)).toEqual(['member@test.kr'])
  })
})
