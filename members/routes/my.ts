/** /my/ 마이페이지 and /my/profile/ 회원정보 수정: signed-in people only. */
import express from 'express'
import type { Payload } from 'payload'
import { canWithdraw } from '../../kernel/rules/applicationStatus'
import { companyIdOf, isMember, ROLE_LABELS } from '../../kernel/rules/roles'
import { COMPANY_CATEGORIES, labelOf } from '../../kernel/rules/valueLists'
import { msg } from '../../kernel/i18n/messages'
import type { Company, User } from '../../kernel/payload-types'
import { partnerCompanyOptions } from '../operations/companies'
import { hasErrors } from '../operations/formInput'
import { memberApplications } from '../operations/history'
import { checkProfile, readProfile, saveProfile } from '../operations/profile'
import { checkPartners } from '../operations/signUpForm'
import { pageOf, positiveInt } from '../operations/paging'
import { recommendationActions, type RecommendationAction } from '../operations/recommendationActions'
import { recommendedPrograms } from '../operations/recommendations'
import { requestsToManage } from '../operations/membership'
import { myPage } from '../pages/my'
import { profilePage, type ProfileValues, type ProfileView } from '../pages/profile'
import { withdrawConfirmPage } from '../pages/withdraw'
import { applyRefusalPage } from '../pages/applyPage'
import { currentUser, formBody, loginRedirect, route, sendPage } from './session'

const EDITABLE_CATEGORIES = ['sme', 'midsize']

/** The member's company as the member may read it (its own 주거래기업 included). */
async function companyOf(payload: Payload, user: User): Promise<Company | null> {
  const id = companyIdOf(user)
  if (id == null) return null
  const { docs } = await payload.find({ collection: 'companies', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: false, user })
  return docs[0] ?? null
}

function storedValues(user: User, company: Company | null): ProfileValues {
  return {
    name: user.name ?? '',
    supportFields: user.interests?.supportFields ?? [],
    regions: user.interests?.regions ?? [],
    alerts: Boolean(user.programAlerts?.enabled),
    company: company && EDITABLE_CATEGORIES.includes(company.category)
      ? {
          address: { postcode: company.address?.postcode ?? '', line1: company.address?.line1 ?? '', line2: company.address?.line2 ?? '' },
          homepage: company.homepage ?? '',
          partners: (company.mainPartners ?? []).map((row) => ({ company: String(companyIdOf({ company: row.company }) ?? ''), tier: row.tier })),
        }
      : undefined,
  }
}

/** Recommendations per page of /my/ (a large operator base can make thousands). */
const MY_RECOMMENDATIONS_PER_PAGE = 20

export function myRoutes(payload: Payload): express.Router {
  const router = express.Router()

  router.get('/my', route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (!user) return loginRedirect(req, res)
    const member = isMember(user)
    const [{ company, items }, applications] = member
      ? await Promise.all([recommendedPrograms(payload, user), memberApplications(payload, user)])
      : [{ company: await companyOf(payload, user), items: [] }, []]
    // A member waiting for confirmation sees what it may apply to later, without 신청하기.
    const pending = member && companyIdOf(user) == null && company != null
    const page = pageOf(items, positiveInt(req.query.page) || 1, MY_RECOMMENDATIONS_PER_PAGE)
    const actions = company && !pending && page.docs.length ? await recommendationActions(payload, user, company, page.docs) : new Map<string, RecommendationAction>()
    const requests = member && !pending ? await requestsToManage(payload, user, company) : []
    const membershipNotice = req.query.membership === 'confirmed' || req.query.membership === 'declined' ? req.query.membership : undefined
    sendPage(res, myPage({
      user: { ...user, name: user.name || user.email },
      roleLabel: ROLE_LABELS[user.role]?.ko ?? user.role,
      isMember: member,
      company: company ? { name: company.name, categoryLabel: labelOf(COMPANY_CATEGORIES, company.category), operating: !EDITABLE_CATEGORIES.includes(company.category), pending } : null,
      membershipRequests: requests.map((person) => ({ id: person.id, name: person.name, email: person.email, updatedAt: person.updatedAt })),
      recommendations: { ...page, docs: page.docs.map((r) => ({ ...r, action: actions.get(String(r.program.id)) ?? { kind: 'none' } })) },
      applications: applications.map((entry) => ({ ...entry, withdrawable: canWithdraw(user, entry.status) })),
      welcome: req.query.welcome === '1',
      notice: req.query.applied ? 'applied' : req.query.withdrawn === '1' ? 'withdrawn' : membershipNotice,
    }))
  }))

  /**
   * 신청 철회, step one: which application, and a 철회하기 button that posts to the same path
   * (members/routes/apply withdraws). Only a member's own applications are found here (read with the
   * member's access: its own); the same refusals as the withdrawal itself. Other roles have no
   * history on /my/, so nothing to confirm.
   */
  router.get('/my/applications/:id/withdraw', route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (!user) return loginRedirect(req, res)
    const entry = isMember(user) ? (await memberApplications(payload, user)).find((e) => String(e.id) === req.params.id) : undefined
    const refuse = (status: number, message: string) =>
      sendPage(res, applyRefusalPage({ program: null, user, message, heading: '신청을 철회할 수 없습니다', crumb: '신청 철회' }), status)
    if (!entry) return refuse(404, msg(null, 'notFound'))
    if (!canWithdraw(user, entry.status)) return refuse(409, msg(null, 'applyWithdrawNotAllowed'))
    sendPage(res, withdrawConfirmPage(entry, user))
  }))

  const renderProfile = async (res: express.Response, user: User, company: Company | null, view: Partial<ProfileView>, status = 200) => {
    const editable = Boolean(company && EDITABLE_CATEGORIES.includes(company.category))
    sendPage(res, profilePage({
      user,
      email: user.email,
      values: storedValues(user, company),
      company: company ? { name: company.name, categoryLabel: labelOf(COMPANY_CATEGORIES, company.category), editable } : null,
      partnerCompanies: editable ? await partnerCompanyOptions(payload) : [],
      errors: {},
      ...view,
    }), status)
  }

  router.get('/my/profile', route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (!user) return loginRedirect(req, res)
    await renderProfile(res, user, await companyOf(payload, user), { saved: req.query.saved === '1' })
  }))

  router.post('/my/profile', formBody, route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (!user) return loginRedirect(req, res)
    const company = await companyOf(payload, user)
    const input = readProfile(req.body)
    const stored = storedValues(user, company)
    const values: ProfileValues = {
      name: input.name, supportFields: input.supportFields, regions: input.regions, alerts: input.alerts,
      company: stored.company && input.company
        ? { address: input.company.address, homepage: input.company.homepage, partners: input.company.mainPartners }
        : stored.company,
    }
    const partnerIds = new Set((await partnerCompanyOptions(payload)).map((option) => option.value))
    const errors = { ...checkProfile(input), ...(input.company ? checkPartners(input.company.mainPartners, partnerIds) : {}) }
    if (hasErrors(errors)) return renderProfile(res, user, company, { values, errors }, 400)
    const outcome = await saveProfile(payload, user, input)
    if (!outcome.ok) return renderProfile(res, user, company, { values, errors: outcome.refusal.fields, general: outcome.refusal.general }, 400)
    res.redirect(303, '/my/profile/?saved=1')
  }))

  return router
}
