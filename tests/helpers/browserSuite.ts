/**
 * The setup every browser file shares: the real `npm start` server (startServer) and Debian's
 * Chromium (launchBrowser), started before the file's tests and closed after them. The returned
 * object is filled in by its beforeAll, so tests read `suite.server` and `suite.browser`.
 */
import { afterAll, beforeAll } from 'vitest'
import { launchBrowser } from './browser'
import { startServer, type RunningServer } from './server'

type ServerOptions = Parameters<typeof startServer>[0]

export type BrowserSuite = { server: RunningServer; browser: Awaited<ReturnType<typeof launchBrowser>> }

/** `options` may be a function, for a setting only known once something else has started (an SMTP sink's URL). */
export function bootBrowserSuite(options: ServerOptions | (() => Promise<ServerOptions>) = {}): BrowserSuite {
  const suite = {} as BrowserSuite
  beforeAll(async () => {
    suite.server = await startServer(typeof options === 'function' ? await options() : options)
    suite.browser = await launchBrowser()
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.stop()
  })
  return suite
}
