import { expect, test } from 'vitest'
import { as, signUpData } from '../helpers/fixtures'
import { refusal } from '../helpers/expectations'
import { useTestPayload } from '../helpers/suite'

/** A fresh install is bootstrapped by its first account (/admin/create-first-user). */

const suite = useTestPayload()

const signUp = (email: string, role?: 'member' | 'platform-admin') =>
  suite.payload.create({ collection: 'users', data: signUpData(email, '가입자', role ? { role } : {}), ...as(undefined) })

test('the first account on an empty database becomes the platform admin; the next ones are members', async () => {
  expect((await suite.payload.count({ collection: 'users' })).totalDocs).toBe(0)
  const first = await signUp('first@test.kr', 'member')
  expect(first.role).toBe('platform-admin')

  const second = await signUp('second@test.kr')
  expect(second.role).toBe('member')

  const error = await refusal(signUp('third@test.kr', 'platform-admin'))
  expect(error.status).toBe(403)
  expect((await suite.payload.count({ collection: 'users' })).totalDocs).toBe(2)
})
