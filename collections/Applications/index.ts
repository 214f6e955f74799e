import { ownCompanyBaseFilter } from '../../kernel/access/ownCompanyBaseFilter'
import type { CollectionConfig } from 'payload'
import { platformAdminOnly } from '../../kernel/access/platformAdminOnly'
import { APPLICATION_STATUSES } from '../../kernel/rules/applicationStatus'
import { label } from '../fields/labels'
import { platformAdminField, serverOnlyField } from '../../kernel/access/fieldAccess'
import { isPlatformAdmin } from '../../kernel/rules/roles'
import { applicationParties, membersApply } from './access'
import { linkAttachments } from './attachments'
import { duplicateAsConflict } from './duplicateConflict'
import { checkReapplying, countReapplying } from './limitReapplying'
import { guardApplication } from './guardApplication'
import { notifyDecision } from './notifyDecision'
import { notifyNewApplication } from '../../notifications/notifyNewApplication'
import { statusChoices } from './statusChoices'
import { applicantSnapshotFields } from './applicantSnapshot'
import { keepServerTimestamps } from '../hooks/keepServerTimestamps'
import { relatedName } from '../hooks/relatedName'

/**
 * 신청서: an SME's online application to a program (/programs/<id>/apply/ or REST). The rules of
 * who may apply live in members/applications/canApply.ts; the program's company admin decides
 * 선정/미선정 here in the admin, and the applicant is e-mailed the result.
 */
const onlyForPlatformAdmins = (_data: unknown, _siblingData: unknown, { user }: { user?: unknown }) => isPlatformAdmin(user as never)

export const Applications: CollectionConfig = {
  slug: 'applications',
  labels: { singular: label('신청서', 'Application'), plural: label('신청서', 'Applications') },
  admin: {
    // The applicant company names the document (its person is the next column and field).
    useAsTitle: 'applicantCompanyName',
    defaultColumns: ['applicantCompanyName', 'applicantName', 'applicantContact', 'programTitle', 'status', 'createdAt'],
    listSearchableFields: ['applicantCompanyName', 'applicantName', 'applicantEmail'],
    group: label('동반성장 프로그램', 'Programs'),
    // A company admin's list is the applications to its own company's programs.
    baseFilter: ownCompanyBaseFilter('programCompany'),
  },
  access: {
    read: applicationParties,
    create: membersApply,
    update: applicationParties,
    delete: platformAdminOnly,
  },
  hooks: {
    beforeOperation: [checkReapplying],
    afterOperation: [countReapplying],
    beforeChange: [keepServerTimestamps, guardApplication],
    afterChange: [linkAttachments, notifyDecision, notifyNewApplication],
    afterError: [duplicateAsConflict],
  },
  fields: [
    // 신청자 정보 first: what the applicant agreed to share with the program's company, copied when
    // the application is submitted (the company admins may not read users or member companies).
    ...applicantSnapshotFields,
    // The list's 연락처/이메일 column: both shared contacts in one cell (nothing stored).
    { name: 'applicantContact', type: 'ui', label: label('연락처/이메일', 'Phone / e-mail'),
      admin: { components: { Cell: '/admin/applications/ApplicantContactCell#ApplicantContactCell' } } },
    // What was applied for and what was written stay as submitted (guardApplication); the form
    // shows them read-only to everyone but platform admins.
    { name: 'program', type: 'relationship', relationTo: 'programs', label: label('프로그램', 'Program'), required: true, index: true,
      access: { update: platformAdminField }, admin: { allowCreate: false } },
    // The program's title as plain text for the list, read with the page (collections/hooks/relatedName.ts).
    { name: 'programTitle', type: 'text', virtual: true, label: label('프로그램', 'Program'), admin: { readOnly: true, condition: () => false },
      hooks: { afterRead: [relatedName('program', 'programs', 'title')] } },
    { name: 'programCompany', type: 'relationship', relationTo: 'companies', label: label('운영기업', 'Program company'), index: true, admin: { readOnly: true } },
    // The records behind the snapshot, for platform admins (a company admin may not read them).
    { name: 'applicant', type: 'relationship', relationTo: 'users', label: label('신청자 계정', 'Applicant account'), index: true,
      admin: { readOnly: true, condition: onlyForPlatformAdmins } },
    { name: 'company', type: 'relationship', relationTo: 'companies', label: label('신청기업 정보', 'Applicant company record'), index: true,
      admin: { readOnly: true, condition: onlyForPlatformAdmins } },
    { name: 'answers', type: 'textarea', label: label('신청 내용', 'Answers'), access: { update: platformAdminField } },
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
    { name: 'activeKey', type: 'text', unique: true, index: true, custom: { machineWritten: true },
      access: { read: serverOnlyField, create: serverOnlyField, update: serverOnlyField }, admin: { hidden: true } },
    // Payload's own createdAt (same column and index), named 신청일 and shown as a Seoul date.
    { name: 'createdAt', type: 'date', index: true, label: label('신청일', 'Applied on'),
      admin: { hidden: true, disableBulkEdit: true, components: { Cell: '/admin/applications/AppliedOnCell#AppliedOnCell' } } },
  ],
}
