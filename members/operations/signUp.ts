/**
 * Sign-up writes, all through the Local API with access checks on (overrideAccess: false), as
 * the person signing up: anonymous for the account, then the new account for its company. So
 * the collections' own rules (guardRoleAndCompany, the company validators, guardCompanyCategory)
 * decide, exactly as for a REST client.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { User } from '../../kernel/payload-types'
import { msg } from '../../kernel/i18n/messages'
import { countSignUp } from '../../kernel/http/throttle'
import { atomically } from './atomically'
import { idFromForm } from './ids'
import { formRefusal, type FormRefusal, type PathMap } from './payloadErrors'
import { companyData, type AccountInput, type CompanyInput } from './signUpForm'

type Id = string | number

export type SignUpOutcome = { ok: true } | { ok: false; refusal: FormRefusal }

const USER_PATHS: PathMap = { email: 'email', password: 'password', name: 'name', company: 'company', pendingCompany: 'company' }

export const COMPANY_PATHS: PathMap = {
  bizRegNo: 'bizRegNo',
  name: 'companyName',
  ceoName: 'ceoName',
  'address.postcode': 'postcode',
  'address.line1': 'line1',
  'address.line2': 'line2',
  address: 'line1',
  homepage: 'homepage',
  category: 'category',
  industry: 'industry',
  industryDetail: 'industryDetail',
  mainPartners: 'partners',
}

/** Refusals without a field path that still belong next to one (the Local API answers in Korean). */
const companyMessageField = (message: string) => (message === msg(null, 'largeCompanyByAdmin') ? 'category' : undefined)

const asActor = (user: User): User => ({ ...user, collection: 'users' }) as User

/** A new account; `askToJoin`: the company found through 기업검색, a request until confirmed. */
const accountData = (account: AccountInput, askToJoin?: Id) => ({
  name: account.name,
  email: account.email,
  password: account.password,
  ...(askToJoin != null ? { pendingCompany: askToJoin } : {}),
})

async function refused(work: () => Promise<unknown>, paths: PathMap): Promise<SignUpOutcome> {
  try {
    await work()
    return { ok: true }
  } catch (error) {
    return { ok: false, refusal: formRefusal(error, paths, companyMessageField) }
  }
}

/**
 * A new member asking to join a company already on 상생누리 (found through 기업검색): the company's
 * 기업 담당자 or a platform admin confirms it (kernel/rules/membership.ts).
 */
export async function joinCompany(payload: Payload, account: AccountInput, companyId: Id): Promise<SignUpOutcome> {
  return refused(
    () => payload.create({ collection: 'users', data: accountData(account, companyId) as never, overrideAccess: false, depth: 0 }),
    USER_PATHS,
  )
}

/**
 * Creates the company as `user` (who becomes its 기업 담당자) and makes it the user's company,
 * inside the caller's transaction.
 */
async function createCompanyFor(payload: Payload, req: PayloadRequest, user: User, company: CompanyInput, onRollback: (undo: () => Promise<unknown>) => void) {
  const created = await payload.create({ collection: 'companies', data: companyData(company, (v) => idFromForm(payload, v)) as never, overrideAccess: false, user: asActor(user), depth: 0, req })
  onRollback(() => payload.delete({ collection: 'companies', id: created.id, overrideAccess: true }))
  await payload.update({ collection: 'users', id: user.id, data: { company: created.id }, overrideAccess: false, user: asActor(user), depth: 0, req })
}

/** 기업등록 and 회원가입 in one: both stored, or neither. */
export async function joinWithNewCompany(payload: Payload, account: AccountInput, company: CompanyInput): Promise<SignUpOutcome> {
  let step: 'user' | 'company' = 'user'
  try {
    let counted: PayloadRequest | undefined
    await atomically(payload, async (tx, onRollback) => {
      counted = tx
      tx.context = { ...tx.context, countSignUpAfterCommit: true }
      const user = await payload.create({ collection: 'users', data: accountData(account) as never, overrideAccess: false, depth: 0, req: tx })
      onRollback(() => payload.delete({ collection: 'users', id: user.id, overrideAccess: true }))
      step = 'company'
      await createCompanyFor(payload, tx, user, company, onRollback)
    })
    // Counted only now that the account and its company are both stored (kernel/http/throttle.ts).
    if (counted) await countSignUp(counted)
    return { ok: true }
  } catch (error) {
    return { ok: false, refusal: formRefusal(error, step === 'user' ? USER_PATHS : COMPANY_PATHS, companyMessageField) }
  }
}

/** A signed-in member without a company registers its company (the sign-up's finishing step). */
export async function registerCompanyFor(payload: Payload, user: User, company: CompanyInput): Promise<SignUpOutcome> {
  try {
    await atomically(payload, (tx, onRollback) => createCompanyFor(payload, tx, user, company, onRollback))
    return { ok: true }
  } catch (error) {
    return { ok: false, refusal: formRefusal(error, COMPANY_PATHS, companyMessageField) }
  }
}

/** A signed-in member without a company asks to join one found through 기업검색. */
export async function attachCompany(payload: Payload, user: User, companyId: Id): Promise<SignUpOutcome> {
  return refused(
    () => payload.update({ collection: 'users', id: user.id, data: { pendingCompany: companyId as never }, overrideAccess: false, user: asActor(user), depth: 0 }),
    USER_PATHS,
  )
}
