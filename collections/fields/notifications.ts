import type { Field } from 'payload'
import { label } from './labels'

/** Shown for accounts of this role (the form's data is the account being edited). */
const forRole = (role: string) => (data: Record<string, unknown> | undefined) => data?.role === role

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
  // Each person sees the switches of the e-mails their role receives.
  fields: [
    { name: 'reviewResults', type: 'checkbox', defaultValue: true, admin: { condition: forRole('company-admin') },
      label: label('프로그램 확인 결과 (수정요청·확인완료)', 'Review results of our programs') },
    { name: 'newApplications', type: 'checkbox', defaultValue: true, admin: { condition: forRole('company-admin') },
      label: label('새 신청서 접수', 'New applications to our programs') },
    { name: 'submissions', type: 'checkbox', defaultValue: true, admin: { condition: forRole('platform-admin') },
      label: label('확인요청된 프로그램 모음 (1시간에 한 번까지)', 'Programs waiting for review, hourly at most') },
  ],
}
