import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

// One graphql in the process, as in the server: the one Node resolves (index.js) for Payload and
// graphql-query-complexity alike. Vite would otherwise hand our files its "module" build, and
// graphql refuses schema objects from the other copy.
const resolve = { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] }

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/helpers/isolateDataDir.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/helpers/isolateDataDir.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          // One server and one Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
})
