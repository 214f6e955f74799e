/**
 * What a GraphQL query may cost (docs/SPEC.md "Request limits"). Payload's own complexity limit
 * counts each field once, whatever its `limit`, so 100 aliases of `Programs(limit: 100000)` passed
 * and held a core for seconds. Here, with graphql-query-complexity (the library Payload's rule is
 * a copy of), a list field costs its rows times what each row selects, every alias counted:
 * `limit: 0` and `pagination: false` (all rows) count as the whole budget (GRAPHQL_ALL_ROWS). Over GRAPHQL_MAX_COST
 * the query is refused before it runs, with a Korean message that says by how much.
 */
import { GraphQLError, type ValidationRule } from 'graphql'
import { createComplexityRule, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity'
import { GRAPHQL_MAX_COST } from '../../kernel/http/limits'
import { msg } from '../../kernel/i18n/messages'

/** Rows a list asked for "all rows" is counted as: the whole budget, so such a query never passes (bulk is the open data export's). */
export const GRAPHQL_ALL_ROWS = GRAPHQL_MAX_COST
/** Payload's lists return 10 rows when no limit is given. */
const DEFAULT_ROWS = 10

/** The rows a list field (one with a `limit` argument) may return, as the cost counts them. */
export function rowsAskedFor(args: { limit?: unknown; pagination?: unknown }): number {
  if (args.pagination === false) return GRAPHQL_ALL_ROWS
  if (typeof args.limit !== 'number' || !Number.isFinite(args.limit)) return DEFAULT_ROWS
  return args.limit <= 0 ? GRAPHQL_ALL_ROWS : Math.ceil(args.limit)
}

/** A list's cost: one for the field, plus its rows times what each row selects. Other fields: left to the next estimator. */
export const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'limit')) return undefined
  return 1 + rowsAskedFor(args) * Math.max(1, childComplexity)
}

/** The validation rule Payload's config takes (`graphQL.validationRules`). */
export function graphqlCostRules(args: { variableValues?: Record<string, unknown> | null }): ValidationRule[] {
  return [
    createComplexityRule({
      maximumComplexity: GRAPHQL_MAX_COST,
      variables: args.variableValues ?? {},
      estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
      createError: (max, actual) => new GraphQLError(msg(null, 'graphqlTooCostly', { cost: actual, max })),
    }),
  ]
}
