import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { contentStaffOrCompanyAdmin } from '../kernel/access/contentStaffOrCompanyAdmin'
import { contentStaffOrOwnCompany } from '../kernel/access/contentStaffOrOwnCompany'
import { publishedOrStaff } from '../kernel/access/publishedOrStaff'
import { companyIdOf, isContentStaff } from '../kernel/rules/roles'
import { label } from './fields/labels'
import { CARD_NEWS_CATEGORIES, selectOptions } from '../kernel/rules/valueLists'
import { fieldError } from './hooks/errors'
import { enforceOwnCompany } from './hooks/enforceOwnCompany'
import { keepServerTimestamps } from './hooks/keepServerTimestamps'
import { isTrustedWrite } from '../kernel/access/trusted'
import { rebuildSiteOnChange } from './hooks/rebuildSiteOnChange'

const siteRebuild = rebuildSiteOnChange('card-news', (doc) => doc.status === 'published')

export const CARD_NEWS_STATUSES = [
  { value: 'draft', label: label('작성중', 'Draft') },
  { value: 'in-review', label: label('게시요청', 'Awaiting publication') },
  { value: 'published', label: label('게시', 'Published') },
]


/** Company admins submit their cooperation activities; only the content desk publishes. */
const publishByEditors: CollectionBeforeChangeHook = ({ data, req, originalDoc, context, collection }) => {
  if (isTrustedWrite(context) || isContentStaff(req.user)) return data
  const publishing = data.status === 'published' && originalDoc?.status !== 'published'
  if (publishing) throw fieldError(req, collection.slug, 'status', 'publishByEditor', { status: 403 })
  // A company admin's edit of a published story takes it back to review.
  if (originalDoc?.status === 'published') data.status = 'in-review'
  return data
}

/**
 * 게시일 is what the 동반성장 평가 counts cooperation-activity posts by (per calendar year), so the
 * server sets it when a story is first published and no client moves it, forwards or back;
 * trusted imports (the demo seed) keep the dates they bring.
 */
const stampPublished: CollectionBeforeChangeHook = ({ data, originalDoc, context }) => {
  const kept = (isTrustedWrite(context) && data.publishedAt) || originalDoc?.publishedAt
  data.publishedAt = kept || (data.status === 'published' ? new Date().toISOString() : null)
  return data
}

/** 상생정보통 card news. */
export const CardNews: CollectionConfig = {
  slug: 'card-news',
  labels: { singular: label('카드뉴스', 'Card news'), plural: label('상생정보통', 'Card news') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'sourceCompany', 'status', 'publishedAt'],
    group: label('콘텐츠', 'Content'),
  },
  access: {
    read: publishedOrStaff({ status: { equals: 'published' } }, 'sourceCompany'),
    create: contentStaffOrCompanyAdmin,
    update: contentStaffOrOwnCompany('sourceCompany'),
    delete: contentStaffOrOwnCompany('sourceCompany'),
  },
  hooks: {
    beforeChange: [keepServerTimestamps, enforceOwnCompany('sourceCompany'), publishByEditors, stampPublished],
    afterChange: [siteRebuild.afterChange],
    afterDelete: [siteRebuild.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', label: label('제목', 'Title'), required: true },
    { name: 'category', type: 'select', label: label('분류', 'Category'), required: true, defaultValue: 'activity', options: selectOptions(CARD_NEWS_CATEGORIES) },
    {
      name: 'cards',
      type: 'array',
      label: label('카드', 'Cards'),
      minRows: 1,
      labels: { singular: label('카드', 'Card'), plural: label('카드', 'Cards') },
      fields: [
        { name: 'image', type: 'upload', relationTo: 'media', label: label('이미지', 'Image'), required: true },
        { name: 'alt', type: 'text', label: label('대체 텍스트', 'Alt text'), required: true,
          admin: { description: label('카드에 적힌 내용을 글로 적어 주세요 (스크린리더용).', 'The card\'s text, for screen readers.') } },
      ],
    },
    { name: 'body', type: 'richText', label: label('본문', 'Body') },
    { name: 'sourceCompany', type: 'relationship', relationTo: 'companies', label: label('출처 기업', 'Source company'), index: true,
      defaultValue: ({ user }) => companyIdOf(user) ?? undefined },
    { name: 'publishedAt', type: 'date', label: label('게시일', 'Published'), index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
        description: label('처음 게시할 때 자동으로 기록됩니다.', 'Recorded when first published.') } },
    { name: 'status', type: 'select', label: label('상태', 'Status'), required: true, defaultValue: 'draft', index: true, options: CARD_NEWS_STATUSES,
      admin: { position: 'sidebar' } },
  ],
}
