import type { UIFieldServerProps } from 'payload'
import React from 'react'
import { adminPaths } from '../../../kernel/web/urls'

/**
 * On a 사업's own page, above its programs: "+ 프로그램 등록" opens the full program form with this
 * 사업 chosen (the full form, not a drawer, so a refused save marks each field with its reason).
 */
export function AddProgramLink({ id, payload, i18n }: UIFieldServerProps) {
  if (id == null) return null
  const text = i18n?.language === 'en' ? '+ Register a program in this business' : '+ 이 사업에 프로그램 등록'
  return (
    <p className="winwin-add-program">
      <a className="btn btn--style-secondary btn--size-medium" href={adminPaths.newProgram(payload.config.routes.admin, id)}>{text}</a>
    </p>
  )
}
