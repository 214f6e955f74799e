import type { UIFieldServerProps } from 'payload'
import React from 'react'
import { kstDateTime } from '../../../kernel/rules/dates'
import { reviewStateOf } from '../../../kernel/rules/reviewState'
import { isCompanyAdmin, isPlatformAdmin } from '../../../kernel/rules/roles'
import { programPath } from '../../../kernel/web/urls'
import { loadReviewView } from './loadReviewView'
import { reviewTexts } from './texts'

const when = (at: string | null | undefined) => (at ? kstDateTime(at) : null)

/**
 * Top of the program form (the guide's ④ 확인결과 체크): why the program came back (수정요청 사유,
 * read-only, with who asked and when), that it waits for review, or that it is live and what an
 * edit will do — said before the operator saves.
 */
export async function ReviewNotice({ id, payload, user, i18n, operation }: UIFieldServerProps) {
  const t = reviewTexts(i18n?.language)
  if (operation === 'create' || id == null) {
    if (!isCompanyAdmin(user) && !isPlatformAdmin(user)) return null
    return (
      <section className="winwin-review-notice winwin-review-notice--draft" aria-labelledby="winwin-review-notice-title">
        <h2 id="winwin-review-notice-title">{t.draftTitle}</h2>
        <p>{t.draft}</p>
      </section>
    )
  }
  const view = await loadReviewView(payload, user, id)
  if (!view) return null
  const state = reviewStateOf(view.latest, view.live)
  const publicLink = state.publicPhase && (
    <p>
      <a href={programPath(view.id)} target="_blank" rel="noopener">{t.publicLink}</a>
    </p>
  )
  const revision = state.revision && state.publicPhase && <p className="winwin-review-notice__revision">{t.revision(state.publicPhase)}</p>
  if (state.kind === 'changes-requested') {
    return (
      <section className="winwin-review-notice winwin-review-notice--changes" aria-labelledby="winwin-review-notice-title">
        <h2 id="winwin-review-notice-title">{t.requestTitle}</h2>
        <p className="winwin-review-notice__reason">{state.request?.note || t.requestNoNote}</p>
        {(state.request?.at || state.request?.byName) && (
          <p className="winwin-review-notice__meta">{t.requestBy(when(state.request.at), state.request.byName)}</p>
        )}
        {!view.reviewer && <p>{t.requestHelp}</p>}
        {revision}
        {publicLink}
      </section>
    )
  }
  if (state.kind === 'submitted' || state.kind === 'draft') {
    return (
      <section className={`winwin-review-notice winwin-review-notice--${state.kind}`} aria-labelledby="winwin-review-notice-title">
        <h2 id="winwin-review-notice-title">{state.kind === 'submitted' ? t.submittedTitle : t.draftTitle}</h2>
        <p>{state.kind === 'submitted' ? t.submitted(when(state.submittedAt)) : t.draft}</p>
        {revision}
        {publicLink}
      </section>
    )
  }
  if (!state.publicPhase) return null
  return (
    <section className="winwin-review-notice winwin-review-notice--live" aria-labelledby="winwin-review-notice-title">
      <h2 id="winwin-review-notice-title">{t.liveTitle(state.publicPhase)}</h2>
      <p>{view.reviewer ? t.liveReviewer : t.liveOwner}</p>
      {publicLink}
    </section>
  )
}
