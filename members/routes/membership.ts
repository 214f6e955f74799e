/**
 * /my/members/<id>/: the 기업 담당자 answers a request to join the company (the link in the
 * request e-mail, and the buttons on /my/). GET shows the request with 승인 / 거절; only the POST
 * decides (mail scanners follow links). Someone who may not decide this request, or a request
 * that is gone, gets the same 404 page: nobody learns who asked to join another company.
 */
import express from 'express'
import type { Payload } from 'payload'
import { msg } from '../../kernel/i18n/messages'
import { decideMembership, isMembershipDecision, requestFor } from '../operations/membership'
import { text } from '../operations/formInput'
import { membershipDecisionPage } from '../pages/membership'
import { applyRefusalPage } from '../pages/applyPage'
import type { User } from '../../kernel/payload-types'
import { currentUser, formBody, loginRedirect, route, sendPage } from './session'

const refusalPage = (user: User, message: string) =>
  applyRefusalPage({ program: null, user, message, heading: '소속 승인 요청을 열 수 없습니다', crumb: '소속 승인 요청' })

export function membershipRoutes(payload: Payload): express.Router {
  const router = express.Router()

  router.get('/my/members/:id', route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (!user) return loginRedirect(req, res)
    const request = await requestFor(payload, user, req.params.id)
    if (!request) return sendPage(res, refusalPage(user, msg(null, 'membershipNoRequest')), 404)
    sendPage(res, membershipDecisionPage(request.user, request.company.name, user))
  }))

  router.post('/my/members/:id', formBody, route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (!user) return loginRedirect(req, res)
    const decision = text(req.body, 'decision', 20)
    if (!isMembershipDecision(decision)) return sendPage(res, refusalPage(user, msg(null, 'membershipDecisionInvalid')), 400)
    // Someone who may not decide it gets the same 404 as for no request (decideMembership).
    const outcome = await decideMembership(payload, user, req.params.id, decision)
    if (!outcome.ok) return sendPage(res, refusalPage(user, msg(null, outcome.key)), outcome.status)
    res.redirect(303, `/my/?membership=${decision === 'confirm' ? 'confirmed' : 'declined'}`)
  }))

  return router
}
