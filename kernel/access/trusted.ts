import type { RequestContext } from 'payload'

/**
 * Server-side writes that act for the platform itself (the seed, jobs) pass
 * `context: { trustedWrite: true }`. REST and GraphQL clients cannot set request context,
 * so this never widens what a user can do.
 */
export const isTrustedWrite = (context: RequestContext | undefined): boolean => context?.trustedWrite === true
