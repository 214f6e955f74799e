import type { UIFieldServerProps } from 'payload'
import React from 'react'
import { kstDateTime } from '../../../kernel/rules/dates'
import { loadReviewView } from './loadReviewView'
import { reviewTexts } from './texts'

/** 확인 이력 as a read-only timeline, newest first: when, from → to, who, and the note. */
export async function ReviewTimeline({ id, payload, user, i18n, operation }: UIFieldServerProps) {
  if (operation === 'create') return null
  const view = await loadReviewView(payload, user, id)
  if (!view) return null
  const t = reviewTexts(i18n?.language)
  const steps = [...(view.latest.reviewHistory ?? [])].reverse()
  return (
    <section className="winwin-review-history" aria-labelledby="winwin-review-history-title">
      <h2 id="winwin-review-history-title">{t.historyTitle}</h2>
      {steps.length === 0 ? (
        <p>{t.historyEmpty}</p>
      ) : (
        <ol>
          {steps.map((step, index) => (
            <li key={`${step.at}-${index}`} className={`winwin-review-history__step winwin-review-history__step--${step.to}`}>
              <p className="winwin-review-history__what">{t.step(step.from, step.to)}</p>
              <p className="winwin-review-history__meta">
                {step.at && <time dateTime={step.at}>{kstDateTime(step.at)}</time>}
                {step.byName && <span> · {step.byName}</span>}
              </p>
              {step.note && <p className="winwin-review-history__note">{t.note}: {step.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
