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

/** In the order the admin navigation shows them. */
export const collections = [
  Programs, Businesses, Applications, Companies, Users, CardNews, PartnerGuides, Media, PrivateFiles, Promotions, Newsletters, Subscribers,
  NewsletterDeliveries,
]
