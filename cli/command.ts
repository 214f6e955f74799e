/**
 * How every command-line entry point of this folder runs: read its arguments (a mistake stops it
 * before anything starts), Payload on the configured database, migrated, the work, Payload
 * closed, the work's exit code. A failure prints its message (and a validation error's fields)
 * and exits 1.
 */
import { getPayload, type Payload } from 'payload'
import { createConfig } from '../cms/config/createConfig'
import { migrateDatabase } from '../cms/database/migrate'

export type Command<Options> = {
  /** Reads the arguments; throws, with the usage, on anything it does not know. */
  parse: (argv: string[]) => Options
  /** The work; its number is the exit code (none: 0). */
  run: (payload: Payload, options: Options) => Promise<number | void>
  /** What a failure's message starts with. */
  failure?: string
}

export function runCommand<Options>({ parse, run, failure = '' }: Command<Options>): void {
  const main = async (): Promise<number> => {
    const options = parse(process.argv.slice(2))
    const payload = await getPayload({ config: createConfig() })
    try {
      await migrateDatabase(payload)
      return (await run(payload, options)) ?? 0
    } finally {
      await payload.destroy()
    }
  }
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`${failure}${error instanceof Error ? error.message : String(error)}`)
      if (error?.data?.errors) console.error(JSON.stringify(error.data.errors, null, 2))
      process.exit(1)
    },
  )
}
