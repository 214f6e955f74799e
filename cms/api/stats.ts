import type { Endpoint, Payload } from 'payload'
import { computeStats, type StatsProgram } from '../../kernel/rules/stats'
import { errorResponse } from '../../kernel/http/respond'
import { operatorWhere } from '../../kernel/rules/operators'

const asId = (value: unknown): string | null => {
  if (value == null) return null
  // depth 0 gives an id; a populated relation (should depth ever change) an object.
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}

/**
 * Reads as an anonymous visitor (no req, no user, access on): the figures are public, so a
 * signed-in admin calling this must not see drafts counted, and nobody can be shown more than
 * GET /api/programs would show them.
 */
async function readPublicStatsInput(payload: Payload) {
  const [programs, companies] = await Promise.all([
    payload.find({
      collection: 'programs',
      where: { reviewStatus: { equals: 'approved' } },
      select: {
        reviewStatus: true, targetScope: true, applyStart: true, applyEnd: true, supportEnd: true,
        approvedAt: true, createdAt: true, company: true,
      },
      overrideAccess: false,
      pagination: false,
      depth: 0,
    }),
    payload.find({
      collection: 'companies',
      where: operatorWhere(),
      select: { category: true },
      overrideAccess: false,
      pagination: false,
      depth: 0,
    }),
  ])
  return {
    programs: programs.docs.map((doc): StatsProgram => ({
      reviewStatus: doc.reviewStatus,
      targetScope: doc.targetScope,
      applyStart: doc.applyStart,
      applyEnd: doc.applyEnd,
      supportEnd: doc.supportEnd,
      approvedAt: doc.approvedAt ?? null,
      createdAt: doc.createdAt,
      company: asId(doc.company),
    })),
    companies: companies.docs.map((doc) => ({ id: String(doc.id), category: doc.category })),
  }
}

/** GET /api/stats — the portal's headline figures (참여기업, 등록 프로그램, 추이), for the site and anyone. */
export const statsEndpoint: Endpoint = {
  path: '/stats',
  method: 'get',
  handler: async (req) => {
    try {
      const stats = computeStats(await readPublicStatsInput(req.payload), new Date())
      // A minute of staleness is harmless for headline counts and spares the database on a busy home page.
      return Response.json(stats, { headers: { 'Cache-Control': 'public, max-age=60' } })
    } catch (error) {
      return errorResponse(error, req)
    }
  },
}
