import type { Payload } from 'payload'
import React from 'react'
import { ROLE_LABELS, type Role } from '../../kernel/rules/roles'
import type { User } from '../../kernel/payload-types'
import { dashboardCounts } from './dashboardCounts'
import { siteBuildNotice } from './siteBuildNotice'

type Props = {
  payload: Payload
  user?: User | null
  i18n?: { language?: string }
}

/** Above the collection cards: who is signed in and the counts that need their attention. */
export async function DashboardSummary({ payload, user, i18n }: Props) {
  if (!user) return null
  const lang = i18n?.language === 'en' ? 'en' : 'ko'
  const [counts, site] = await Promise.all([dashboardCounts(payload, user), siteBuildNotice(payload, user)])
  const role = ROLE_LABELS[user.role as Role]?.[lang] ?? ''
  const greeting = lang === 'ko' ? `안녕하세요 ${user.name ?? ''}님, 환영합니다.` : `Welcome, ${user.name ?? ''}.`
  return (
    <section aria-labelledby="winwin-dashboard-summary" className="winwin-dashboard-summary">
      <h2 id="winwin-dashboard-summary">
        {greeting} <span className="winwin-dashboard-summary__role">{role}</span>
      </h2>
      {counts.length > 0 && (
        <ul>
          {counts.map((item) => (
            <li key={item.href}>
              <a href={item.href}>
                <span>{item.label[lang]}</span> <strong>{item.count}</strong>
                {lang === 'ko' ? '건' : ''}
              </a>
            </li>
          ))}
        </ul>
      )}
      {site && (
        <p role={site.failed ? 'alert' : 'status'} className={site.failed ? 'winwin-site-build winwin-site-build--failed' : 'winwin-site-build'}>
          <a href={site.href}>{site.text[lang]}</a>
        </p>
      )}
    </section>
  )
}
