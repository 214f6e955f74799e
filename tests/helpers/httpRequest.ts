/**
 * Plain HTTP for tests that need what fetch cannot give: a chosen local address (the limits count
 * by it), headers fetch refuses, or a request line written straight onto a socket.
 */
import http from 'node:http'
import net from 'node:net'

export type HttpAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** One request with node:http (no agent: a fresh connection each), the answer read whole as text. */
export function httpRequest(options: http.RequestOptions, body?: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent: false, ...options }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * Announces a 50 MB JSON body to POST `path` and sends none of it: what comes back (the raw
 * response, read until a JSON error list ends or the socket closes, `timeoutMs` at most).
 */
export function announceHugeBody(port: number, path: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`))
    let received = ''
    socket.on('data', (chunk) => { received += chunk.toString('utf8'); if (received.includes('}]}')) socket.destroy() })
    socket.on('close', () => resolve(received))
    socket.on('error', reject)
    socket.setTimeout(timeoutMs, () => socket.destroy())
  })
}
