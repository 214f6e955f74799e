import type { Payload } from 'payload'
import React from 'react'
import { isCompanyAdmin, isPlatformAdmin, type RoleHolder } from '../../../kernel/rules/roles'
import { textsFor } from './texts'

type Props = { payload: Payload; user?: RoleHolder; i18n?: { language?: string } }

/** "동반성장 평가" in the admin navigation, for the roles that may see the report. */
export function EvaluationNavLink({ payload, user, i18n }: Props) {
  if (!isPlatformAdmin(user) && !isCompanyAdmin(user)) return null
  return (
    <a className="nav__link" id="nav-winwin-evaluation" href={`${payload.config.routes.admin}/evaluation`}>
      <span className="nav__link-label">{textsFor(i18n?.language).nav}</span>
    </a>
  )
}
