import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, RequestContext } from 'payload'
import { queueSiteRebuild, type SiteChange } from '../../kernel/jobs'

/** Seeds, imports and benchmarks pass this and build the site once at the end instead. */
export const skipsSiteRebuild = (context: RequestContext | undefined): boolean => context?.skipSiteRebuild === true

type Doc = Record<string, unknown>

/**
 * Queues a public-site rebuild when a change can show on the site: the document is public now
 * or was public before the change (so unpublishing removes it from the site too).
 */
export function rebuildSiteOnChange(
  slug: string,
  isPublic: (doc: Doc) => boolean = () => true,
  /** a save that stays off the site whatever the document says (a program's pending revision) */
  offSite: (context: RequestContext) => boolean = () => false,
  /** what a save needs: `programs` for programs (an incremental publish); a deletion always takes a full build */
  change: SiteChange = 'full',
) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
    if (skipsSiteRebuild(context) || offSite(context)) return doc
    if (isPublic(doc) || (previousDoc && isPublic(previousDoc))) {
      await queueSiteRebuild(req.payload, `${slug} ${String(doc.id)} changed`, req, change)
    }
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
    if (!skipsSiteRebuild(context) && isPublic(doc)) await queueSiteRebuild(req.payload, `${slug} ${String(doc.id)} deleted`, req)
    return doc
  }
  return { afterChange, afterDelete }
}
