import type { GlobalConfig } from 'payload'
import { label } from '../../collections/fields/labels'

/**
 * The platform admins' digest of programs sent for review (확인요청): when the last one went out
 * and up to which submission it covered. Written by the digest job only (overrideAccess).
 */
export const ReviewDigest: GlobalConfig = {
  slug: 'review-digest',
  label: label('확인요청 알림', 'Review digest'),
  admin: { hidden: true },
  access: { read: () => false, update: () => false },
  fields: [
    { name: 'coveredUntil', type: 'date', label: label('알림 기준 시각', 'Covered until') },
    { name: 'lastSentAt', type: 'date', label: label('마지막 발송', 'Last sent') },
  ],
}
