import type { CollectionConfig, PayloadRequest } from 'payload'
import { contentStaffOnly } from '../../kernel/access/contentStaffOnly'
import { contentStaffField, serverOnlyField } from '../../kernel/access/fieldAccess'
import { publishedOrStaff } from '../../kernel/access/publishedOrStaff'
import { isIssueMonth } from '../../kernel/rules/issuePrograms'
import { msg } from '../../kernel/i18n/messages'
import { label } from '../fields/labels'
import { rebuildSiteOnChange } from '../hooks/rebuildSiteOnChange'
import { newsletterEndpoints } from './endpoints'
import { defaultPrograms } from './hooks/defaultPrograms'
import { guardStatus, refuseDeleteWhileSending } from './hooks/guardStatus'
import { deleteLedger, queueScheduledSend } from './hooks/sendLifecycle'

const siteRebuild = rebuildSiteOnChange('newsletters', (doc) => doc.status === 'sent')

export const NEWSLETTER_STATUSES = [
  { value: 'draft', label: label('작성중', 'Draft') },
  { value: 'scheduled', label: label('발송예약', 'Scheduled') },
  { value: 'sending', label: label('발송중', 'Sending') },
  { value: 'paused', label: label('일시정지', 'Paused') },
  { value: 'sent', label: label('발송완료', 'Sent') },
]

const byServer = { create: serverOnlyField, update: serverOnlyField }

const counter = (name: string, ko: string, en: string) => ({
  name, type: 'number' as const, label: label(ko, en), defaultValue: 0, admin: { readOnly: true }, access: byServer,
})

/** Sending state the sender keeps on the issue; hidden in the admin, never public. */
const internal = { hidden: true }
const staffOnly = { read: contentStaffField, create: serverOnlyField, update: serverOnlyField }

/** 월별 웹 소식지: one issue per month. Sending comes with the newsletter issue. */
export const Newsletters: CollectionConfig = {
  slug: 'newsletters',
  labels: { singular: label('웹 소식지', 'Newsletter'), plural: label('웹 소식지', 'Newsletters') },
  admin: { useAsTitle: 'title', defaultColumns: ['issueMonth', 'title', 'status', 'sendAt'], group: label('소식지', 'Newsletter') },
  access: {
    // The web edition of a sent issue is public.
    read: publishedOrStaff({ status: { equals: 'sent' } }),
    create: contentStaffOnly,
    update: contentStaffOnly,
    delete: contentStaffOnly,
  },
  endpoints: newsletterEndpoints,
  hooks: {
    beforeChange: [defaultPrograms, guardStatus],
    afterChange: [siteRebuild.afterChange, queueScheduledSend],
    beforeDelete: [refuseDeleteWhileSending],
    afterDelete: [siteRebuild.afterDelete, deleteLedger],
  },
  fields: [
    { name: 'issueMonth', type: 'text', label: label('발행월', 'Issue month'), required: true, unique: true, index: true,
      admin: { description: label('YYYY-MM (예: 2026-11)', 'YYYY-MM') },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) => (isIssueMonth(value) ? true : msg(req, 'issueMonthFormat')) },
    { name: 'title', type: 'text', label: label('제목', 'Title'), required: true },
    { name: 'preheader', type: 'text', label: label('미리보기 문구', 'Preheader') },
    { name: 'intro', type: 'textarea', label: label('머리말', 'Intro') },
    { name: 'cardNews', type: 'relationship', relationTo: 'card-news', hasMany: true, label: label('상생정보통', 'Card news') },
    { name: 'programs', type: 'relationship', relationTo: 'programs', hasMany: true, label: label('HOT 프로그램', 'Programs'),
      admin: { description: label('비워 두고 저장하면 발행월에 모집 중인 확인완료 프로그램이 마감 순으로 채워집니다.', 'Left empty, the approved programs recruiting in the issue month are filled in.') } },
    { name: 'partnerGuides', type: 'relationship', relationTo: 'partner-guides', hasMany: true, label: label('협력사 등록 안내', 'Partner guides') },
    { name: 'status', type: 'select', label: label('상태', 'Status'), required: true, defaultValue: 'draft', index: true, options: NEWSLETTER_STATUSES, admin: { position: 'sidebar' } },
    {
      // Preview at desktop and phone widths, test message, send / pause / resume, live counts and
      // the recipients whose delivery is unknown after a crash (cms/admin/newsletter/).
      name: 'sendPanel',
      type: 'ui',
      admin: { components: { Field: '/admin/newsletter/SendPanel#SendPanel' } },
    },
    { name: 'sendAt', type: 'date', label: label('발송 예정일시', 'Send at'), admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'counts',
      type: 'group',
      label: label('발송 현황', 'Send counts'),
      admin: { position: 'sidebar' },
      fields: [
        counter('recipients', '수신자', 'Recipients'),
        counter('sent', '발송', 'Sent'),
        counter('failed', '실패', 'Failed'),
        counter('unknown', '결과 불명', 'Unknown'),
      ],
    },
    { name: 'sentAt', type: 'date', label: label('발송 완료일시', 'Sent at'), access: byServer, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      // What every recipient gets, rendered once when the send starts (recipients are frozen
      // in the ledger at the same moment); a resumed send uses this, not the edited issue.
      name: 'frozen',
      type: 'group',
      admin: internal,
      access: staffOnly,
      fields: [
        { name: 'at', type: 'date' },
        // Rendered by the server (kernel/rules/textRules.ts does not apply: HTML of any length).
        { name: 'subject', type: 'text', custom: { machineWritten: true } },
        { name: 'html', type: 'textarea', custom: { machineWritten: true } },
        { name: 'text', type: 'textarea', custom: { machineWritten: true } },
      ],
    },
    {
      // The one process allowed to send this issue, until the lease runs out (renewed while it works).
      name: 'lease',
      type: 'group',
      admin: internal,
      access: staffOnly,
      fields: [
        { name: 'owner', type: 'text', custom: { machineWritten: true } },
        { name: 'expiresAt', type: 'date' },
      ],
    },
  ],
}
