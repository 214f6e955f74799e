import { ReviewNotice as ReviewNotice_64d68584bf609c22d0f0829a4e20d8a8 } from '../../../admin/programs/ReviewNotice'
import { CharacterCount as CharacterCount_570a296e4f343aa9376a171bc4c8a0a5 } from '../../../admin/fields/CharacterCount'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewTimeline as ReviewTimeline_48c2a8db9099a373c471c0cccb8fef6e } from '../../../admin/programs/ReviewTimeline'
import { AddProgramLink as AddProgramLink_6a33a1f6d8c4c11358395afa38f299fc } from '../../../admin/businesses/AddProgramLink'
import { AddProgramCell as AddProgramCell_c74f386f913a26947ba3d6c6dc25197b } from '../../../admin/businesses/AddProgramCell'
import { ApplicantContactCell as ApplicantContactCell_db72417544c6cf2ee3159dd963fa0510 } from '../../../admin/applications/ApplicantContactCell'
import { AppliedOnCell as AppliedOnCell_d2f4c6fd7deb158657bc052cb7583e5e } from '../../../admin/applications/AppliedOnCell'
import { MembershipRequest as MembershipRequest_3aad5419c9cb02d223a2653afd16881f } from '../../../admin/users/MembershipRequest'
import { SendPanel as SendPanel_e5c9a286bba9d32d1b828f79b686c2b2 } from '../../../admin/newsletter/SendPanel'
import { EvaluationNavLink as EvaluationNavLink_08a07cb8f2279ad32a0bd4a312600cd3 } from '../../../admin/evaluation/NavLink'
import { DashboardSummary as DashboardSummary_2b91445323cc7cb16f4a0697bdc194e9 } from '../../../admin/DashboardSummary'
import { LocalizedToasts as LocalizedToasts_621765872f7a11ad34f8f5c3d228d36a } from '../../../admin/LocalizedToasts'
import { LockedDocumentDate as LockedDocumentDate_7fb4a01f339676efe3bd65178a6b70e0 } from '../../../admin/LockedDocumentDate'
import { EvaluationDetailView as EvaluationDetailView_c300f79dbbdaec3cbd08c2afd6253f71 } from '../../../admin/evaluation/DetailView'
import { EvaluationListView as EvaluationListView_4c34f4a4a7bd4e4080686160bb7bf75a } from '../../../admin/evaluation/ListView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/programs/ReviewNotice#ReviewNotice": ReviewNotice_64d68584bf609c22d0f0829a4e20d8a8,
  "/admin/fields/CharacterCount#CharacterCount": CharacterCount_570a296e4f343aa9376a171bc4c8a0a5,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/programs/ReviewTimeline#ReviewTimeline": ReviewTimeline_48c2a8db9099a373c471c0cccb8fef6e,
  "/admin/businesses/AddProgramLink#AddProgramLink": AddProgramLink_6a33a1f6d8c4c11358395afa38f299fc,
  "/admin/businesses/AddProgramCell#AddProgramCell": AddProgramCell_c74f386f913a26947ba3d6c6dc25197b,
  "/admin/applications/ApplicantContactCell#ApplicantContactCell": ApplicantContactCell_db72417544c6cf2ee3159dd963fa0510,
  "/admin/applications/AppliedOnCell#AppliedOnCell": AppliedOnCell_d2f4c6fd7deb158657bc052cb7583e5e,
  "/admin/users/MembershipRequest#MembershipRequest": MembershipRequest_3aad5419c9cb02d223a2653afd16881f,
  "/admin/newsletter/SendPanel#SendPanel": SendPanel_e5c9a286bba9d32d1b828f79b686c2b2,
  "/admin/evaluation/NavLink#EvaluationNavLink": EvaluationNavLink_08a07cb8f2279ad32a0bd4a312600cd3,
  "/admin/DashboardSummary#DashboardSummary": DashboardSummary_2b91445323cc7cb16f4a0697bdc194e9,
  "/admin/LocalizedToasts#LocalizedToasts": LocalizedToasts_621765872f7a11ad34f8f5c3d228d36a,
  "/admin/LockedDocumentDate#LockedDocumentDate": LockedDocumentDate_7fb4a01f339676efe3bd65178a6b70e0,
  "/admin/evaluation/DetailView#EvaluationDetailView": EvaluationDetailView_c300f79dbbdaec3cbd08c2afd6253f71,
  "/admin/evaluation/ListView#EvaluationListView": EvaluationListView_4c34f4a4a7bd4e4080686160bb7bf75a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
