/**
 * What the browser makes of `/pagefind/delta.json` (site/search/siteSearch.ts loadDeltaManifest),
 * served over real HTTP: a missing, malformed or foreign manifest leaves the search on the main
 * index alone (never an error on the search page), and records or removed pages of the wrong shape
 * are dropped one by one while the well-formed ones are kept.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { loadDeltaManifest, NO_DELTA } from '../../site/search/siteSearch'

const record = { url: '/programs/7/', words: ['교육'], inner: ['육'], filters: { phase: ['모집중'] }, meta: { title: '실무교육', order: '1:0:001:7' } }
const removed = { id: 'en_1a2b3c', filters: { phase: ['마감'] } }

const bodies: Record<string, { status?: number; type?: string; body: string }> = {
  good: { body: JSON.stringify({ records: [record], removed: [removed] }) },
  missing: { status: 404, body: 'Not Found' },
  error: { status: 500, body: JSON.stringify({ records: [record], removed: [] }) },
  truncated: { body: JSON.stringify({ records: [record], removed: [removed] }).slice(0, 40) },
  html: { type: 'text/html', body: '<!doctype html><title>502 Bad Gateway</title>' },
  null: { body: 'null' },
  array: { body: JSON.stringify([record]) },
  mixed: {
    body: JSON.stringify({
      records: [record, null, 7, { ...record, url: 42 }, { ...record, words: '교육' }, { ...record, filters: { phase: [1] } }, { ...record, meta: { title: {} } }, { ...record, url: '/programs/8/' }],
      removed: [removed, { id: 5, filters: {} }, { id: 'x', filters: [] }, { id: 'y' }],
    }),
  },
  notLists: { body: JSON.stringify({ records: { 0: record }, removed: 'all' }) },
}

let server: http.Server
let base = ''
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const name = req.url?.split('/')[1] ?? ''
    const answer = bodies[name]
    if (!answer || !req.url?.endsWith('/pagefind/delta.json')) return res.writeHead(404).end()
    res.writeHead(answer.status ?? 200, { 'content-type': answer.type ?? 'application/json' }).end(answer.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const load = (name: string) => loadDeltaManifest(`${base}/${name}/pagefind/pagefind.js`)

test('a well-formed manifest is read whole', async () => {
  expect(await load('good')).toEqual({ records: [record], removed: [removed] })
})

test.each(['missing', 'error', 'truncated', 'html', 'null', 'array', 'notLists'])('%s: the main index alone', async (name) => {
  expect(await load(name)).toEqual(NO_DELTA)
})

test('records and removed pages of the wrong shape are dropped, the rest kept', async () => {
  expect(await load('mixed')).toEqual({ records: [record, { ...record, url: '/programs/8/' }], removed: [removed] })
})

test('a server that does not answer at all', async () => {
  expect(await loadDeltaManifest('http://127.0.0.1:9/pagefind/pagefind.js')).toEqual(NO_DELTA)
})
