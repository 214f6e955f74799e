import type { CollectionBeforeChangeHook } from 'payload'
import { evidenceNotOwned } from '../../kernel/rules/evidence'
import { idOf, type Id } from '../../notifications/ids'
import { isPlatformAdmin, sameId } from '../../kernel/rules/roles'
import { fieldError } from '../hooks/errors'
import { isTrustedWrite } from '../../kernel/access/trusted'

const idsOf = (value: unknown): Id[] => (Array.isArray(value) ? value.map(idOf).filter((id): id is Id => id != null) : [])

/** Evidence files must be the promotion's company's own (kernel/rules/evidence.ts). */
export const evidenceOfOwnCompany: CollectionBeforeChangeHook = async ({ data, req, originalDoc, context, collection }) => {
  if (isTrustedWrite(context) || isPlatformAdmin(req.user) || data.evidence === undefined) return data
  const requested = idsOf(data.evidence)
  if (requested.length === 0) return data
  const { docs } = await req.payload.find({
    collection: 'private-files', where: { id: { in: requested } }, select: { ownerCompany: true }, depth: 0, pagination: false, overrideAccess: true, req,
  })
  const ownerOf = (id: Id) => {
    const file = docs.find((doc) => sameId(doc.id, id))
    return file?.ownerCompany == null ? null : idOf(file.ownerCompany)
  }
  const refused = evidenceNotOwned(requested, idsOf(originalDoc?.evidence), ownerOf, idOf(data.company ?? originalDoc?.company))
  if (refused.length) throw fieldError(req, collection.slug, 'evidence', 'evidenceOwnCompany', { status: 403 })
  return data
}
