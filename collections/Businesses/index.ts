import type { CollectionBeforeDeleteHook, CollectionConfig } from 'payload'
import { canRegisterForACompany } from '../../kernel/access/canRegisterForACompany'
import { ownCompanyOrPlatformAdmin } from '../../kernel/access/ownCompanyOrPlatformAdmin'
import { companyIdOf } from '../../kernel/rules/roles'
import { refuse } from '../hooks/errors'
import { enforceOwnCompany } from '../hooks/enforceOwnCompany'
import { keepServerTimestamps } from '../hooks/keepServerTimestamps'
import { label } from '../fields/labels'
import { MAX_WEB_ADDRESS_LENGTH } from '../../kernel/rules/webAddress'
import { validateWebAddress } from '../fields/webAddress'
import { rebuildSiteOnChange } from '../hooks/rebuildSiteOnChange'
import { ownCompanyBaseFilter } from '../../kernel/access/ownCompanyBaseFilter'
import { relatedName } from '../hooks/relatedName'

// A business's name and link show on its public programs' pages.
const siteRebuild = rebuildSiteOnChange('businesses')

/** 사업 ≠ 프로그램: a business is only a folder, but it is never deleted with programs inside. */
const refuseWhileProgramsExist: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'programs',
    where: { business: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw refuse(req, 'businessHasPrograms', 409)
}

/** 사업: a folder of programs (not reviewed by the platform). */
export const Businesses: CollectionConfig = {
  slug: 'businesses',
  // A program's 사업 populated in a list: its name and company only, not its programs (the join
  // below would run a query per row).
  defaultPopulate: { name: true, company: true, relatedUrl: true },
  labels: { singular: label('사업', 'Business'), plural: label('사업', 'Businesses') },
  admin: {
    useAsTitle: 'name',
    // The guide's 사업 및 프로그램 관리: 사업명 (프로그램개수) and the programs inside.
    defaultColumns: ['name', 'programs', 'addProgram', 'companyName', 'updatedAt'],
    group: label('동반성장 프로그램', 'Programs'),
    baseFilter: ownCompanyBaseFilter('company'),
    description: label(
      '사업은 프로그램을 담는 폴더입니다. 사업은 간단히 등록하고, 꼭 프로그램까지 등록해 주세요.',
      'A business is a folder of programs. Register it briefly, then register its programs.',
    ),
  },
  access: {
    read: ownCompanyOrPlatformAdmin(),
    create: canRegisterForACompany,
    update: ownCompanyOrPlatformAdmin(),
    delete: ownCompanyOrPlatformAdmin(),
  },
  hooks: {
    beforeChange: [keepServerTimestamps, enforceOwnCompany('company')],
    beforeDelete: [refuseWhileProgramsExist],
    afterChange: [siteRebuild.afterChange],
  },
  fields: [
    {
      name: 'company',
      type: 'relationship',
      relationTo: 'companies',
      label: label('기업명', 'Company'),
      required: true,
      index: true,
      defaultValue: ({ user }) => companyIdOf(user) ?? undefined,
    },
    { name: 'name', type: 'text', label: label('사업명', 'Business name'), required: true },
    { name: 'relatedUrl', type: 'text', label: label('관련사이트', 'Related site'), maxLength: MAX_WEB_ADDRESS_LENGTH, validate: validateWebAddress },
    { name: 'overview', type: 'textarea', label: label('사업개요', 'Overview'), required: true },
    { name: 'companyName', type: 'text', virtual: true, label: label('기업명', 'Company'), admin: { readOnly: true, condition: () => false },
      hooks: { afterRead: [relatedName('company', 'companies')] } },
    {
      // The guide's "+ 프로그램": the full program form with this 사업 chosen (cms/admin/businesses).
      name: 'addProgram',
      type: 'ui',
      label: label('프로그램 등록', 'Register a program'),
      admin: {
        components: {
          Field: '/admin/businesses/AddProgramLink#AddProgramLink',
          Cell: '/admin/businesses/AddProgramCell#AddProgramCell',
        },
      },
    },
    {
      // The programs in this 사업, each with its 진행단계 (new ones: "+ 이 사업에 프로그램 등록" above,
      // the full form rather than Payload's drawer, where a refused draft marks no field).
      name: 'programs',
      type: 'join',
      collection: 'programs',
      on: 'business',
      label: label('프로그램', 'Programs'),
      defaultSort: '-createdAt',
      defaultLimit: 50,
      admin: {
        allowCreate: false,
        defaultColumns: ['title', 'supportField', 'targetScope', 'applyStart', 'applyEnd', 'phase', 'publicPhase', 'reviewStatus'],
        description: label('이 사업에 등록한 프로그램입니다.', 'Programs of this business.'),
      },
    },
  ],
}
