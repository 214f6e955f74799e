import type { CollectionConfig } from 'payload'
import { contentStaffOnly } from '../../kernel/access/contentStaffOnly'
import { contentStaffField, serverOnlyField } from '../../kernel/access/fieldAccess'
import { interestsField, programAlertsField } from '../fields/interests'
import { label } from '../fields/labels'
import { subscriberEndpoints } from './endpoints'
import { dropPendingDeliveries } from './hooks/dropPendingDeliveries'

const timestamp = (name: string, ko: string, en: string) => ({
  name, type: 'date' as const, label: label(ko, en), admin: { readOnly: true, position: 'sidebar' as const, date: { pickerAppearance: 'dayAndTime' as const } },
})

/**
 * 소식지 구독자. Visitors sign up, confirm, unsubscribe and change their preferences through the
 * endpoints (double opt-in, links signed per purpose); editors manage the list in the admin.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: { singular: label('구독자', 'Subscriber'), plural: label('구독자', 'Subscribers') },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'status', 'confirmedAt'], group: label('소식지', 'Newsletter') },
  access: { read: contentStaffOnly, create: contentStaffOnly, update: contentStaffOnly, delete: contentStaffOnly },
  endpoints: subscriberEndpoints,
  hooks: { afterChange: [dropPendingDeliveries] },
  fields: [
    { name: 'email', type: 'email', label: label('이메일', 'E-mail'), required: true, unique: true, index: true },
    { name: 'name', type: 'text', label: label('이름', 'Name') },
    { name: 'company', type: 'relationship', relationTo: 'companies', label: label('소속 기업', 'Company') },
    interestsField,
    programAlertsField,
    { name: 'status', type: 'select', label: label('상태', 'Status'), required: true, defaultValue: 'pending', index: true,
      options: [
        { value: 'pending', label: label('확인대기', 'Pending') },
        { value: 'confirmed', label: label('구독중', 'Confirmed') },
        { value: 'unsubscribed', label: label('구독해지', 'Unsubscribed') },
      ], admin: { position: 'sidebar' } },
    timestamp('consentedAt', '동의일시', 'Consented at'),
    timestamp('confirmedAt', '확인일시', 'Confirmed at'),
    timestamp('unsubscribedAt', '해지일시', 'Unsubscribed at'),
    // When the last confirmation e-mail went out: repeated sign-ups for one address send at most
    // one per interval (newsletter/subscribe/), without telling the visitor.
    { ...timestamp('confirmationSentAt', '확인메일 발송일시', 'Confirmation sent at'), access: { read: contentStaffField, create: serverOnlyField, update: serverOnlyField } },
  ],
}
