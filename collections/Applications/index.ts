import type { CollectionConfig } from 'payload'
import { platformAdminOnly } from '../../cms/access/platformAdminOnly'
import { APPLICATION_STATUSES } from '../../cms/domain/applicationStatus'
import { label } from '../fields/labels'
import { ATTACHMENT_MIME_TYPES } from '../Media/mimeTypes'
import { applicationParties, membersApply } from './access'
import { guardApplication } from './guardApplication'
import { keepServerTimestamps } from '../hooks/keepServerTimestamps'

/** 신청서: an SME's online application to a program (eligibility rules come with the member area). */
export const Applications: CollectionConfig = {
  slug: 'applications',
  labels: { singular: label('신청서', 'Application'), plural: label('신청서', 'Applications') },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['program', 'company', 'applicant', 'status', 'createdAt'],
    group: label('동반성장 프로그램', 'Programs'),
  },
  access: {
    read: applicationParties,
    create: membersApply,
    update: applicationParties,
    delete: platformAdminOnly,
  },
  hooks: { beforeChange: [keepServerTimestamps, guardApplication] },
  fields: [
    { name: 'program', type: 'relationship', relationTo: 'programs', label: label('프로그램', 'Program'), required: true, index: true },
    { name: 'programCompany', type: 'relationship', relationTo: 'companies', label: label('운영기업', 'Program company'), index: true, admin: { readOnly: true } },
    { name: 'applicant', type: 'relationship', relationTo: 'users', label: label('신청자', 'Applicant'), index: true, admin: { readOnly: true } },
    { name: 'company', type: 'relationship', relationTo: 'companies', label: label('신청기업', 'Applicant company'), index: true, admin: { readOnly: true } },
    { name: 'answers', type: 'textarea', label: label('신청 내용', 'Answers') },
    { name: 'attachments', type: 'upload', relationTo: 'media', hasMany: true, label: label('첨부서류', 'Attachments'),
      filterOptions: { mimeType: { in: ATTACHMENT_MIME_TYPES } } },
    { name: 'status', type: 'select', label: label('상태', 'Status'), required: true, defaultValue: 'submitted', index: true,
      options: APPLICATION_STATUSES.map(({ value, ko, en }) => ({ value, label: { ko, en } })), admin: { position: 'sidebar' } },
  ],
}
