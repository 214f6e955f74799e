import type { Endpoint } from 'payload'
import { deliveriesEndpoint } from './deliveries'
import { pauseEndpoint, resumeEndpoint } from './pauseResume'
import { previewEndpoint } from './preview'
import { progressEndpoint } from './progress'
import { sendEndpoint } from './send'

/** Beyond Payload's REST: send (or a test), pause/resume, live progress, unknown rows, preview. */
export const newsletterEndpoints: Endpoint[] = [sendEndpoint, pauseEndpoint, resumeEndpoint, progressEndpoint, deliveriesEndpoint, previewEndpoint]
