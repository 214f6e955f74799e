/**
 * /join/ 기업검색 and /join/account/ 회원정보 입력: signing up as a member of a company already on
 * 상생누리. A signed-in member without a company uses the same pages to finish signing up.
 */
import express from 'express'
import type { Payload } from 'payload'
import type { User } from '../../kernel/payload-types'
import { findCompany, searchCompanies } from '../operations/companies'
import { hasErrors, text, type FormBody } from '../operations/formInput'
import { attachCompany, joinCompany } from '../operations/signUp'
import { checkAccount, readAccount, type AccountInput } from '../operations/signUpForm'
import { joinAccountPage } from '../pages/joinAccount'
import { joinSearchPage } from '../pages/joinSearch'
import { html } from '../../kernel/web/html'
import { pageLayout } from '../../views/layout'
import { currentUser, formBody, route, sendPage, setSessionCookie } from './session'
import { MY_PATH } from '../../kernel/web/urls'

export const WELCOME_PATH = '/my/?welcome=1'

/** Signed in and already with a company: sign-up is done. */
export const signedUp = (user: User | null): boolean => Boolean(user && user.company != null)

export function companyNotFoundPage(user: User | null): string {
  return pageLayout({
    title: '기업을 찾을 수 없습니다',
    user,
    body: html`<h1>기업을 찾을 수 없습니다</h1>
<p class="page-lead">선택한 기업이 없거나 주소가 잘못되었습니다. 기업검색에서 소속 기업을 다시 찾아 주세요.</p>
<ul class="link-list"><li><a href="/join/">기업검색</a></li><li><a href="/join/company/">기업등록</a></li></ul>`,
  })
}

/** Signs in the account just created and goes to the member area. */
export async function signInAndWelcome(payload: Payload, res: express.Response, account: AccountInput): Promise<void> {
  const { token } = await payload.login({ collection: 'users', data: { email: account.email, password: account.password } })
  if (token) setSessionCookie(payload, res, token)
  res.redirect(303, WELCOME_PATH)
}

export function joinRoutes(payload: Payload): express.Router {
  const router = express.Router()

  router.get('/join', route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (signedUp(user)) return res.redirect(303, MY_PATH)
    const q = text(req.query as FormBody, 'q', 100)
    const found = q ? await searchCompanies(payload, q) : null
    sendPage(res, joinSearchPage({ q, results: found?.rows ?? null, total: found?.total ?? 0, user, finishing: Boolean(user) }))
  }))

  router.get('/join/account', route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (signedUp(user)) return res.redirect(303, MY_PATH)
    const company = await findCompany(payload, text(req.query as FormBody, 'company', 100))
    if (!company) return sendPage(res, companyNotFoundPage(user), 404)
    sendPage(res, joinAccountPage({ company, values: {}, errors: {}, user, finishing: Boolean(user) }))
  }))

  router.post('/join/account', formBody, route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (signedUp(user)) return res.redirect(303, MY_PATH)
    const company = await findCompany(payload, text(req.body, 'company', 100))
    if (!company) return sendPage(res, companyNotFoundPage(user), 400)

    if (user) {
      const attached = await attachCompany(payload, user, company.id)
      if (!attached.ok) return sendPage(res, joinAccountPage({ company, values: {}, errors: attached.refusal.fields, general: attached.refusal.general, user, finishing: true }), 400)
      return res.redirect(303, WELCOME_PATH)
    }

    const account = readAccount(req.body)
    const values = { name: account.name, email: account.email, consent: account.consent }
    const errors = checkAccount(account)
    if (hasErrors(errors)) return sendPage(res, joinAccountPage({ company, values, errors }), 400)
    const outcome = await joinCompany(payload, account, company.id)
    if (!outcome.ok) return sendPage(res, joinAccountPage({ company, values, errors: outcome.refusal.fields, general: outcome.refusal.general }), 400)
    await signInAndWelcome(payload, res, account)
  }))

  return router
}
