/**
 * Applying online, as the apply page does it: every check first (canApply, the answers, each
 * file's real kind), then the writes — the private files as the member, then the application
 * (whose hook checks again and links the files to it and to the program's company). The SQLite
 * adapter runs without transactions here (and MongoDB has none without a replica set), so a
 * failure after the first write is undone by deleting what this call wrote, files on disk included.
 */
import { APIError, ValidationError, type Payload } from 'payload'
import type { Application, User } from '../../kernel/payload-types'
import { checkFileKind } from '../../kernel/rules/fileKind'
import { checkKoreanPhone } from '../../kernel/rules/phone'
import { charCount } from '../../kernel/rules/programRules'
import { companyIdOf } from '../../kernel/rules/roles'
import { msg } from '../../kernel/i18n/messages'
import { isDuplicateApplicationError } from './activeKey'
import { loadApplyContext } from './applyContext'
import { fileCheckMessage, phoneMessage, refusalMessage } from './messages'

export const ANSWERS_MAX_CHARS = 5000
export const MAX_FILES = 5

type Id = string | number
export type SubmitFile = { name: string; data: Buffer }
/** What the member types and attaches; `phone` is the contact phone (연락처) shared with the program's company. */
export type SubmitForm = { phone: string; answers: string; files: SubmitFile[] }
export type SubmitInput = SubmitForm & { user: User; programId: unknown }
export type SubmitField = 'phone' | 'answers' | 'attachments' | 'consent'
export type SubmitResult =
  | { ok: true; application: Application }
  | { ok: false; status: number; message: string; field?: SubmitField }

/** Problems with what the member typed or attached, per field in the form's order; empty when all is well. */
export function checkSubmission({ phone, answers, files }: SubmitForm): Partial<Record<SubmitField, string>> {
  const errors: Partial<Record<SubmitField, string>> = {}
  const phoneCheck = checkKoreanPhone(phone)
  if (!phoneCheck.ok) errors.phone = phoneMessage(null, phoneCheck)
  const count = charCount(answers.trim())
  if (count === 0) errors.answers = msg(null, 'applyAnswersRequired')
  else if (charCount(answers) > ANSWERS_MAX_CHARS) errors.answers = msg(null, 'applyAnswersTooLong', { max: ANSWERS_MAX_CHARS.toLocaleString('ko-KR'), count: charCount(answers).toLocaleString('ko-KR') })
  if (files.length > MAX_FILES) errors.attachments = msg(null, 'applyTooManyFiles', { max: MAX_FILES })
  else {
    const problems = files.flatMap((file) => {
      const check = checkFileKind(file.name, file.data)
      return check.ok ? [] : [fileCheckMessage(null, file.name, check)]
    })
    if (problems.length) errors.attachments = problems.join(' ')
  }
  return errors
}

/** Deletes what a failed submission wrote: the application (if it got stored) and the files. */
async function undo(payload: Payload, fileIds: Id[]): Promise<void> {
  if (fileIds.length === 0) return
  const log = (what: string) => (err: unknown) => payload.logger.error({ err, msg: `신청 실패 후 ${what}을(를) 지우지 못했습니다` })
  const { docs } = await payload.find({ collection: 'applications', where: { attachments: { in: fileIds } }, depth: 0, pagination: false, overrideAccess: true })
  for (const doc of docs) await payload.delete({ collection: 'applications', id: doc.id, overrideAccess: true, context: { trustedWrite: true } }).catch(log('신청서'))
  for (const id of fileIds) await payload.delete({ collection: 'private-files', id, overrideAccess: true }).catch(log('첨부파일'))
}

function failure(error: unknown, current: SubmitFile | null): SubmitResult | null {
  if (isDuplicateApplicationError(error)) return { ok: false, status: 409, message: msg(null, 'applyDuplicate') }
  // The collection's own check of the phone (checkSubmission ran the same rule first).
  const phoneError = error instanceof ValidationError ? error.data.errors.find((e) => e.path === 'applicantPhone') : undefined
  if (phoneError) return { ok: false, status: 400, message: phoneError.message, field: 'phone' }
  if (current && error instanceof ValidationError) return { ok: false, status: 400, message: msg(null, 'fileUnreadable', { name: current.name }), field: 'attachments' }
  if (error instanceof APIError && error.status >= 400 && error.status < 500) return { ok: false, status: error.status, message: error.message }
  return null
}

export async function submitApplication(payload: Payload, input: SubmitInput): Promise<SubmitResult> {
  const { user, phone, answers, files } = input
  const { check, program } = await loadApplyContext(payload, { user, programId: input.programId, companyId: companyIdOf(user) })
  if (!check.ok) return { ok: false, status: check.status, message: refusalMessage(null, check, check.refusal === 'not-found' ? null : program) }
  const errors = checkSubmission({ phone, answers, files })
  const field = (Object.keys(errors) as SubmitField[])[0]
  if (field) return { ok: false, status: 400, message: errors[field]!, field }

  const written: Id[] = []
  let current: SubmitFile | null = null
  try {
    for (const file of files) {
      current = file
      const kind = checkFileKind(file.name, file.data)
      const doc = await payload.create({
        collection: 'private-files',
        data: { purpose: 'application' },
        file: { data: file.data, mimetype: kind.ok ? kind.mimeType : 'application/octet-stream', name: file.name, size: file.data.length },
        user,
        overrideAccess: false,
        depth: 0,
      })
      written.push(doc.id)
    }
    current = null
    const application = await payload.create({
      collection: 'applications',
      // 신청자 정보 but the phone is copied by the collection's hook from the member and its company.
      data: { program: program!.id, answers, applicantPhone: phone, attachments: written } as never,
      user,
      overrideAccess: false,
      depth: 0,
    })
    return { ok: true, application }
  } catch (error) {
    await undo(payload, written)
    const refused = failure(error, current)
    if (refused) return refused
    throw error
  }
}
