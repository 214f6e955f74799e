import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'
import { adminPaths } from '../../../kernel/web/urls'

/** The 사업 list's "+ 프로그램" column (the guide's 사업 및 프로그램 관리). */
export function AddProgramCell({ rowData, payload, i18n }: DefaultServerCellComponentProps) {
  if (rowData?.id == null) return null
  const name = typeof rowData.name === 'string' ? rowData.name : ''
  const en = i18n?.language === 'en'
  return (
    <a href={adminPaths.newProgram(payload.config.routes.admin, rowData.id)}>
      {en ? '+ Program' : '+ 프로그램'}
      <span className="visually-hidden">{en ? `: ${name}` : `: ${name}에 등록`}</span>
    </a>
  )
}
