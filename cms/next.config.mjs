import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

// The Next project is cms/, but the Payload config imports the folders beside it (kernel/, collections/, …).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  outputFileTracingRoot: root,
  turbopack: { root },
  serverExternalPackages: [
    // The site build runs inside the server's jobs queue; Next must load these from node_modules
    // as they are (native binaries, dynamic requires) rather than bundle them.
    '@11ty/eleventy', '@11ty/eleventy-img', '@11ty/eleventy-plugin-rss', 'pagefind', 'esbuild',
    // One Payload in the process. server/serve.ts creates the instance from node_modules; a second,
    // bundled copy in the admin's route handlers would own other error classes, so its
    // `instanceof ValidationError` failed and REST refusals lost their per-field `errors` (the
    // shape the admin form reads to mark a field). Payload's withPayload does the same in dev.
    'payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', '@payloadcms/drizzle', '@payloadcms/graphql', '@payloadcms/email-nodemailer',
    // Its rule walks Payload's schema: it must use the same (external) graphql module.
    'graphql-query-complexity',
  ],
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` checks types; the build only bundles.
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
