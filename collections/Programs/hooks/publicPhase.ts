import type { FieldHook } from 'payload'
import { derivePhase, type Phase } from '../../../kernel/rules/phase'

/**
 * 공개 진행단계: the 진행단계 of the version the public sees, beside the 진행단계 of the version
 * being read. They differ while a revision of a live program waits for review: the admin reads
 * the revision (확인요청), the site keeps the approved version (모집중). Only a draft of a program
 * that was once approved costs a lookup of its main document.
 */
export const publicPhase: FieldHook = async ({ siblingData, data, req }): Promise<Phase | null> => {
  if (siblingData?._status === 'published') return derivePhase(siblingData)
  const id = data?.id
  if (!siblingData?.approvedAt || id == null) return null
  const live = await req.payload.db.findOne<{ id: string | number; _status?: string; reviewStatus?: string; applyStart?: string; applyEnd?: string; supportEnd?: string }>({ collection: 'programs', where: { id: { equals: id } }, req })
  return live?._status === 'published' ? derivePhase(live) : null
}
