import type { CollectionConfig } from 'payload'
import { approvedOrOwnCompany } from '../../kernel/access/approvedOrOwnCompany'
import { ownCompanyOrPlatformAdmin } from '../../kernel/access/ownCompanyOrPlatformAdmin'
import { canRegisterForACompany } from '../../kernel/access/canRegisterForACompany'
import { onlyPlatformAdminPublishes } from '../../kernel/access/onlyPlatformAdminPublishes'
import { label } from '../fields/labels'
import { ownCompanyBaseFilter } from '../../kernel/access/ownCompanyBaseFilter'
import { recommendedEndpoint } from './endpoints/recommended'
import { reviewEndpoint } from './endpoints/review'
import { submitEndpoint } from './endpoints/submit'
import { programFields } from './fields'
import { applyWorkflow } from './hooks/applyWorkflow'
import { deriveCompany } from './hooks/deriveCompany'
import { routeSave, saveTargetOf } from './hooks/routeSave'
import { keepServerTimestamps } from '../hooks/keepServerTimestamps'
import { rebuildSiteOnChange } from '../hooks/rebuildSiteOnChange'
import { notifyProgramReview } from '../../notifications/notifyProgramReview'

// Only what reaches the main document can change the site: a pending revision never does.
const siteRebuild = rebuildSiteOnChange('programs', (doc) => doc.reviewStatus === 'approved', (context) => saveTargetOf(context) === 'revision', 'programs')

/** 프로그램: what SMEs search and apply to; public once the platform admin approves it. */
export const Programs: CollectionConfig = {
  slug: 'programs',
  labels: { singular: label('프로그램', 'Program'), plural: label('프로그램', 'Programs') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'companyName', 'business', 'supportField', 'targetScope', 'applyStart', 'applyEnd', 'phase', 'publicPhase', 'reviewStatus'],
    listSearchableFields: ['title', 'summary'],
    group: label('동반성장 프로그램', 'Programs'),
    // A company admin's list is its own company's programs (the public site shows the others).
    baseFilter: ownCompanyBaseFilter('company'),
  },
  access: {
    read: approvedOrOwnCompany,
    create: onlyPlatformAdminPublishes(canRegisterForACompany),
    update: onlyPlatformAdminPublishes(ownCompanyOrPlatformAdmin()),
    delete: ownCompanyOrPlatformAdmin(),
    // Revisions (the pending edit of a live program, the review steps) belong to the program's
    // company and the platform; left undefined, every signed-in user could read them.
    readVersions: ownCompanyOrPlatformAdmin('version.company'),
  },
  // The main document is what the public reads: the last approved version once a program is
  // live. An edit of a live program is saved as a newer draft version (a pending revision) that
  // replaces it only when a platform admin approves it. `validate`: the rules run on revisions too.
  versions: { drafts: { validate: true }, maxPerDoc: 100 },
  // Recommendations check the live programs (approved, not ended) on every request: how many,
  // and their distinct updatedAt (members/operations/liveProgramSnapshot.ts). This index alone
  // answers both, without reading a program row.
  indexes: [{ fields: ['reviewStatus', 'supportEnd', 'updatedAt'] }],
  endpoints: [recommendedEndpoint, submitEndpoint, reviewEndpoint],
  hooks: {
    beforeOperation: [routeSave],
    beforeChange: [keepServerTimestamps, deriveCompany, applyWorkflow],
    afterChange: [siteRebuild.afterChange, notifyProgramReview],
    afterDelete: [siteRebuild.afterDelete],
  },
  fields: programFields,
}
