import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'
import { kstDate } from '../../../kernel/rules/dates'

/** 신청일 in the 신청서 list: the day the application arrived, YYYY-MM-DD in Seoul whatever the browser's time zone. */
export function AppliedOnCell({ cellData }: DefaultServerCellComponentProps) {
  if (!cellData) return <span>—</span>
  let day: string
  try {
    day = kstDate(cellData as string)
  } catch {
    return <span>—</span>
  }
  return <time dateTime={day}>{day}</time>
}
