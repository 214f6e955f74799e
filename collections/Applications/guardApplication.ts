import type { CollectionBeforeChangeHook } from 'payload'
import { canMoveApplication, type ApplicationStatus } from '../../cms/domain/applicationStatus'
import { companyIdOf, isPlatformAdmin } from '../../cms/domain/roles'
import { refuse } from '../hooks/errors'
import { isTrustedWrite } from '../hooks/trusted'

/**
 * New applications are the signed-in member's, for its company, in 접수; the program's company is
 * copied for access rules. Afterwards only the status moves, and only as canMoveApplication allows.
 */
export const guardApplication: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc, context }) => {
  if (isTrustedWrite(context)) return data
  const user = req.user
  if (operation === 'create') {
    if (!isPlatformAdmin(user)) {
      data.applicant = user?.id
      data.company = companyIdOf(user)
      if (data.company == null) throw refuse(req, 'noCompany')
    }
    data.status = 'submitted'
  } else {
    const from = originalDoc?.status as ApplicationStatus
    const to = (data.status ?? from) as ApplicationStatus
    if (!canMoveApplication(user, from, to)) throw refuse(req, 'invalidTransition', 409)
    if (!isPlatformAdmin(user)) {
      for (const key of Object.keys(data)) if (key !== 'status') delete data[key]
    }
  }
  const programId = data.program ?? originalDoc?.program
  const program = await req.payload.findByID({ collection: 'programs', id: typeof programId === 'object' ? programId.id : programId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!program) throw refuse(req, 'notFound', 400)
  data.programCompany = typeof program.company === 'object' ? program.company?.id : program.company
  return data
}
