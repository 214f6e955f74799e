/**
 * The absolute links a work e-mail carries, built from the one URL builder (kernel/web/urls.ts):
 * the public program page, the member pages and documents in the admin. `siteUrl` is the
 * instance's SITE_URL.
 */
import { absoluteUrl, adminPaths, membershipPath, MY_PATH, programPath, resetPath } from '../kernel/web/urls'

export type LinkBase = { siteUrl: string; adminRoute?: string }

const adminDoc = ({ siteUrl, adminRoute = '/admin' }: LinkBase, collection: string, id: string | number) =>
  absoluteUrl(siteUrl, adminPaths.document(adminRoute, collection, id))

/** The program's form in the admin, where its company fixes it and the platform reviews it. */
export const programAdminUrl = (base: LinkBase, id: string | number) => adminDoc(base, 'programs', id)

/** The application in the admin (신청서), for the program's company. */
export const applicationAdminUrl = (base: LinkBase, id: string | number) => adminDoc(base, 'applications', id)

/** The program's public page on the site. */
export const programPublicUrl = (base: LinkBase, id: string | number) => absoluteUrl(base.siteUrl, programPath(id))

/** The signed-in person's own account page in the admin, where the e-mail switches are. */
export const accountUrl = ({ siteUrl, adminRoute = '/admin' }: LinkBase) => absoluteUrl(siteUrl, adminPaths.account(adminRoute))

/** The admin's program list showing what waits for review (확인요청). */
export const submittedProgramsUrl = ({ siteUrl, adminRoute = '/admin' }: LinkBase) => absoluteUrl(siteUrl, adminPaths.submittedPrograms(adminRoute))

/**
 * The link of a password-reset e-mail: staff set their new password in the admin (its own reset
 * view), members on the site's /reset/ page — members have no admin.
 */
export const passwordResetUrl = ({ siteUrl, adminRoute = '/admin' }: LinkBase, token: string, staff: boolean) =>
  absoluteUrl(siteUrl, staff ? adminPaths.reset(adminRoute, token) : resetPath(token))

/** An account in the admin: a platform admin answers its membership request there (승인 / 거절). */
export const userAdminUrl = (base: LinkBase, id: string | number) => adminDoc(base, 'users', id)

/** The 기업 담당자's page for one membership request (GET shows 승인 / 거절, POST decides). */
export const membershipDecisionUrl = ({ siteUrl }: LinkBase, userId: string | number) => absoluteUrl(siteUrl, membershipPath(userId))

/** The member's own 마이페이지. */
export const myPageUrl = ({ siteUrl }: LinkBase) => absoluteUrl(siteUrl, MY_PATH)
