/**
 * 첨부서류 of an application are private files (collections/PrivateFiles) the applicant uploaded
 * first. On create they must be the applicant's own, for applications, and not yet attached to
 * another application; once the application exists they are linked to it and opened to the
 * program's company (audienceCompany), which is what lets its admins download them.
 */
import { APIError, type CollectionAfterChangeHook, type PayloadRequest } from 'payload'
import { sameId } from '../../kernel/rules/roles'
import { msg } from '../../kernel/i18n/messages'

export const MAX_ATTACHMENTS = 5

type Id = string | number
const idOf = (ref: unknown): Id => (typeof ref === 'object' && ref !== null ? (ref as { id: Id }).id : (ref as Id))

export function attachmentIds(value: unknown): Id[] {
  return Array.isArray(value) ? value.map(idOf).filter((id) => id != null && id !== '') : []
}

export async function checkAttachments(data: Record<string, any>, req: PayloadRequest): Promise<void> {
  const ids = attachmentIds(data.attachments)
  if (ids.length === 0) return
  const invalid = () => new APIError(msg(req, 'applyAttachmentInvalid'), 400, undefined, true)
  if (ids.length > MAX_ATTACHMENTS) throw new APIError(msg(req, 'applyTooManyFiles', { max: MAX_ATTACHMENTS }), 400, undefined, true)
  if (new Set(ids.map(String)).size !== ids.length) throw invalid()
  let files
  try {
    ;({ docs: files } = await req.payload.find({
      collection: 'private-files', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, req,
    }))
  } catch {
    throw invalid()
  }
  const usable = files.filter((file) => file.purpose === 'application' && file.application == null && sameId(file.uploadedBy, data.applicant))
  if (usable.length !== ids.length) throw invalid()
  data.attachments = ids
}

/** After a new application is stored: each attachment points back to it and to the program's company. */
export const linkAttachments: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  for (const id of attachmentIds(doc.attachments)) {
    await req.payload.update({
      collection: 'private-files',
      id,
      data: { application: doc.id, audienceCompany: idOf(doc.programCompany) } as never,
      overrideAccess: true,
      depth: 0,
      req,
      context: { trustedWrite: true },
    })
  }
  return doc
}
