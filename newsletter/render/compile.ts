/**
 * MJML → HTML. mjml 5 compiles asynchronously (its result is a Promise), so every renderer
 * built on it is async too. Validation is strict and any error throws: a template that MJML
 * has to repair renders differently per e-mail client, and that must fail a test, not a send.
 */
import mjml2html from 'mjml'

type MjmlError = { line?: number; message?: string; formattedMessage?: string }
type MjmlResult = { html: string; errors?: MjmlError[] }

const compile = mjml2html as unknown as (input: string, options: object) => Promise<MjmlResult> | MjmlResult

export async function compileMjml(mjml: string): Promise<string> {
  let result: MjmlResult
  try {
    result = await compile(mjml, {
      validationLevel: 'strict',
      keepComments: false,
      // No web fonts from Google: the Korean stack in frame.ts uses fonts already on the device.
      fonts: {},
    })
  } catch (error) {
    // Strict validation throws rather than returning its errors; name the source either way.
    throw new Error(`MJML 오류: ${error instanceof Error ? error.message.trim() : String(error)}`, { cause: error })
  }
  if (result.errors?.length) {
    const detail = result.errors.map((e) => e.formattedMessage ?? `line ${e.line}: ${e.message}`).join('; ')
    throw new Error(`MJML 오류: ${detail}`)
  }
  return result.html
}
