/** Korean (or English) wording of apply refusals and file checks, named with what the person sent. */
import { ELIGIBILITY_REASON_LABELS } from '../../kernel/rules/eligibility'
import { FILE_KIND_LIST, FILE_KINDS, type FileCheck } from '../../kernel/rules/fileKind'
import type { PhoneCheck } from '../../kernel/rules/phone'
import { msg, type MessageKey } from '../../kernel/i18n/messages'
import { applyPeriod, type ApplyCheck, type ApplyRefusal } from './canApply'

type Translator = Parameters<typeof msg>[0]

const REFUSAL_KEYS: Record<ApplyRefusal, MessageKey> = {
  'not-member': 'applyNotMember',
  'no-company': 'noCompany',
  'membership-pending': 'membershipPending',
  'not-found': 'applyProgramNotFound',
  'not-online': 'applyNotOnline',
  upcoming: 'applyUpcoming',
  closed: 'applyClosed',
  'not-eligible': 'applyNotEligible',
  duplicate: 'applyDuplicate',
}

export function refusalMessageKey(refusal: ApplyRefusal): MessageKey {
  return REFUSAL_KEYS[refusal]
}

/** Why this check refused, with the program's dates or the eligibility reason filled in. */
export function refusalMessage(req: Translator, check: Extract<ApplyCheck, { ok: false }>, program?: { applyStart?: string | null; applyEnd?: string | null } | null): string {
  const period = program ? applyPeriod(program) : { start: '', end: '' }
  const reason = check.eligibility ? ELIGIBILITY_REASON_LABELS[check.eligibility.reason] : ''
  return msg(req, REFUSAL_KEYS[check.refusal], { ...period, reason })
}

/** Why a file was refused, naming it. */
export function fileCheckMessage(req: Translator, name: string, check: Extract<FileCheck, { ok: false }>): string {
  if (check.reason === 'empty') return msg(req, 'fileEmpty', { name })
  if (check.reason === 'mismatch') return msg(req, 'fileMismatch', { name, actual: check.actual ? FILE_KINDS[check.actual].label : '' })
  return msg(req, 'fileUnsupported', { name, kinds: FILE_KIND_LIST })
}

/** Why a contact phone was refused: missing, or not a Korean phone number. */
export function phoneMessage(req: Translator, check: Extract<PhoneCheck, { ok: false }>): string {
  return msg(req, check.reason === 'empty' ? 'applyPhoneRequired' : 'applyPhoneInvalid')
}
