import type { CollectionBeforeChangeHook } from 'payload'
import { dayToStoredInstant } from '../../../kernel/rules/dates'
import { defaultIssuePrograms, isIssueMonth, monthBounds } from '../../../kernel/rules/issuePrograms'

/** A new issue with no programs picked gets the approved programs recruiting in its month. */
export const defaultPrograms: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || (Array.isArray(data.programs) && data.programs.length > 0)) return data
  if (!isIssueMonth(data.issueMonth)) return data
  const { first, last } = monthBounds(data.issueMonth)
  const { docs } = await req.payload.find({
    collection: 'programs',
    where: {
      and: [
        { reviewStatus: { equals: 'approved' } },
        { applyStart: { less_than_equal: dayToStoredInstant(last) } },
        { applyEnd: { greater_than_equal: dayToStoredInstant(first) } },
      ],
    },
    select: { reviewStatus: true, applyStart: true, applyEnd: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return { ...data, programs: defaultIssuePrograms(docs, data.issueMonth).map((program) => program.id) }
}
