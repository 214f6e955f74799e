/** From what loadApplyContext() found to what the apply pages show. */
import { applyFormPage, applyRefusalPage } from '../../pages/applyPage'
import type { ApplyProgramView } from '../../../views/programFacts'
import type { PageUser } from '../../../views/layout'
import type { Errors } from '../../pages/form'
import type { ApplyContext } from '../../applications/applyContext'
import { refusalMessage } from '../../applications/messages'
import { applyPeriod } from '../../applications/canApply'
import { ELIGIBILITY_REASON_LABELS } from '../../../kernel/rules/eligibility'
import { FILE_KIND_ACCEPT, FILE_KIND_LIST } from '../../../kernel/rules/fileKind'
import { derivePhase, PHASE_LABELS } from '../../../kernel/rules/phase'
import { TARGET_SCOPES } from '../../../kernel/rules/valueLists'
import { UPLOAD_LIMITS } from './multipart'

export function programView(ctx: ApplyContext): ApplyProgramView | null {
  const { program, programCompany } = ctx
  // A program that is not public is not named, not even to say it cannot be applied for.
  if (!program || program.reviewStatus !== 'approved') return null
  const { start, end } = applyPeriod(program)
  return {
    id: String(program.id),
    title: program.title,
    companyName: programCompany?.name ?? '',
    applyStart: start,
    applyEnd: end,
    targetScopeLabel: TARGET_SCOPES.find((scope) => scope.value === program.targetScope)?.ko ?? '',
    phaseLabel: PHASE_LABELS[derivePhase(program)].ko,
  }
}

const KINDS = {
  list: FILE_KIND_LIST,
  accept: FILE_KIND_ACCEPT,
  maxFiles: UPLOAD_LIMITS.maxFiles,
  maxMegabytes: UPLOAD_LIMITS.maxFileBytes / 1024 / 1024,
}

export function formPage(ctx: ApplyContext, user: PageUser, values: { phone?: string; answers?: string; consent?: boolean; errors?: Errors } = {}): string {
  const eligibilityText = ctx.check.ok ? ELIGIBILITY_REASON_LABELS[ctx.check.eligibility.reason] : ''
  const applicant = { name: user?.name ?? '', email: user?.email ?? '', companyName: ctx.company?.name ?? '' }
  return applyFormPage({ program: programView(ctx)!, user, eligibilityText, applicant, kinds: KINDS, ...values })
}

export function refusalPage(ctx: ApplyContext, user: PageUser, message?: string): string {
  const text = message ?? (ctx.check.ok ? '' : refusalMessage(null, ctx.check, ctx.check.refusal === 'not-found' ? null : ctx.program))
  return applyRefusalPage({ program: programView(ctx), user, message: text })
}
