import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav, type StepNavItem } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import styles from './evaluation.module.css'

type Props = { view: AdminViewServerProps; steps: StepNavItem[]; children: React.ReactNode }

/** Payload's admin chrome (navigation, header, breadcrumbs) around a 동반성장 평가 page. */
export function Shell({ view, steps, children }: Props) {
  const { initPageResult, params, searchParams } = view
  const { req } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <SetStepNav nav={steps} />
      <Gutter>
        <div className={styles.page} data-winwin-evaluation="">
          {children}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
