import { refusal } from '../../../kernel/http/respond'
import { loadIssueModel } from '../../../newsletter/render/model'
import { personalise } from '../../../newsletter/render/personalise'
import { renderIssue } from '../../../newsletter/render/renderIssue'
import { mailSettings } from '../../../newsletter/send/mailSettings'
import { findIssue } from '../../../newsletter/send/startSend'
import { staffEndpoint } from './staff'

const VARIANTS = ['email', 'web'] as const
const PARTS = ['html', 'text'] as const
type Variant = (typeof VARIANTS)[number]
type Part = (typeof PARTS)[number]

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

/**
 * GET /api/newsletters/:id/preview?variant=email|web[&part=text] — the issue as a subscriber
 * would get it (the one renderer the sender uses), with sample links instead of a recipient's
 * own unsubscribe and preferences links. Editors and platform admins only.
 */
export const previewEndpoint = staffEndpoint('/:id/preview', 'get', async (req, id) => {
  const variant = pick<Variant>(req.query?.variant, VARIANTS, 'email')
  const part = pick<Part>(req.query?.part, PARTS, 'html')
  if (!variant || !part) return refusal(req, 'previewQueryInvalid', 400)
  await findIssue(req.payload, id, req)
  // The sender's own settings: the same SITE_URL its messages link to.
  const { siteUrl } = mailSettings(req.payload)
  const rendered = await renderIssue(await loadIssueModel(req.payload, id, { siteUrl }), { variant })
  // Harmless stand-ins: the archive page, never a real subscriber's token.
  const sample = `${siteUrl}/newsletter/`
  const personalised = personalise(rendered, { unsubscribeUrl: sample, preferencesUrl: sample })
  const [body, type] = part === 'text' ? [personalised.text, 'text/plain'] : [personalised.html, 'text/html']
  return new Response(body, { headers: { ...PREVIEW_HEADERS, 'Content-Type': `${type}; charset=utf-8` } })
})
