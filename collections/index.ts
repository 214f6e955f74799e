import { Applications } from './Applications'
import { Businesses } from './Businesses'
import { CardNews } from './CardNews'
import { Companies } from './Companies'
import { Media } from './Media'
import { NewsletterDeliveries } from './NewsletterDeliveries'
import { Newsletters } from './Newsletters'
import { PartnerGuides } from './PartnerGuides'
import { Programs } from './Programs'
import { Subscribers } from './Subscribers'
import { Users } from './Users'

/** In the order the admin navigation shows them. */
export const collections = [
  Programs, Businesses, Applications, Companies, Users, CardNews, PartnerGuides, Media, Newsletters, Subscribers, NewsletterDeliveries,
]
