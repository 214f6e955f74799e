import { Applications } from './Applications'
import { Businesses } from './Businesses'
import { CardNews } from './CardNews'
import { Companies } from './Companies'
import { Media } from './Media'
import { NewsletterDeliveries } from './NewsletterDeliveries'
import { Newsletters } from './Newsletters'
import { PartnerGuides } from './PartnerGuides'
import { PrivateFiles } from './PrivateFiles'
import { Programs } from './Programs'
import { Promotions } from './Promotions'
import { Subscribers } from './Subscribers'
import { Users } from './Users'
import { withTextRules } from './fields/textRules'
import { boundQueries } from './hooks/boundQueries'
import { textTypes } from './hooks/textTypes'
import { linksExist, selfCheckedLinks } from './hooks/linksExist'
import type { CollectionConfig } from 'payload'

/**
 * Before the collection's own hooks: bounds on every REST/GraphQL request
 * (collections/hooks/boundQueries.ts) and text fields holding text (collections/hooks/textTypes.ts);
 * after them, links to rows that exist (collections/hooks/linksExist.ts).
 */
const withRequestBounds = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [boundQueries, textTypes, ...(collection.hooks?.beforeOperation ?? [])],
    // Last before the write: the collection's own checks of its links speak first, with their own words.
    beforeChange: [...(collection.hooks?.beforeChange ?? []), linksExist(selfCheckedLinks(collection.fields))],
  },
})

/**
 * In the order the admin navigation shows them; every text field with its maximum length and
 * character rules (collections/fields/textRules.ts), every request bounded.
 */
export const collections = [
  Programs, Businesses, Applications, Companies, Users, CardNews, PartnerGuides, Media, PrivateFiles, Promotions, Newsletters, Subscribers,
  NewsletterDeliveries,
].map((collection) => withRequestBounds(withTextRules(collection)))
