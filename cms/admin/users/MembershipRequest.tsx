import type { UIFieldServerProps } from 'payload'
import React from 'react'
import { kstDate } from '../../../kernel/rules/dates'
import { isPlatformAdmin } from '../../../kernel/rules/roles'
import { findRequest } from '../../../members/operations/membership'
import { MembershipButtons } from './MembershipButtons'
import { membershipTexts } from './texts'
import { isOperatorCategory } from '../../../kernel/rules/operators'

/**
 * Under 소속 승인 요청 on an account (platform admins only): which company the person asked to
 * join, since when, and 승인 / 거절 (POST /api/users/:id/membership, the same decision as the
 * 기업 담당자's on /my/). Nothing when no request waits.
 */
export async function MembershipRequest({ id, payload, user, i18n }: UIFieldServerProps) {
  if (id == null || !isPlatformAdmin(user)) return null
  const request = await findRequest(payload, id)
  if (!request) return null
  const t = membershipTexts(i18n?.language)
  const operator = isOperatorCategory(request.company.category)
  const explanation = operator ? t.operator : request.company.manager != null ? t.hasManager : t.noManager
  return (
    <section className="winwin-review-notice winwin-review-notice--submitted winwin-membership" aria-labelledby="winwin-membership-title">
      <h2 id="winwin-membership-title">{t.title}</h2>
      <p>{t.lead(request.user.name || request.user.email, request.company.name, kstDate(request.user.updatedAt))}</p>
      <p>{explanation}</p>
      <MembershipButtons userId={id} />
    </section>
  )
}
