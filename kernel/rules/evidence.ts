import { sameId } from './roles'

type Id = string | number

/**
 * 홍보 실적 evidence counts in the 동반성장 평가, so a promotion may carry only files its own
 * company uploaded (private-files.ownerCompany, set by the server): another company's file —
 * someone's application attachment, another operator's evidence — never becomes yours.
 * Files already on the record stay (a platform admin may have attached them); the newly added
 * ones are checked. Returns the ids that may not be attached.
 */
export function evidenceNotOwned(requested: Id[], alreadyAttached: Id[], ownerOf: (id: Id) => Id | null | undefined, company: Id | null | undefined): Id[] {
  return requested.filter((id) => !alreadyAttached.some((kept) => sameId(kept, id)) && !sameId(ownerOf(id), company))
}
