import type { CollectionConfig } from 'payload'
import { contentStaffOrCompanyAdmin } from '../kernel/access/contentStaffOrCompanyAdmin'
import { contentStaffOrOwnCompany } from '../kernel/access/contentStaffOrOwnCompany'
import { publishedOrStaff } from '../kernel/access/publishedOrStaff'
import { companyIdOf } from '../kernel/rules/roles'
import { label } from './fields/labels'
import { MAX_WEB_ADDRESS_LENGTH } from '../kernel/rules/webAddress'
import { validateWebAddress } from './fields/webAddress'
import { enforceOwnCompany } from './hooks/enforceOwnCompany'
import { rebuildSiteOnChange } from './hooks/rebuildSiteOnChange'

const siteRebuild = rebuildSiteOnChange('partner-guides', (doc) => doc.published === true)

/** 협력사 등록 안내 (잠재 협력사 발굴): how an SME becomes a supplier of a large company. */
export const PartnerGuides: CollectionConfig = {
  slug: 'partner-guides',
  labels: { singular: label('협력사 등록 안내', 'Partner guide'), plural: label('협력사 등록 안내', 'Partner guides') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'company', 'industryLabel', 'published'],
    group: label('콘텐츠', 'Content'),
  },
  access: {
    read: publishedOrStaff({ published: { equals: true } }, 'company'),
    create: contentStaffOrCompanyAdmin,
    update: contentStaffOrOwnCompany(),
    delete: contentStaffOrOwnCompany(),
  },
  hooks: { beforeChange: [enforceOwnCompany('company')], afterChange: [siteRebuild.afterChange], afterDelete: [siteRebuild.afterDelete] },
  fields: [
    { name: 'company', type: 'relationship', relationTo: 'companies', label: label('기업명', 'Company'), required: true, index: true,
      defaultValue: ({ user }) => companyIdOf(user) ?? undefined },
    { name: 'title', type: 'text', label: label('제목', 'Title'), required: true },
    { name: 'industryLabel', type: 'text', label: label('업종', 'Industry'), required: true,
      admin: { description: label('예: 통신 및 방송 장비 제조업', 'e.g. telecom equipment manufacturing') } },
    { name: 'howToBecomeSupplier', type: 'richText', label: label('협력사 등록 방법', 'How to become a supplier'), required: true },
    { name: 'registrationUrl', type: 'text', label: label('협력사 등록 사이트', 'Registration site'),
      maxLength: MAX_WEB_ADDRESS_LENGTH, validate: validateWebAddress },
    { name: 'published', type: 'checkbox', label: label('게시', 'Published'), defaultValue: false, index: true, admin: { position: 'sidebar' } },
  ],
}
