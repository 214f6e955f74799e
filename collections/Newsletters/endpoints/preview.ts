import type { Endpoint, PayloadRequest } from 'payload'
import { errorBody, errorResponse, refusal } from '../../../cms/api/respond'
import { readEnv } from '../../../cms/config/env'
import { loadIssueModel } from '../../../newsletter/render/model'
import { personalise } from '../../../newsletter/render/personalise'
import { renderIssue } from '../../../newsletter/render/renderIssue'
import { refuseUnlessStaff, routeId } from './staff'

const VARIANTS = ['email', 'web'] as const
const PARTS = ['html', 'text'] as const
type Variant = (typeof VARIANTS)[number]
type Part = (typeof PARTS)[number]

const BAD_QUERY = {
  ko: 'variant는 "email" 또는 "web", part는 "html" 또는 "text"여야 합니다.',
  en: 'variant must be "email" or "web", and part "html" or "text".',
}

/**
 * The preview is served on the admin's own origin, inside the admin: whatever an editor put in
 * the issue may show, but never run (no scripts, forms, or framing by other sites).
 */
const PREVIEW_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy':
    "default-src 'none'; img-src * data:; style-src 'unsafe-inline' *; font-src * data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
}

/** A query value from the allowed list, the default when absent, null when anything else. */
function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T | null {
  if (value === undefined || value === '') return fallback
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null
}

async function issueExists(req: PayloadRequest, id: string): Promise<boolean> {
  try {
    const doc = await req.payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
    return Boolean(doc)
  } catch {
    // An id the database cannot even parse names no issue.
    return false
  }
}

/**
 * GET /api/newsletters/:id/preview?variant=email|web[&part=text] — the issue as a subscriber
 * would get it (the one renderer the sender uses), with sample links instead of a recipient's
 * own unsubscribe and preferences links. Editors and platform admins only.
 */
export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const variant = pick<Variant>(req.query?.variant, VARIANTS, 'email')
    const part = pick<Part>(req.query?.part, PARTS, 'html')
    if (!variant || !part) return Response.json(errorBody(BAD_QUERY[req.i18n?.language === 'en' ? 'en' : 'ko']), { status: 400 })
    const id = routeId(req)
    if (!id || !(await issueExists(req, id))) return refusal(req, 'notFound', 404)
    try {
      const { siteUrl } = readEnv()
      const model = await loadIssueModel(req.payload, id, { siteUrl })
      const rendered = await renderIssue(model, { variant })
      // Harmless stand-ins: the archive page, never a real subscriber's token.
      const sample = `${siteUrl}/newsletter/`
      const personalised = personalise({ html: rendered.html, text: rendered.text }, { unsubscribeUrl: sample, preferencesUrl: sample })
      if (part === 'text') {
        return new Response(personalised.text, { headers: { ...PREVIEW_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } })
      }
      return new Response(personalised.html, { headers: { ...PREVIEW_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } })
    } catch (error) {
      return errorResponse(error, req)
    }
  },
}
