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
      // Only the status moves. `data` already holds every field (Payload fills what the client
      // did not send from the stored document), so put back the stored values rather than
      // dropping keys, which would fail the required-field checks.
      for (const key of Object.keys(data)) if (key !== 'status') data[key] = originalDoc?.[key]
    }
  }
  const programId = data.program ?? originalDoc?.program
  // No program: the required-field check that runs next reports it.
  if (programId == null) return data
  // An applicant applies only to a program it can see (an approved one); later status changes
  // keep working even if the program is withdrawn from the public.
  const program = await req.payload.findByID({
    collection: 'programs',
    id: typeof programId === 'object' ? programId.id : programId,
    depth: 0,
    overrideAccess: operation === 'update' || isPlatformAdmin(user),
    req,
    disableErrors: true,
  })
  if (!program) throw refuse(req, 'notFound', 400)
  data.programCompany = typeof program.company === 'object' ? program.company?.id : program.company
  return data
}
