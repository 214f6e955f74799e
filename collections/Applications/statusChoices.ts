import type { Option } from 'payload'
import { isCompanyAdmin } from '../../kernel/rules/roles'

/**
 * The status select offers what the signed-in person may choose (canMoveApplication decides on
 * save): a company admin sees 선정 and 미선정 besides the current status; others see every status.
 */
export function statusChoices({ options, data, req }: { options: Option[]; data: Record<string, unknown>; req: { user?: unknown } }): Option[] {
  if (!isCompanyAdmin(req.user as never)) return options
  return options.filter((option) => {
    const value = typeof option === 'string' ? option : option.value
    return value === data?.status || value === 'selected' || value === 'not-selected'
  })
}
