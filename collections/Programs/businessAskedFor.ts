import type { PayloadRequest } from 'payload'
import { idFromForm } from '../../members/operations/ids'

/**
 * The 사업 a new program's form starts with: `?business=<id>` on the admin's create page (the
 * "+ 프로그램" of a 사업). Only a default: deriveCompany still refuses another company's 사업.
 */
export function businessAskedFor(req: PayloadRequest | undefined): string | number | undefined {
  const asked = (req?.query as Record<string, unknown> | undefined)?.business
  return req && typeof asked === 'string' && /^[\w-]{1,64}$/.test(asked) ? idFromForm(req.payload, asked) : undefined
}
