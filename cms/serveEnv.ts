/**
 * Imported first by cms/serve.ts, before Next and Payload load: the operator's intent is
 * captured before NODE_ENV is set for Next's production runtime.
 */
process.env.WINWINNURI_PRODUCTION ??= process.env.NODE_ENV === 'production' ? '1' : '0'
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.DISABLE_PAYLOAD_HMR = 'true'

export {}
