import { createConfig } from './config/createConfig'

export default createConfig()
