/**
 * /my/profile/: the member's own name, 관심 분야, 신규 프로그램 알림, and — for an SME or
 * mid-sized company — its 주거래기업, address and homepage. Saved as the member with access
 * checks on, in one transaction: the collections' access rules decide (a member may not edit a
 * 대기업·공공기관 it belongs to), and a refusal leaves everything as it was.
 */
import { APIError, type Payload, type PayloadRequest } from 'payload'
import { msg } from '../../kernel/i18n/messages'
import { companyIdOf } from '../../kernel/rules/roles'
import type { Company, User } from '../../kernel/payload-types'
import { atomically } from './atomically'
import { idFromForm } from './ids'
import { checked, list, text, type FieldErrors, type FormBody } from './formInput'
import { formRefusal, type FormRefusal, type PathMap } from './payloadErrors'
import { readPartners, type PartnerInput } from './signUpForm'

export type CompanyProfileInput = {
  address: { postcode: string; line1: string; line2: string }
  homepage: string
  mainPartners: PartnerInput[]
}

export type ProfileInput = {
  name: string
  supportFields: string[]
  regions: string[]
  alerts: boolean
  /** Present when the post carries the company section (the form marks it with `companySection`). */
  company?: CompanyProfileInput
}

const COMPANY_KEYS = ['companySection', 'postcode', 'line1', 'line2', 'homepage']

export function readProfile(body: FormBody): ProfileInput {
  const hasCompany = COMPANY_KEYS.some((key) => body?.[key] !== undefined) || Object.keys(body ?? {}).some((key) => key.startsWith('partnerCompany'))
  return {
    name: text(body, 'name', 50),
    supportFields: list(body, 'supportFields'),
    regions: list(body, 'regions'),
    alerts: checked(body, 'alerts'),
    company: hasCompany
      ? {
          address: { postcode: text(body, 'postcode', 10), line1: text(body, 'line1', 200), line2: text(body, 'line2', 200) },
          homepage: text(body, 'homepage', 300),
          mainPartners: readPartners(body),
        }
      : undefined,
  }
}

export function checkProfile(input: ProfileInput): FieldErrors {
  const errors: FieldErrors = {}
  if (!input.name) errors.name = '이름을 입력해 주세요.'
  if (input.company && !input.company.address.line1) errors.line1 = '기업주소를 입력해 주세요.'
  if (input.company && !input.company.homepage) errors.homepage = '홈페이지 주소 또는 담당자 이메일 주소를 입력해 주세요.'
  return errors
}

const PATHS: PathMap = {
  name: 'name',
  'interests.supportFields': 'supportFields',
  'interests.regions': 'regions',
  programAlerts: 'alerts',
  'address.postcode': 'postcode',
  'address.line1': 'line1',
  'address.line2': 'line2',
  homepage: 'homepage',
  mainPartners: 'partners',
}

const companyUpdate = (payload: Payload, company: CompanyProfileInput) => ({
  address: { postcode: company.address.postcode || null, line1: company.address.line1, line2: company.address.line2 || null },
  homepage: company.homepage,
  mainPartners: company.mainPartners.map((row) => ({ company: idFromForm(payload, row.company), tier: row.tier })),
})

async function saveCompany(payload: Payload, req: PayloadRequest, user: User, input: CompanyProfileInput, onRollback: (undo: () => Promise<unknown>) => void) {
  const id = companyIdOf(user)
  if (id == null) throw new APIError(msg(req, 'noCompany'), 403, undefined, true)
  const before = (await payload.findByID({ collection: 'companies', id, depth: 0, overrideAccess: true, req })) as Company
  await payload.update({ collection: 'companies', id, data: companyUpdate(payload, input) as never, overrideAccess: false, user, depth: 0, req })
  onRollback(() => payload.update({
    collection: 'companies', id, overrideAccess: true, context: { trustedWrite: true },
    data: { address: before.address, homepage: before.homepage, mainPartners: before.mainPartners ?? [] } as never,
  }))
}

/** Saves everything or nothing; the refusal says what and where. */
export async function saveProfile(payload: Payload, user: User, input: ProfileInput): Promise<{ ok: true } | { ok: false; refusal: FormRefusal }> {
  const actor = { ...user, collection: 'users' } as User
  try {
    await atomically(payload, async (req, onRollback) => {
      if (input.company) await saveCompany(payload, req, actor, input.company, onRollback)
      await payload.update({
        collection: 'users',
        id: user.id,
        data: { name: input.name, interests: { supportFields: input.supportFields, regions: input.regions }, programAlerts: { enabled: input.alerts } } as never,
        overrideAccess: false,
        user: actor,
        depth: 0,
        req,
      })
    })
    return { ok: true }
  } catch (error) {
    return { ok: false, refusal: formRefusal(error, PATHS) }
  }
}
