import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Each test file gets its own ./data (database file, uploads, outbox, secret), set before
// any project module reads WINWINNURI_DATA_DIR.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-test-'))
process.env.WINWINNURI_DATA_DIR = dir
process.env.DISABLE_PAYLOAD_HMR = 'true'
