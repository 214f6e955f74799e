/* Payload's REST handlers, behind the request checks of cms/api/routes.ts (body size, media type, JSON). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { restRoutes } from '../../../../api/routes'

const routes = restRoutes(config)

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH
export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
