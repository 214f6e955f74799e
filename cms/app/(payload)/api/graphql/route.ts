/* Payload's GraphQL handler, behind the request checks of cms/api/routes.ts (and without schema hints). */
import config from '@payload-config'
import { graphqlRoutes } from '../../../../api/routes'

const routes = graphqlRoutes(config)

export const POST = routes.POST
export const OPTIONS = routes.OPTIONS
