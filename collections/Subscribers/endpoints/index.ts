import { confirmEndpoint } from './confirm'
import { preferencesEndpoint, preferencesPageEndpoint } from './preferences'
import { subscribeEndpoint } from './subscribe'
import { unsubscribeEndpoint, unsubscribePageEndpoint } from './unsubscribe'

/** Sign-up, confirmation, unsubscribe and preferences: anonymous, authorised by e-mail link tokens. */
export const subscriberEndpoints = [
  subscribeEndpoint, confirmEndpoint, unsubscribePageEndpoint, unsubscribeEndpoint, preferencesPageEndpoint, preferencesEndpoint,
]
