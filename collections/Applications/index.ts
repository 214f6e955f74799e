import type { CollectionConfig } from 'payload'
import { platformAdminOnly } from '../../cms/access/platformAdminOnly'
import { APPLICATION_STATUSES } from '../../cms/domain/applicationStatus'
import { label } from '../fields/labels'
import { serverOnlyField } from '../../cms/access/fieldAccess'
import { applicationParties, membersApply } from './access'
import { linkAttachments } from './attachments'
import { duplicateAsConflict } from './duplicateConflict'
import { guardApplication } from './guardApplication'
import { notifyDecision } from './notifyDecision'
import { notifyNewApplication } from '../../cms/notifications/notifyNewApplication'
import { statusChoices } from './statusChoices'
import { applicantSnapshotFields } from './applicantSnapshot'
import { keepServerTimestamps } from '../hooks/keepServerTimestamps'

/**
 * 신청서: an SME's online application to a program (/programs/<id>/apply/ or REST). The rules of
 * who may apply live in cms/applications/canApply.ts; the program's company admin decides
 * 선정/미선정 here in the admin, and the applicant is e-mailed the result.
 */
export const Applications: CollectionConfig = {
  slug: 'applications',
  labels: { singular: label('신청서', 'Application'), plural: label('신청서', 'Applications') },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['program', 'company', 'status', 'createdAt'],
    listSearchableFields: ['answers'],
    group: label('동반성장 프로그램', 'Programs'),
  },
  access: {
    read: applicationParties,
    create: membersApply,
    update: applicationParties,
    delete: platformAdminOnly,
  },
  hooks: {
    beforeChange: [keepServerTimestamps, guardApplication],
    afterChange: [linkAttachments, notifyDecision, notifyNewApplication],
    afterError: [duplicateAsConflict],
  },
  fields: [
    { name: 'program', type: 'relationship', relationTo: 'programs', label: label('프로그램', 'Program'), required: true, index: true },
    { name: 'programCompany', type: 'relationship', relationTo: 'companies', label: label('운영기업', 'Program company'), index: true, admin: { readOnly: true } },
    { name: 'applicant', type: 'relationship', relationTo: 'users', label: label('신청자', 'Applicant'), index: true, admin: { readOnly: true } },
    { name: 'company', type: 'relationship', relationTo: 'companies', label: label('신청기업', 'Applicant company'), index: true, admin: { readOnly: true } },
    // What the applicant agreed to share with the program's company, copied when the application
    // is submitted (the company admins may not read users or member companies themselves).
    ...applicantSnapshotFields,
    { name: 'answers', type: 'textarea', label: label('신청 내용', 'Answers') },
    { name: 'attachments', type: 'upload', relationTo: 'private-files', hasMany: true, label: label('첨부서류', 'Attachments'),
      admin: { readOnly: true } },
    { name: 'status', type: 'select', label: label('상태', 'Status'), required: true, defaultValue: 'submitted', index: true,
      options: APPLICATION_STATUSES.map(({ value, ko, en }) => ({ value, label: { ko, en } })), filterOptions: statusChoices,
      admin: { position: 'sidebar', description: label('운영기업 관리자는 접수된 신청서를 선정 또는 미선정으로 정합니다.', 'Company admins decide: selected or not selected.') } },
    { name: 'decisionNote', type: 'textarea', label: label('선정 결과 안내', 'Message with the result'),
      admin: { position: 'sidebar', description: label('선정·미선정과 함께 신청기업에 메일로 전달됩니다.', 'Sent to the applicant with the result.') } },
    { name: 'decidedAt', type: 'date', label: label('결과 통보일', 'Decided at'),
      access: { create: serverOnlyField, update: serverOnlyField }, admin: { readOnly: true, position: 'sidebar', date: { displayFormat: 'yyyy-MM-dd HH:mm' } } },
    // "program:company" while the application counts, a unique value per row once withdrawn: the
    // database itself refuses a second live application of one company to one program.
    { name: 'activeKey', type: 'text', unique: true, index: true,
      access: { read: serverOnlyField, create: serverOnlyField, update: serverOnlyField }, admin: { hidden: true } },
  ],
}
