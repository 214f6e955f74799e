import type { Field } from 'payload'
import { ownerOrPlatformAdminField } from '../../kernel/access/fieldAccess'
import { isPlatformAdmin } from '../../kernel/rules/roles'
import { derivePhase, PHASE_LABELS, PHASES, PUBLIC_PHASE_ORDER } from '../../kernel/rules/phase'
import { publicPhase } from './hooks/publicPhase'
import { relatedName } from '../hooks/relatedName'
import { businessAskedFor } from './businessAskedFor'
import { REVIEW_STATUS_LABELS, REVIEW_STATUSES, reviewStatusChoices, type ReviewStatus } from '../../kernel/rules/reviewWorkflow'
import {
  COMPANY_CATEGORIES, KSIC_SECTIONS, PARTNER_TIERS, REGIONS, selectOptions, SUPPORT_FIELDS, TARGET_SCOPES,
} from '../../kernel/rules/valueLists'
import { calendarDayField } from '../fields/calendarDay'
import { label } from '../fields/labels'
import { limitedTextarea } from '../fields/textLimit'
import { ATTACHMENT_MIME_TYPES } from '../Media/mimeTypes'
import { validateProgramDate, validateTitle } from './validateProgram'

const stamp = (name: string, ko: string, en: string): Field => ({
  name,
  type: 'date',
  label: label(ko, en),
  admin: { readOnly: true, position: 'sidebar', date: { displayFormat: 'yyyy-MM-dd HH:mm' } },
})

const multiSelect = (name: string, ko: string, en: string, options: ReturnType<typeof selectOptions>): Field => ({
  name, type: 'select', hasMany: true, label: label(ko, en), options,
})

export const programFields: Field[] = [
  {
    // 수정요청 사유, 확인요청 중, or what an edit of a live program will do (cms/admin/programs).
    name: 'reviewNotice',
    type: 'ui',
    admin: { components: { Field: '/admin/programs/ReviewNotice#ReviewNotice' } },
  },
  {
    name: 'business',
    type: 'relationship',
    relationTo: 'businesses',
    label: label('사업명', 'Business'),
    required: true,
    index: true,
    // "+ 프로그램" on a 사업 opens /admin/collections/programs/create?business=<id>.
    defaultValue: ({ req }) => businessAskedFor(req),
  },
  {
    name: 'company',
    type: 'relationship',
    relationTo: 'companies',
    label: label('기업명', 'Company'),
    index: true,
    admin: { readOnly: true, description: label('사업의 기업으로 자동 지정됩니다.', 'Taken from the business.') },
  },
  {
    // The company's name as plain text for the admin list (collections/hooks/relatedName.ts).
    name: 'companyName',
    type: 'text',
    virtual: true,
    label: label('기업명', 'Company'),
    admin: { readOnly: true, condition: () => false },
    hooks: { afterRead: [relatedName('company', 'companies')] },
  },
  {
    name: 'title',
    type: 'text',
    label: label('프로그램명', 'Title'),
    required: true,
    validate: validateTitle,
    admin: { description: label('프로그램명에는 시기를 명시하시기 바랍니다. (예: 2026년 XXX, 2026년 1분기 XXX)', 'Name the period, e.g. "2026 …"') },
  },
  limitedTextarea('summary', label('프로그램개요', 'Summary')),
  limitedTextarea('purpose', label('목적', 'Purpose')),
  {
    type: 'row',
    fields: [
      { name: 'supportField', type: 'select', label: label('지원분야', 'Support field'), required: true, index: true, options: selectOptions(SUPPORT_FIELDS) },
      { name: 'targetScope', type: 'select', label: label('지원대상', 'Target scope'), required: true, index: true, options: selectOptions(TARGET_SCOPES) },
    ],
  },
  {
    type: 'row',
    fields: [
      calendarDayField('applyStart', label('신청기간 시작일', 'Applications open'), validateProgramDate('applyStart')),
      calendarDayField('applyEnd', label('신청기간 종료일', 'Applications close'), validateProgramDate('applyEnd')),
    ],
  },
  {
    type: 'row',
    fields: [
      calendarDayField('supportStart', label('지원기간 시작일', 'Support starts'), validateProgramDate('supportStart')),
      calendarDayField('supportEnd', label('지원기간 종료일', 'Support ends'), validateProgramDate('supportEnd')),
    ],
  },
  { ...multiSelect('regions', '진행지역', 'Regions', selectOptions(REGIONS)), required: true, index: true } as Field,
  {
    name: 'contact',
    type: 'group',
    label: label('문의처', 'Contact'),
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'department', type: 'text', label: label('담당부서', 'Department'), required: true },
          { name: 'name', type: 'text', label: label('담당자', 'Name') },
          { name: 'phone', type: 'text', label: label('전화번호', 'Phone'), required: true },
          { name: 'email', type: 'email', label: label('이메일', 'E-mail') },
        ],
      },
    ],
  },
  {
    name: 'applyOnline',
    type: 'checkbox',
    label: label('상생누리 홈페이지에서 신청가능', 'Apply on 상생누리'),
    defaultValue: false,
    admin: { description: label('신청여부: 상생누리를 신청기업 모집의 창구로 활용', 'Use the portal to take applications') },
  },
  { name: 'details', type: 'richText', label: label('지원내용', 'Support details') },
  { name: 'eligibilityDetails', type: 'textarea', label: label('지원대상 상세조건', 'Eligibility details') },
  { name: 'howToApply', type: 'textarea', label: label('신청방법', 'How to apply') },
  { name: 'notes', type: 'textarea', label: label('기타', 'Notes') },
  {
    name: 'attachments',
    type: 'upload',
    relationTo: 'media',
    hasMany: true,
    label: label('첨부문서', 'Attachments'),
    filterOptions: { mimeType: { in: ATTACHMENT_MIME_TYPES } },
    admin: { description: label('업무절차서, 신청서, 공모, 리플릿, 포스터 (PDF, JPG, PNG, HWP, HWPX, DOCX, XLSX, PPTX)', 'PDF, JPG, PNG, HWP, HWPX, DOCX, XLSX, PPTX') },
  },
  {
    name: 'eligibility',
    type: 'group',
    label: label('부분 오픈 대상 조건', 'Partial-scope criteria'),
    admin: {
      condition: (data) => data?.targetScope === 'partial',
      description: label('부분 오픈: 협력사와 함께, 아래 조건에 맞는 기업이 신청할 수 있습니다.', 'Partners plus companies matching these criteria.'),
    },
    fields: [
      multiSelect('industries', '업종', 'Industries', selectOptions(KSIC_SECTIONS)),
      multiSelect('regions', '소재 지역', 'Regions', selectOptions(REGIONS)),
      multiSelect('categories', '기업분류', 'Categories', selectOptions(COMPANY_CATEGORIES)),
      multiSelect('tiers', '업체구분', 'Tiers', selectOptions(PARTNER_TIERS)),
    ],
  },
  {
    name: 'phase',
    type: 'select',
    label: label('진행단계', 'Phase'),
    virtual: true,
    options: PHASES.map((value) => ({ value, label: PHASE_LABELS[value] })),
    admin: { readOnly: true, position: 'sidebar' },
    hooks: { afterRead: [({ siblingData }) => derivePhase(siblingData)] },
  },
  {
    name: 'publicPhase',
    type: 'select',
    label: label('공개 진행단계', 'Public phase'),
    virtual: true,
    options: PUBLIC_PHASE_ORDER.map((value) => ({ value, label: PHASE_LABELS[value] })),
    admin: {
      readOnly: true,
      position: 'sidebar',
      // A { ko, en } record: the select translates it (getTranslation) in the browser, where a
      // function cannot be sent; Payload's type names only string and function.
      placeholder: label('공개되지 않음', 'Not public') as unknown as string,
      description: label('사이트에 공개된 버전의 진행단계입니다.', 'The phase of the version the public sees.'),
    },
    hooks: { afterRead: [publicPhase] },
  },
  {
    name: 'reviewStatus',
    type: 'select',
    label: label('확인상태', 'Review status'),
    required: true,
    defaultValue: 'draft',
    index: true,
    options: REVIEW_STATUSES.map((value) => ({ value, label: REVIEW_STATUS_LABELS[value] })),
    filterOptions: ({ options, data, req }) => {
      const allowed = reviewStatusChoices(req.user, data?.reviewStatus as ReviewStatus | undefined)
      return options.filter((option) => allowed.includes((typeof option === 'string' ? option : option.value) as ReviewStatus))
    },
    admin: {
      position: 'sidebar',
      description: label('작성 후 확인요청으로 바꾸어 저장하면 상생누리 관리자가 확인합니다.', 'Set to Submitted to ask for review.'),
    },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    label: label('검토 의견 (수정요청 사유)', 'Review note'),
    access: { read: ownerOrPlatformAdminField },
    admin: {
      position: 'sidebar',
      // The platform admin writes it here; the company admin reads it in the notice above the form.
      condition: (_data, _sibling, { user }) => isPlatformAdmin(user),
      description: label('수정요청할 때 사유를 적습니다. 운영기업 관리자에게 메일과 화면으로 전달됩니다.', 'Required to request changes; the company admin sees it and gets it by e-mail.'),
    },
  },
  {
    name: 'reviewTimeline',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/admin/programs/ReviewTimeline#ReviewTimeline' } },
  },
  stamp('submittedAt', '확인요청일', 'Submitted at'),
  stamp('reviewedAt', '검토일', 'Reviewed at'),
  stamp('approvedAt', '확인완료일', 'Approved at'),
  {
    name: 'reviewedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('검토자', 'Reviewed by'),
    maxDepth: 0,
    access: { read: ownerOrPlatformAdminField },
    // Shown by name in the 확인 이력 timeline.
    admin: { readOnly: true, position: 'sidebar', hidden: true },
  },
  {
    name: 'reviewHistory',
    type: 'array',
    label: label('확인 이력', 'Review history'),
    labels: { singular: label('확인 이력', 'Review step'), plural: label('확인 이력', 'Review history') },
    access: { read: ownerOrPlatformAdminField },
    // Read in the admin as the 확인 이력 timeline (reviewTimeline); kept whole in the API.
    admin: { readOnly: true, hidden: true },
    fields: [
      { name: 'at', type: 'date', label: label('일시', 'At') },
      { name: 'from', type: 'text', label: label('이전', 'From') },
      { name: 'to', type: 'text', label: label('이후', 'To') },
      // The id for the record, never populated (a user object carries sessions); the name as it
      // was at the time is what people read.
      { name: 'by', type: 'relationship', relationTo: 'users', label: label('처리자', 'By'), maxDepth: 0, admin: { hidden: true } },
      { name: 'byName', type: 'text', label: label('처리자', 'By') },
      { name: 'note', type: 'textarea', label: label('의견', 'Note') },
    ],
  },
]
