/**
 * /join/company/ 기업등록: a new SME or mid-sized company and its first member in one post (both
 * stored or neither), its 중복확인 button (/join/company/check, answered by re-rendering the form),
 * and, for a signed-in member without a company, the company alone.
 */
import express from 'express'
import type { Payload } from 'payload'
import type { User } from '../../kernel/payload-types'
import { normalizeBizRegNo } from '../../kernel/rules/bizRegNo'
import { msg } from '../../kernel/i18n/messages'
import { checkBizRegNoAvailable, partnerCompanyOptions } from '../operations/companies'
import { hasErrors, type FieldErrors, type FormBody } from '../operations/formInput'
import type { FormRefusal } from '../operations/payloadErrors'
import { joinWithNewCompany, registerCompanyFor } from '../operations/signUp'
import { checkAccount, checkCompanyRequired, checkPartners, readAccount, readCompany, splitBizRegNo } from '../operations/signUpForm'
import { EMPTY_COMPANY_VALUES, joinCompanyPage, type JoinCompanyValues, type JoinCompanyView } from '../pages/joinCompany'
import { signedUp, signInAndWelcome, WELCOME_PATH } from './join'
import { currentUser, formBody, route, sendPage } from './session'
import { MY_PATH } from '../../kernel/web/urls'

/** What the form sent, to fill it in again (never the passwords). */
function valuesFrom(body: FormBody): JoinCompanyValues {
  const company = readCompany(body)
  const account = readAccount(body)
  return {
    bizRegNoParts: splitBizRegNo(company.bizRegNo),
    companyName: company.name,
    ceoName: company.ceoName,
    address: company.address,
    homepage: company.homepage,
    category: company.category,
    industry: company.industry,
    industryDetail: company.industryDetail,
    partners: company.mainPartners,
    account: { name: account.name, email: account.email, consent: account.consent },
  }
}

const DUPLICATE = msg(null, 'bizRegNoDuplicate')
const searchFor = (typed: string) => `/join/?q=${encodeURIComponent(normalizeBizRegNo(typed))}`

export function joinCompanyRoutes(payload: Payload): express.Router {
  const router = express.Router()

  const render = async (res: express.Response, user: User | null, view: Partial<JoinCompanyView>, status = 200) => {
    sendPage(res, joinCompanyPage({
      values: EMPTY_COMPANY_VALUES,
      errors: {},
      ...view,
      partnerCompanies: await partnerCompanyOptions(payload),
      finishing: Boolean(user),
      user,
    }), status)
  }

  router.get('/join/company', route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (signedUp(user)) return res.redirect(303, MY_PATH)
    await render(res, user, {})
  }))

  router.post('/join/company/check', formBody, route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (signedUp(user)) return res.redirect(303, MY_PATH)
    const typed = readCompany(req.body).bizRegNo
    const check = await checkBizRegNoAvailable(payload, typed)
    await render(res, user, { values: valuesFrom(req.body), check, duplicateSearch: check.message === DUPLICATE ? searchFor(typed) : undefined })
  }))

  router.post('/join/company', formBody, route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (signedUp(user)) return res.redirect(303, MY_PATH)
    const company = readCompany(req.body)
    const account = readAccount(req.body)
    const refuse = (refusal: FormRefusal) => render(res, user, {
      values: valuesFrom(req.body), errors: refusal.fields, general: refusal.general,
      duplicateSearch: refusal.fields.bizRegNo === DUPLICATE ? searchFor(company.bizRegNo) : undefined,
    }, 400)

    const partnerIds = new Set((await partnerCompanyOptions(payload)).map((option) => option.value))
    const errors: FieldErrors = { ...checkCompanyRequired(company), ...checkPartners(company.mainPartners, partnerIds), ...(user ? {} : checkAccount(account)) }
    if (hasErrors(errors)) return refuse({ fields: errors })

    const outcome = user ? await registerCompanyFor(payload, user, company) : await joinWithNewCompany(payload, account, company)
    if (!outcome.ok) return refuse(outcome.refusal)
    if (user) return res.redirect(303, WELCOME_PATH)
    await signInAndWelcome(payload, res, account)
  }))

  return router
}
