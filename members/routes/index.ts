import express from 'express'
import type { Payload } from 'payload'
import { applyRoutes } from './apply'
import { authRoutes } from './auth'
import { joinRoutes } from './join'
import { joinCompanyRoutes } from './joinCompany'
import { membershipRoutes } from './membership'
import { myRoutes } from './my'
import { passwordResetRoutes } from './passwordReset'
import { personalPage } from './session'

/** Mount points of the per-request pages. */
const PERSONAL_PATHS = ['/login', '/logout', '/forgot', '/reset', '/join', '/my', '/programs/:id/apply']

/**
 * The public site's pages that depend on who is asking: sign-in and sign-up, the member area
 * (/my/), applying to a program. Everything else on the site is static (Eleventy).
 */
export function memberRoutes(payload: Payload): express.Router {
  const router = express.Router()
  // Form posts from other sites are refused in front of every route (server/security/crossSite.ts).
  router.use(PERSONAL_PATHS, personalPage)
  router.use(authRoutes(payload), passwordResetRoutes(payload), joinRoutes(payload), joinCompanyRoutes(payload), myRoutes(payload), membershipRoutes(payload), applyRoutes(payload))
  return router
}
