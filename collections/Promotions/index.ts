import type { CollectionConfig } from 'payload'
import { canRegisterForACompany } from '../../kernel/access/canRegisterForACompany'
import { ownCompanyOrPlatformAdmin } from '../../kernel/access/ownCompanyOrPlatformAdmin'
import { PER_ENTRY_KIND, PROMOTION_KINDS } from '../../kernel/rules/evaluation'
import { companyIdOf } from '../../kernel/rules/roles'
import { calendarDayField, validateCalendarDay } from '../fields/calendarDay'
import { label } from '../fields/labels'
import { MAX_WEB_ADDRESS_LENGTH } from '../../kernel/rules/webAddress'
import { validateWebAddress } from '../fields/webAddress'
import { enforceOwnCompany } from '../hooks/enforceOwnCompany'
import { evidenceOfOwnCompany } from './evidenceOfOwnCompany'
import { guardPromotionReview } from './guardPromotionReview'

/** The kinds entered here; cooperation-activity posts are counted from published card news instead. */
const ENTERED_KINDS = PROMOTION_KINDS.filter((kind) => kind.value !== PER_ENTRY_KIND)

export const PROMOTION_REVIEW = [
  { value: 'submitted', label: label('확인요청', 'Submitted') },
  { value: 'accepted', label: label('인정', 'Accepted') },
  { value: 'rejected', label: label('불인정', 'Not accepted') },
]

/**
 * 홍보 실적 (동반성장 평가 ② 중소기업 활용도 제고 노력): what a company did to bring SMEs to the
 * portal — a banner, a notice, an official letter… — with its evidence (기안문, 캡처 화면, 사진).
 * Counted in the evaluation report once a platform admin accepts it (해당 부서에서 인정된 사항에 한함).
 */
export const Promotions: CollectionConfig = {
  slug: 'promotions',
  labels: { singular: label('홍보 실적', 'Promotion record'), plural: label('홍보 실적', 'Promotion records') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'company', 'kind', 'date', 'review'],
    group: label('동반성장 평가', 'Evaluation'),
  },
  access: {
    read: ownCompanyOrPlatformAdmin(),
    create: canRegisterForACompany,
    update: ownCompanyOrPlatformAdmin(),
    delete: ownCompanyOrPlatformAdmin(),
  },
  hooks: { beforeChange: [enforceOwnCompany('company'), guardPromotionReview, evidenceOfOwnCompany] },
  fields: [
    { name: 'company', type: 'relationship', relationTo: 'companies', label: label('기업명', 'Company'), required: true, index: true,
      defaultValue: ({ user }) => companyIdOf(user) ?? undefined },
    { name: 'kind', type: 'select', required: true, label: label('홍보 유형', 'Kind'),
      options: ENTERED_KINDS.map(({ value, ko, en }) => ({ value, label: { ko, en } })),
      admin: { description: label('같은 유형은 한 해에 한 건만 인정됩니다. 상생협력 활동 정보는 상생정보통 카드뉴스로 등록하면 건별로 인정됩니다.', 'Each kind counts once a year; cooperation activities count per card news post.') } },
    calendarDayField('date', label('시행일', 'Date'), validateCalendarDay),
    { name: 'title', type: 'text', required: true, label: label('내용', 'What was done') },
    { name: 'description', type: 'textarea', label: label('상세 설명', 'Description') },
    { name: 'url', type: 'text', label: label('관련 주소', 'Link'),
      maxLength: MAX_WEB_ADDRESS_LENGTH, validate: validateWebAddress },
    { name: 'evidence', type: 'upload', relationTo: 'private-files', hasMany: true, required: true, minRows: 1, label: label('증빙자료', 'Evidence'),
      admin: { description: label('기안문, 캡처 화면, 사진 등 (PDF, JPG, PNG, HWP, HWPX, DOCX, XLSX, PPTX)', 'Memo, screenshot, photo…') } },
    { name: 'review', type: 'select', required: true, defaultValue: 'submitted', index: true, label: label('인정 여부', 'Review'),
      options: PROMOTION_REVIEW, admin: { position: 'sidebar', description: label('상생누리 관리자가 확인합니다.', 'Set by the platform admin.') } },
    { name: 'reviewNote', type: 'textarea', label: label('확인 의견', 'Review note'), admin: { position: 'sidebar' } },
  ],
}
