/**
 * Every address the product writes, built in one place: the public site's pages (root-relative
 * paths, as pages link them), the member area's, the admin's, and `absoluteUrl` for what is read
 * outside the site (e-mails, feeds, calendar apps, Excel), where `/programs/…` means nothing.
 */
type Id = string | number

const seg = (value: Id) => encodeURIComponent(String(value))

/** A program's public page. */
export const programPath = (id: Id) => `/programs/${seg(id)}/`
/** The program search and list: page 0 is /programs/, page n (0-based) /programs/page/<n + 1>/. */
export const programListPath = (pageNumber = 0) => (pageNumber === 0 ? '/programs/' : `/programs/page/${pageNumber + 1}/`)
/** The online application form of a program. */
export const applyPath = (id: Id) => `${programPath(id)}apply/`
/** A 운영기업's page (대기업·공공기관). */
export const companyPath = (id: Id) => `/companies/${seg(id)}/`
/** The part of a company's page that holds its partner-registration guide. */
export const companyGuidePath = (id: Id) => `${companyPath(id)}#partner-guide`
/** A card news story (상생정보통). */
export const newsPath = (id: Id) => `/news/${seg(id)}/`
/** A newsletter issue's web edition, by its month (YYYY-MM). */
export const newsletterPath = (issueMonth: string) => `/newsletter/${seg(issueMonth)}/`
/** The newsletter archive. */
export const NEWSLETTER_ARCHIVE_PATH = '/newsletter/'
/** The sign-up form on the archive page (its heading's id, site/src/_includes/partials/subscribeForm.njk). */
export const NEWSLETTER_SIGN_UP_PATH = `${NEWSLETTER_ARCHIVE_PATH}#subscribe-title`

/** The member's own 마이페이지, where a member lands after signing in. */
export const MY_PATH = '/my/'
/** The 기업 담당자's page for one membership request (GET shows 승인 / 거절, POST decides). */
export const membershipPath = (userId: Id) => `${MY_PATH}members/${seg(userId)}/`
/** Asking for a password-reset e-mail. */
export const FORGOT_PATH = '/forgot/'
/** A member's password-reset link. */
export const resetPath = (token: string) => `/reset/${seg(token)}/`

/** The admin's addresses, under its route (Payload's `routes.admin`, `/admin`). */
export const adminPaths = {
  /** One document's edit form. */
  document: (adminRoute: string, collection: string, id: Id) => `${adminRoute}/collections/${collection}/${seg(id)}`,
  /**
   * The guide's "+ 프로그램": a new program's form with this 사업 already chosen (the program's
   * business field reads `?business=` as its default; collections/Programs/fields.ts).
   */
  newProgram: (adminRoute: string, businessId: Id) => `${adminRoute}/collections/programs/create?business=${seg(businessId)}`,
  /** The program list showing what waits for review (확인요청). */
  submittedPrograms: (adminRoute: string) => `${adminRoute}/collections/programs?where[reviewStatus][equals]=submitted`,
  /** The signed-in person's own account, where the e-mail switches are. */
  account: (adminRoute: string) => `${adminRoute}/account`,
  /** Staff set a new password in the admin's own reset view. */
  reset: (adminRoute: string, token: string) => `${adminRoute}/reset/${seg(token)}`,
}

/**
 * `siteUrl` joined to a root-relative `path` with exactly one slash between them. A path
 * prefix in `siteUrl` (https://example.kr/sangsaeng) is kept, which `new URL(path, base)`
 * would drop.
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  const base = new URL(siteUrl)
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new RangeError(`siteUrl must be http(s): ${siteUrl}`)
  }
  return `${siteUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}
