/**
 * applications.activeKey: "program:company" while the application counts (접수, 선정, 미선정),
 * a value of its own once withdrawn. The field is unique, so the database itself refuses a second
 * live application of one company to one program, even when two arrive at the same moment.
 */
import crypto from 'node:crypto'
import type { ApplicationStatus } from '../../kernel/rules/applicationStatus'

type Id = string | number
type Ref = Id | { id: Id } | null | undefined

const idOf = (ref: Ref): string => String(typeof ref === 'object' && ref !== null ? ref.id : ref ?? '')

export function activeKey(program: Ref, company: Ref, status: ApplicationStatus, applicationId?: Id | null): string {
  const live = `${idOf(program)}:${idOf(company)}`
  if (status !== 'withdrawn') return live
  return `${live}:withdrawn:${applicationId ?? crypto.randomUUID()}`
}

/** Whether an error is the database refusing a second live application (unique activeKey). */
export function isDuplicateApplicationError(error: unknown): boolean {
  const errors = (error as { data?: { errors?: { path?: string }[] } } | null)?.data?.errors
  return Array.isArray(errors) && errors.some((e) => e.path === 'activeKey' || e.path === 'active_key')
}
