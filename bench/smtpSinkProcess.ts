/**
 * The benchmark's SMTP sink: a real smtp-server on a loopback port in its own process (so it
 * takes its own core, not the sender's), accepting and discarding every message, with TCP_NODELAY
 * on its sockets. Reports its port, then answers `count` with how many it accepted and `cpu` with
 * the CPU time it has used (the benchmark's CPU table).
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

let accepted = 0
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined)
    stream.on('end', () => {
      accepted += 1
      callback(null, `queued as bench-${accepted}`)
    })
  },
})
server.server.on('connection', (socket) => socket.setNoDelay(true))
server.on('error', () => undefined)
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.server.address() as AddressInfo).port }))
process.on('message', (message: string) => {
  if (message === 'count') process.send!({ accepted })
  // Its CPU time so far (user + system, every thread), for the benchmark's CPU table.
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage()
    process.send!({ cpuMs: Math.round((user + system) / 1000) })
  }
})
