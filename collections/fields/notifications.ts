import type { Field } from 'payload'
import { label } from './labels'

/**
 * Which work e-mails a staff account receives (docs/SPEC.md "Notifications"). Each is on by
 * default; a person switches one off in their account. Members never get these.
 */
export const notificationsField: Field = {
  name: 'notifications',
  type: 'group',
  label: label('메일 알림', 'E-mail notifications'),
  admin: {
    condition: (data) => data?.role === 'company-admin' || data?.role === 'platform-admin',
    description: label('업무 알림 메일을 받을지 정합니다. 끄면 해당 메일을 보내지 않습니다.', 'Choose which work e-mails you receive.'),
  },
  fields: [
    { name: 'reviewResults', type: 'checkbox', defaultValue: true,
      label: label('프로그램 확인 결과 (수정요청·확인완료) — 운영기업 관리자', 'Review results of our programs (company admins)') },
    { name: 'newApplications', type: 'checkbox', defaultValue: true,
      label: label('새 신청서 접수 — 운영기업 관리자', 'New applications to our programs (company admins)') },
    { name: 'submissions', type: 'checkbox', defaultValue: true,
      label: label('확인요청된 프로그램 모음 (1시간에 한 번까지) — 상생누리 관리자', 'Programs waiting for review, hourly at most (platform admins)') },
  ],
}
