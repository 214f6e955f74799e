import { LockedAuth, type Payload } from 'payload'
import { describe, expect, test } from 'vitest'
import { as, PASSWORD, signUpData, type World, bootSeededWorld, confirmedMember } from '../helpers/fixtures'
import { countAll, fieldMessages, HANGUL, refusal } from '../helpers/expectations'

/** Accounts: sign-up makes members, only the platform admin grants roles, logins lock. */

let payload: Payload
let world: World
bootSeededWorld((p, w) => {
  payload = p
  world = w
})

const roleOf = async (id: number) => (await payload.findByID({ collection: 'users', id, depth: 0 })).role

describe('sign-up', () => {
  test('an anonymous sign-up becomes a member (the database is not empty)', async () => {
    const user = await payload.create({ collection: 'users', data: signUpData('new@test.kr', '신규'), ...as(undefined) })
    expect(user.role).toBe('member')
  })

  test.each(['platform-admin', 'company-admin', 'editor'] as const)('signing up as %s is refused in Korean, nothing stored', async (role) => {
    const before = await countAll(payload, 'users')
    const error = await refusal(payload.create({ collection: 'users', data: signUpData(`want-${role}@test.kr`, '욕심', { role }), ...as(undefined) }))
    expect(error.status).toBe(403)
    expect(fieldMessages(error, 'role')).toEqual([expect.stringContaining('상생누리 관리자')])
    expect(await countAll(payload, 'users')).toBe(before)
  })

  test('a password under ten characters is refused in Korean, whatever the client; nothing stored', async () => {
    const before = await countAll(payload, 'users')
    const error = await refusal(payload.create({ collection: 'users', data: { ...signUpData('short@test.kr', '짧은'), password: '123456789' }, ...as(undefined) }))
    expect(error.status).toBe(400)
    expect(error.message + JSON.stringify((error as { data?: unknown }).data ?? '')).toContain('10자 이상')
    expect(await countAll(payload, 'users')).toBe(before)
    // Ten characters are enough; a member cannot shorten its own password later either.
    const user = await payload.create({ collection: 'users', data: { ...signUpData('ten@test.kr', '열자'), password: '1234567890' }, ...as(undefined) })
    await expect(payload.update({ collection: 'users', id: user.id, data: { password: 'short' }, ...as(user) })).rejects.toMatchObject({ status: 400 })
  })

  test('a signed-in company admin cannot create a company admin either', async () => {
    const before = await countAll(payload, 'users')
    const error = await refusal(payload.create({ collection: 'users', data: signUpData('deputy@test.kr', '부관리자', { role: 'company-admin', company: world.companies.b }), ...as(world.users.adminB) }))
    expect(error.status).toBe(403)
    expect(await countAll(payload, 'users')).toBe(before)
  })
})

describe('only the platform admin changes a role', () => {
  test.each([
    ['member', 'platform-admin'], ['member', 'company-admin'], ['adminB', 'platform-admin'], ['editor', 'platform-admin'], ['adminA', 'member'],
  ] as const)('%s setting its own role to %s is refused; role unchanged', async (who, role) => {
    const user = world.users[who]
    const error = await refusal(payload.update({ collection: 'users', id: user.id, data: { role }, ...as(user) }))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(HANGUL)
    expect(await roleOf(user.id)).toBe(user.role)
  })

  test('a member still edits its own name', async () => {
    await payload.update({ collection: 'users', id: world.users.member.id, data: { name: '누리테크 김대리' }, ...as(world.users.member) })
    expect((await payload.findByID({ collection: 'users', id: world.users.member.id })).name).toBe('누리테크 김대리')
  })

  test('a member cannot move itself to another company', async () => {
    const error = await refusal(payload.update({ collection: 'users', id: world.users.member.id, data: { company: world.companies.b }, ...as(world.users.member) }))
    expect(error.status).toBe(403)
    const stored = await payload.findByID({ collection: 'users', id: world.users.member.id, depth: 0 })
    expect(stored.company).toBe(world.companies.sme)
  })

  test('a member without a company asks to join one; it cannot name itself a member, before or after', async () => {
    const user = await payload.create({ collection: 'users', data: signUpData('drifter@test.kr', '무소속'), depth: 0 })
    const self = { ...user, collection: 'users' as const }
    const named = await refusal(payload.update({ collection: 'users', id: user.id, data: { company: world.companies.sme2 }, ...as(self) }))
    expect(named.status).toBe(403)
    expect(fieldMessages(named, 'company')).toEqual([expect.stringContaining('승인')])
    await payload.update({ collection: 'users', id: user.id, data: { pendingCompany: world.companies.sme2 }, ...as(self) })
    const asked = { ...(await payload.findByID({ collection: 'users', id: user.id, depth: 0 })), collection: 'users' as const }
    expect({ company: asked.company ?? null, pendingCompany: asked.pendingCompany }).toEqual({ company: null, pendingCompany: world.companies.sme2 })
    expect((await refusal(payload.update({ collection: 'users', id: user.id, data: { company: world.companies.sme2 }, ...as(asked) }))).status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: user.id, depth: 0 })).company ?? null).toBeNull()
  })

  test('the platform admin grants company-admin rights', async () => {
    const user = await confirmedMember(payload, 'promoted@test.kr', '승격', world.companies.a)
    expect(user.role).toBe('member')
    await payload.update({ collection: 'users', id: user.id, data: { role: 'company-admin' }, ...as(world.users.platformAdmin) })
    expect(await roleOf(user.id)).toBe('company-admin')
  })

  test('nobody but the platform admin changes someone else\'s role', async () => {
    const error = await refusal(payload.update({ collection: 'users', id: world.users.member2.id, data: { role: 'editor' }, ...as(world.users.adminA) }))
    expect([403, 404]).toContain(error.status)
    expect(await roleOf(world.users.member2.id)).toBe('member')
  })
})

describe('login', () => {
  test('the right password logs in and returns a token', async () => {
    const result = await payload.login({ collection: 'users', data: { email: 'member2@test.kr', password: PASSWORD } })
    expect(result.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(result.user?.role).toBe('member')
  })

  test('wrong passwords never lock the account itself: after ten, the right one still signs in (limits are per client address: tests/integration/throttle.test.ts)', async () => {
    await payload.create({ collection: 'users', data: signUpData('lock@test.kr', '잠금') })
    for (let attempt = 1; attempt <= 10; attempt++) {
      const error = await refusal(payload.login({ collection: 'users', data: { email: 'lock@test.kr', password: `wrong-${attempt}` } }))
      expect(error.status).toBe(401)
      expect(error).not.toBeInstanceOf(LockedAuth)
    }
    const result = await payload.login({ collection: 'users', data: { email: 'lock@test.kr', password: PASSWORD } })
    expect(result.user?.email).toBe('lock@test.kr')
  })
})
