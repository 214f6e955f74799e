import type { CollectionConfig, PayloadRequest, Where } from 'payload'
import { anyone } from '../../kernel/access/anyone'
import { authenticated } from '../../kernel/access/authenticated'
import { platformAdminOnly } from '../../kernel/access/platformAdminOnly'
import { COMPANY_CATEGORIES, KSIC_SECTIONS, PARTNER_TIERS, selectOptions } from '../../kernel/rules/valueLists'
import { homepageOf, MAX_WEB_ADDRESS_LENGTH } from '../../kernel/rules/webAddress'
import { msg } from '../../kernel/i18n/messages'
import { label } from '../fields/labels'
import { operatorPublicField, ownCompanyField, ownCompanyRecord } from './access'
import { guardCompanyManager } from './hooks/guardCompanyManager'
import { searchPublicFieldsOnly } from './hooks/searchPublicFieldsOnly'
import { guardCompanyCategory } from './hooks/guardCompanyCategory'
import { normalizeBizRegNoHook, validateBizRegNo } from './validateBizRegNo'
import { validateMainPartner } from './validateMainPartner'
import { rebuildSiteOnChange } from '../hooks/rebuildSiteOnChange'
import { isOperatorCategory, operatorWhere } from '../../kernel/rules/operators'

// Only 대기업 and 공공기관 appear on the site; a new SME account does not need a rebuild.
const siteRebuild = rebuildSiteOnChange('companies', (doc) => isOperatorCategory(doc.category as string | undefined))


export const Companies: CollectionConfig = {
  slug: 'companies',
  labels: { singular: label('기업', 'Company'), plural: label('기업', 'Companies') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'bizRegNo', 'category', 'industry', 'group'],
    listSearchableFields: ['name', 'bizRegNo', 'group'],
    group: label('회원·기업', 'Members & companies'),
  },
  access: {
    read: anyone,
    create: authenticated,
    update: ownCompanyRecord,
    delete: platformAdminOnly,
  },
  hooks: { beforeOperation: [searchPublicFieldsOnly], beforeChange: [guardCompanyCategory, guardCompanyManager], afterChange: [siteRebuild.afterChange], afterDelete: [siteRebuild.afterDelete] },
  fields: [
    {
      name: 'bizRegNo',
      type: 'text',
      label: label('사업자등록번호', 'Business registration no.'),
      required: true,
      unique: true,
      index: true,
      access: { read: ownCompanyField },
      admin: { description: label('숫자 10자리 (예: 124-81-00998)', '10 digits, e.g. 124-81-00998') },
      hooks: { beforeValidate: [normalizeBizRegNoHook] },
      validate: validateBizRegNo,
    },
    {
      name: 'name',
      type: 'text',
      label: label('기업명', 'Company name'),
      required: true,
      index: true,
      admin: { description: label('회사의 풀네임을 입력해 주세요.', 'The full legal name.') },
    },
    { name: 'group', type: 'text', label: label('기업집단', 'Business group'), index: true, access: { read: operatorPublicField },
      admin: { description: label('예: 삼성 (계열사 오픈 프로그램의 대상 판단에 사용)', 'e.g. Samsung; used for affiliate-open programs') } },
    { name: 'ceoName', type: 'text', label: label('대표자명', 'CEO'), required: true, access: { read: ownCompanyField } },
    {
      name: 'address',
      type: 'group',
      label: label('기업주소', 'Address'),
      access: { read: ownCompanyField },
      fields: [
        { name: 'postcode', type: 'text', label: label('우편번호', 'Postcode'), validate: (v: unknown, { req }: { req: PayloadRequest }) => v == null || v === '' || /^\d{5}$/.test(String(v)) || msg(req, 'postcodeFormat') },
        { name: 'line1', type: 'text', label: label('주소', 'Address'), required: true },
        { name: 'line2', type: 'text', label: label('상세주소', 'Address line 2') },
      ],
    },
    {
      name: 'homepage',
      type: 'text',
      label: label('홈페이지', 'Homepage'),
      required: true,
      maxLength: MAX_WEB_ADDRESS_LENGTH,
      access: { read: operatorPublicField },
      admin: { description: label('홈페이지가 없을 경우에는 담당자 이메일 주소를 입력하세요.', 'Or a contact e-mail when there is no homepage.') },
      // A web address by the one URL rule, or the contact e-mail (kernel/rules/webAddress.ts).
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) => (homepageOf(value) ? true : msg(req, 'homepageInvalid')),
    },
    { name: 'category', type: 'select', label: label('기업분류', 'Category'), required: true, index: true, options: selectOptions(COMPANY_CATEGORIES) },
    { name: 'industry', type: 'select', label: label('업종 (KSIC 대분류)', 'Industry (KSIC section)'), required: true, options: selectOptions(KSIC_SECTIONS) },
    { name: 'industryDetail', type: 'text', label: label('세부 업종', 'Industry detail'),
      admin: { description: label('예: 통신 및 방송 장비 제조업', 'e.g. telecom equipment manufacturing') } },
    {
      name: 'mainPartners',
      type: 'array',
      label: label('주거래기업/업체구분', 'Main partners'),
      labels: { singular: label('주거래기업', 'Main partner'), plural: label('주거래기업', 'Main partners') },
      maxRows: 5,
      access: { read: ownCompanyField },
      admin: { description: label('주거래기업 및 업체구분은 프로그램 추천, 매칭과 연계됩니다. 최대 5개까지 추가 가능', 'Used to recommend programs. Up to 5.') },
      validate: (value: unknown, { req }: { req: PayloadRequest }) => (!Array.isArray(value) || value.length <= 5 ? true : msg(req, 'tooManyPartners')),
      fields: [
        // 주거래기업 are the 대기업·공공기관 whose programs partners may join (the only ones that run them).
        { name: 'company', type: 'relationship', relationTo: 'companies', label: label('주거래기업', 'Partner company'), required: true,
          filterOptions: operatorWhere(), validate: validateMainPartner },
        { name: 'tier', type: 'select', label: label('업체구분', 'Tier'), required: true, defaultValue: 'tier1', options: selectOptions(PARTNER_TIERS) },
      ],
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('기업로고', 'Logo'), access: { read: operatorPublicField } },
    {
      // Set by the server for the member who registers the company; handed over by a platform admin.
      name: 'manager',
      type: 'relationship',
      relationTo: 'users',
      label: label('기업 담당자', 'Company manager'),
      access: { read: ownCompanyField },
      filterOptions: ({ id }): Where | boolean => (id != null ? { and: [{ company: { equals: id } }, { role: { equals: 'member' } }] } : false),
      // The choice is checked by guardCompanyManager (a confirmed member of this company); the default
      // check against filterOptions would refuse the server's own choice at registration, when the
      // registering member is not yet attached to the company it is creating.
      validate: () => true as const,
      admin: {
        position: 'sidebar',
        description: label('기업을 등록한 회원이 담당자가 됩니다. 담당자는 같은 기업 회원의 소속 승인 요청을 승인·거절하고 기업명·대표자명·사업자등록번호·기업분류를 고칩니다. 상생누리 관리자만 다른 소속 회원으로 바꿀 수 있습니다.',
          'The member who registered the company. Confirms or declines membership requests and edits the company\'s name, CEO, registration number and category. Only a platform admin hands it to another member.'),
      },
    },
  ],
}
