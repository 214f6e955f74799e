import type { Endpoint, PayloadRequest } from 'payload'
import { kstToday } from '../kernel/rules/dates'
import { parseEvaluationYear } from '../kernel/rules/evaluation'
import type { User } from '../kernel/payload-types'
import { errorResponse, refusal } from '../kernel/http/respond'
import { reportScope } from './access'
import { detailCsv, summaryCsv } from './csv'
import { gather } from './gather'

/** The report names companies' results and SMEs' applications: never cached by a shared cache. */
const PRIVATE = { 'Cache-Control': 'private, no-store' }

function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: { ...PRIVATE, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` },
  })
}

const siteUrl = (req: PayloadRequest) => String(req.payload.config.custom?.siteUrl ?? '').replace(/\/+$/, '')

/**
 * GET /api/reports/evaluation?year=YYYY[&company=id][&format=csv] — the 동반성장 평가 가점 per
 * company (evaluation/gather.ts). year defaults to this year in Seoul. CSV: the
 * summary (evaluation-<year>.csv, one row per company) or, with company, that company's evidence
 * (evaluation-<year>-<company id>.csv).
 */
export const evaluationReportEndpoint: Endpoint = {
  path: '/reports/evaluation',
  method: 'get',
  handler: async (req) => {
    try {
      const query = req.searchParams
      const scope = reportScope(req.user, query.get('company'))
      if (!scope.ok) return refusal(req, scope.key, scope.status)
      const yearParam = query.get('year')
      const year = yearParam == null ? Number(kstToday().slice(0, 4)) : parseEvaluationYear(yearParam)
      if (year == null) return refusal(req, 'evaluationYearInvalid', 400)
      const format = query.get('format') ?? 'json'
      if (format !== 'json' && format !== 'csv') return refusal(req, 'evaluationFormatInvalid', 400)

      const report = await gather(req.payload, { year, companyId: scope.companyId, user: req.user as User })
      if (!report) return refusal(req, 'notFound', 404)
      if (format === 'json') return Response.json(report, { headers: PRIVATE })
      const single = scope.companyId == null ? null : report.companies[0]
      return single
        ? csvResponse(detailCsv(single, siteUrl(req)), `evaluation-${year}-${single.company.id}.csv`)
        : csvResponse(summaryCsv(report), `evaluation-${year}.csv`)
    } catch (error) {
      return errorResponse(error, req)
    }
  },
}
