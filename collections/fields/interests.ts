import type { Field } from 'payload'
import { serverOnlyField } from '../../kernel/access/fieldAccess'
import { REGIONS, selectOptions, SUPPORT_FIELDS } from '../../kernel/rules/valueLists'
import { label } from './labels'

/** 관심 분야: the support fields and regions a reader follows (subscribers and members alike). */
export const interestsField: Field = {
  name: 'interests',
  type: 'group',
  label: label('관심 분야', 'Interests'),
  fields: [
    { name: 'supportFields', type: 'select', hasMany: true, label: label('지원분야', 'Support fields'), options: selectOptions(SUPPORT_FIELDS) },
    { name: 'regions', type: 'select', hasMany: true, label: label('지역', 'Regions'), options: selectOptions(REGIONS) },
  ],
}

/**
 * 신규 프로그램 알림: whether the weekly digest of newly approved programs matching the interests
 * goes out, and up to when it has covered (the sender's watermark, written by the server only).
 */
export const programAlertsField: Field = {
  name: 'programAlerts',
  type: 'group',
  label: label('신규 프로그램 알림', 'Program alerts'),
  fields: [
    { name: 'enabled', type: 'checkbox', defaultValue: false, label: label('관심 분야의 새 프로그램을 매주 메일로 받기', 'E-mail me new matching programs weekly') },
    { name: 'coveredUntil', type: 'date', label: label('알림 발송 기준 시각', 'Alerts covered until'),
      access: { create: serverOnlyField, update: serverOnlyField }, admin: { readOnly: true } },
  ],
}
