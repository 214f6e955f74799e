import { isCompanyAdmin, isMember, isPlatformAdmin, type RoleHolder } from './roles'

/** applications.status: 접수 → 선정 / 미선정, or 철회 by the applicant while 접수. */
export const APPLICATION_STATUSES = [
  { value: 'submitted', ko: '접수', en: 'Submitted' },
  { value: 'selected', ko: '선정', en: 'Selected' },
  { value: 'not-selected', ko: '미선정', en: 'Not selected' },
  { value: 'withdrawn', ko: '철회', en: 'Withdrawn' },
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]['value']

/**
 * Whether an actor may move an application from one status to another: the program's company
 * admin decides 선정/미선정 (and may revise the decision), the applicant withdraws while 접수,
 * the platform admin may do either.
 */
export function canMoveApplication(actor: RoleHolder, from: ApplicationStatus, to: ApplicationStatus): boolean {
  if (from === to) return true
  const deciding = (to === 'selected' || to === 'not-selected') && from !== 'withdrawn'
  const withdrawing = to === 'withdrawn' && from === 'submitted'
  if (isPlatformAdmin(actor)) return deciding || withdrawing
  if (isCompanyAdmin(actor)) return deciding
  if (isMember(actor)) return withdrawing
  return false
}

/**
 * Whether an actor may withdraw (철회) an application in this status now: the move to 철회 is
 * allowed and the application is not already withdrawn. The withdraw service, the /my/ button
 * and its confirmation page ask this one question.
 */
export function canWithdraw(actor: RoleHolder, status: ApplicationStatus): boolean {
  return status !== 'withdrawn' && canMoveApplication(actor, status, 'withdrawn')
}
