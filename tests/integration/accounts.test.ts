import { LockedAuth } from 'payload'
import { describe, expect, test } from 'vitest'
import { as, PASSWORD, signUpData, confirmedMember } from '../helpers/fixtures'
import { countAll, fieldMessages, HANGUL, refusal } from '../helpers/expectations'
import { useTestPayload } from '../helpers/suite'

/** Accounts: sign-up makes members, only the platform admin grants roles, logins lock. */

const suite = useTestPayload({ world: true })

const roleOf = async (id: number) => (await suite.payload.findByID({ collection: 'users', id, depth: 0 })).role

describe('sign-up', () => {
  test('an anonymous sign-up becomes a member (the database is not empty)', async () => {
    const user = await suite.payload.create({ collection: 'users', data: signUpData('new@test.kr', '신규'), ...as(undefined) })
    expect(user.role).toBe('member')
  })

  test.each(['platform-admin', 'company-admin', 'editor'] as const)('signing up as %s is refused in Korean, nothing stored', async (role) => {
    const before = await countAll(suite.payload, 'users')
    const error = await refusal(suite.payload.create({ collection: 'users', data: signUpData(`want-${role}@test.kr`, '욕심', { role }), ...as(undefined) }))
    expect(error.status).toBe(403)
    expect(fieldMessages(error, 'role')).toEqual([expect.stringContaining('상생누리 관리자')])
    expect(await countAll(suite.payload, 'users')).toBe(before)
  })

  test('a password under ten characters is refused in Korean, whatever the client; nothing stored', async () => {
    const before = await countAll(suite.payload, 'users')
    const error = await refusal(suite.payload.create({ collection: 'users', data: { ...signUpData('short@test.kr', '짧은'), password: '123456789' }, ...as(undefined) }))
    expect(error.status).toBe(400)
    expect(error.message + JSON.stringify((error as { data?: unknown }).data ?? '')).toContain('10자 이상')
    expect(await countAll(suite.payload, 'users')).toBe(before)
    // Ten characters are enough; a member cannot shorten its own password later either.
    const user = await suite.payload.create({ collection: 'users', data: { ...signUpData('ten@test.kr', '열자'), password: '1234567890' }, ...as(undefined) })
    await expect(suite.payload.update({ collection: 'users', id: user.id, data: { password: 'short' }, ...as(user) })).rejects.toMatchObject({ status: 400 })
  })

  test('a signed-in company admin cannot create a company admin either', async () => {
    const before = await countAll(suite.payload, 'users')
    const error = await refusal(suite.payload.create({ collection: 'users', data: signUpData('deputy@test.kr', '부관리자', { role: 'company-admin', company: suite.world.companies.b }), ...as(suite.world.users.adminB) }))
    expect(error.status).toBe(403)
    expect(await countAll(suite.payload, 'users')).toBe(before)
  })
})

describe('only the platform admin changes a role', () => {
  test.each([
    ['member', 'platform-admin'], ['member', 'company-admin'], ['adminB', 'platform-admin'], ['editor', 'platform-admin'], ['adminA', 'member'],
  ] as const)('%s setting its own role to %s is refused; role unchanged', async (who, role) => {
    const user = suite.world.users[who]
    const error = await refusal(suite.payload.update({ collection: 'users', id: user.id, data: { role }, ...as(user) }))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(HANGUL)
    expect(await roleOf(user.id)).toBe(user.role)
  })

  test('a member still edits its own name', async () => {
    await suite.payload.update({ collection: 'users', id: suite.world.users.member.id, data: { name: '누리테크 김대리' }, ...as(suite.world.users.member) })
    expect((await suite.payload.findByID({ collection: 'users', id: suite.world.users.member.id })).name).toBe('누리테크 김대리')
  })

  test('a member cannot move itself to another company', async () => {
    const error = await refusal(suite.payload.update({ collection: 'users', id: suite.world.users.member.id, data: { company: suite.world.companies.b }, ...as(suite.world.users.member) }))
    expect(error.status).toBe(403)
    const stored = await suite.payload.findByID({ collection: 'users', id: suite.world.users.member.id, depth: 0 })
    expect(stored.company).toBe(suite.world.companies.sme)
  })

  test('a member without a company asks to join one; it cannot name itself a member, before or after', async () => {
    const user = await suite.payload.create({ collection: 'users', data: signUpData('drifter@test.kr', '무소속'), depth: 0 })
    const self = { ...user, collection: 'users' as const }
    const named = await refusal(suite.payload.update({ collection: 'users', id: user.id, data: { company: suite.world.companies.sme2 }, ...as(self) }))
    expect(named.status).toBe(403)
    expect(fieldMessages(named, 'company')).toEqual([expect.stringContaining('승인')])
    await suite.payload.update({ collection: 'users', id: user.id, data: { pendingCompany: suite.world.companies.sme2 }, ...as(self) })
    const asked = { ...(await suite.payload.findByID({ collection: 'users', id: user.id, depth: 0 })), collection: 'users' as const }
    expect({ company: asked.company ?? null, pendingCompany: asked.pendingCompany }).toEqual({ company: null, pendingCompany: suite.world.companies.sme2 })
    expect((await refusal(suite.payload.update({ collection: 'users', id: user.id, data: { company: suite.world.companies.sme2 }, ...as(asked) }))).status).toBe(403)
    expect((await suite.payload.findByID({ collection: 'users', id: user.id, depth: 0 })).company ?? null).toBeNull()
  })

  test('the platform admin grants company-admin rights', async () => {
    const user = await confirmedMember(suite.payload, 'promoted@test.kr', '승격', suite.world.companies.a)
    expect(user.role).toBe('member')
    await suite.payload.update({ collection: 'users', id: user.id, data: { role: 'company-admin' }, ...as(suite.world.users.platformAdmin) })
    expect(await roleOf(user.id)).toBe('company-admin')
  })

  test('nobody but the platform admin changes someone else\'s role', async () => {
    const error = await refusal(suite.payload.update({ collection: 'users', id: suite.world.users.member2.id, data: { role: 'editor' }, ...as(suite.world.users.adminA) }))
    expect([403, 404]).toContain(error.status)
    expect(await roleOf(suite.world.users.member2.id)).toBe('member')
  })
})

describe('login', () => {
  test('the right password logs in and returns a token', async () => {
    const result = await suite.payload.login({ collection: 'users', data: { email: 'member2@test.kr', password: PASSWORD } })
    expect(result.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(result.user?.role).toBe('member')
  })

  test('wrong passwords never lock the account itself: after ten, the right one still signs in (limits are per client address: tests/integration/throttle.test.ts)', async () => {
    await suite.payload.create({ collection: 'users', data: signUpData('lock@test.kr', '잠금') })
    for (let attempt = 1; attempt <= 10; attempt++) {
      const error = await refusal(suite.payload.login({ collection: 'users', data: { email: 'lock@test.kr', password: `wrong-${attempt}` } }))
      expect(error.status).toBe(401)
      expect(error).not.toBeInstanceOf(LockedAuth)
    }
    const result = await suite.payload.login({ collection: 'users', data: { email: 'lock@test.kr', password: PASSWORD } })
    expect(result.user?.email).toBe('lock@test.kr')
  })
})
