import type { CollectionConfig } from 'payload'
import { contentStaffOnly } from '../kernel/access/contentStaffOnly'
import { DELIVERY_STATUSES } from '../newsletter/send/deliveryStatus'
import { label } from './fields/labels'

const never = () => false

/**
 * 발송 기록 (the send ledger): one row per recipient of an issue, frozen when the send starts.
 * Only the sender writes it (newsletter/send/); editors read it and resolve rows whose delivery
 * is unknown after a crash through POST /api/newsletters/:id/deliveries.
 */
export const NewsletterDeliveries: CollectionConfig = {
  slug: 'newsletter-deliveries',
  labels: { singular: label('발송 기록', 'Delivery'), plural: label('발송 기록', 'Deliveries') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'attempts', 'sentAt', 'newsletter'],
    group: label('소식지', 'Newsletter'),
    description: label('소식지 발송 시 수신자별로 남는 기록입니다. 발송 중 서버가 중단되어 결과를 알 수 없는 건은 소식지 화면에서 재발송하거나 제외할 수 있습니다.',
      'One row per recipient of a send. Rows whose delivery is unknown after a crash are resolved on the newsletter.'),
  },
  access: { read: contentStaffOnly, create: never, update: never, delete: never },
  indexes: [
    { fields: ['newsletter', 'subscriber'], unique: true },
    { fields: ['newsletter', 'status'] },
  ],
  fields: [
    { name: 'newsletter', type: 'relationship', relationTo: 'newsletters', required: true, index: true, label: label('소식지', 'Newsletter') },
    // Not required: deleting a subscriber (erasure) keeps the row's e-mail and result, without the link.
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', label: label('구독자', 'Subscriber') },
    // Every text here is the sender's record (addresses as stored, the SMTP server's answers), not typed by people.
    { name: 'email', type: 'text', required: true, label: label('이메일', 'E-mail'), custom: { machineWritten: true } },
    // No index of its own: every query names the issue too, and (newsletter, status) covers them;
    // one index fewer to update on each claim and result.
    { name: 'status', type: 'select', required: true, defaultValue: 'pending', label: label('상태', 'Status'), options: DELIVERY_STATUSES.map(({ value, ko, en }) => ({ value, label: label(ko, en) })) },
    { name: 'attempts', type: 'number', defaultValue: 0, label: label('시도 횟수', 'Attempts') },
    { name: 'nextAttemptAt', type: 'date', label: label('다음 시도', 'Next attempt'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'claimedAt', type: 'date', label: label('발송 시작', 'Claimed at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sentAt', type: 'date', label: label('발송 일시', 'Sent at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'messageId', type: 'text', label: label('Message-ID', 'Message-ID'), custom: { machineWritten: true } },
    { name: 'response', type: 'text', label: label('서버 응답', 'Server response'), custom: { machineWritten: true } },
    { name: 'error', type: 'text', label: label('실패 사유', 'Failure reason'), custom: { machineWritten: true } },
  ],
}
