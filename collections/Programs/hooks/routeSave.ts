import type { CollectionBeforeOperationHook, PayloadRequest, RequestContext } from 'payload'
import { routeProgramSave, type SaveTarget } from '../../../kernel/rules/revisions'
import type { ReviewStatus } from '../../../kernel/rules/reviewWorkflow'
import { refuse } from '../../hooks/errors'
import { isTrustedWrite } from '../../../kernel/access/trusted'

type Args = { id?: number | string; data?: Record<string, unknown>; draft?: boolean; where?: unknown }

/** What routeSave decided for the save in progress; read by the afterChange hooks (site rebuild). */
export const saveTargetOf = (context: RequestContext | undefined): SaveTarget | undefined =>
  context?.programSave as SaveTarget | undefined

async function storedState(req: PayloadRequest, id: number | string) {
  const [main, latest] = await Promise.all([
    req.payload.db.findOne<Record<string, unknown> & { id: number | string }>({ collection: 'programs', where: { id: { equals: id } }, req }),
    req.payload.db.findVersions<Record<string, unknown>>({
      collection: 'programs', where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] }, limit: 1, pagination: false, sort: '-updatedAt', req,
    }),
  ])
  const current = (latest.docs[0]?.version as Record<string, unknown> | undefined) ?? main
  return {
    isLive: main?._status === 'published',
    currentStatus: (current?.reviewStatus as ReviewStatus | undefined) ?? null,
    lastSavedAt: Date.parse(String(latest.docs[0]?.updatedAt ?? '')) || 0,
  }
}

/**
 * Payload marks a program's latest version by comparing `updatedAt` (to the millisecond): two
 * saves within one millisecond (a script, the seed) would both stay "latest", and the next save
 * could start from the older one. So a save starts only once the clock has passed the last one.
 */
async function afterMillisecond(instant: number): Promise<void> {
  while (Date.now() <= instant) await new Promise((resolve) => setTimeout(resolve, 1))
}

/**
 * Decides, before Payload saves a program, whether the save publishes it (확인완료), waits as a
 * pending revision beside the live version, or is the working copy of a program never approved
 * (kernel/rules/revisions.ts), and sets Payload's draft flag and `_status` to match — whatever the
 * client asked, so a plain PATCH from a company admin can never replace the live version.
 */
export const routeSave: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const a = args as Args
  const trusted = isTrustedWrite(req.context)
  if (operation === 'update' && a.id == null) {
    // Several programs at once (the list's bulk edit/publish): each needs its own review.
    if (!trusted) throw refuse(req, 'programsOneAtATime', 400)
    return args
  }
  const data = (a.data ??= {})
  const { isLive, currentStatus, lastSavedAt } = operation === 'update' ? await storedState(req, a.id!) : { isLive: false, currentStatus: null, lastSavedAt: 0 }
  await afterMillisecond(lastSavedAt)
  const route = routeProgramSave({
    actor: req.user,
    trusted,
    isLive,
    currentStatus,
    requestedStatus: data.reviewStatus as ReviewStatus | undefined,
    requestedPublication: data._status === 'published' || data._status === 'draft' ? data._status : undefined,
    draftRequested: a.draft === true,
  })
  if (!route.ok) throw refuse(req, 'onlyPlatformAdminPublishes', 403)
  const target = route.target
  req.context.programSave = target
  a.draft = target === 'revision'
  data._status = target === 'publish' ? 'published' : 'draft'
  if (target === 'publish') data.reviewStatus = 'approved'
  if (target === 'unpublish') data.reviewStatus = 'draft'
  return args
}
