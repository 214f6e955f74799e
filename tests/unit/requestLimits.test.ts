/**
 * The plain rules behind the request limits (docs/SPEC.md "Request limits" and "Text fields:
 * lengths and characters"): page bounds, GraphQL cost, text rules, the error boundary's
 * classification, the body parsers' answers and the body checks in front of Payload's routes.
 */
import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, test } from 'vitest'
import { errorBoundary, classifyError } from '../../kernel/http/errorBoundary'
import { GRAPHQL_ALL_ROWS, graphqlCostRules, rowsAskedFor } from '../../cms/api/graphqlCost'
import { boundedPage, formatBytes, JSON_BODY_LIMIT, PUBLIC_PAGE_LIMIT } from '../../kernel/http/limits'
import { bodyRefusal, withoutSuggestions } from '../../cms/api/routes'
import { firstNulPath, hasForbiddenCharacters, isTooLong } from '../../kernel/rules/textRules'
import { formProblem } from '../../server/security/formProblems'
import { nonTextValues } from '../../collections/hooks/textTypes'

describe('page bounds', () => {
  test('visitors and members: at most 100 rows, "all rows" included', () => {
    expect(boundedPage({ limit: 100000 }, { staff: false })).toMatchObject({ limit: PUBLIC_PAGE_LIMIT, pagination: true })
    expect(boundedPage({ limit: 0 }, { staff: false })).toMatchObject({ limit: PUBLIC_PAGE_LIMIT })
    expect(boundedPage({ pagination: false }, { staff: false })).toMatchObject({ limit: PUBLIC_PAGE_LIMIT, pagination: true })
    expect(boundedPage({ limit: 12, page: 3 }, { staff: false })).toEqual({ limit: 12, page: 3, pagination: true })
    expect(boundedPage({}, { staff: false })).toEqual({ limit: undefined, pagination: true })
  })

  test('staff keep what the admin asks for', () => {
    expect(boundedPage({ limit: 250 }, { staff: true })).toEqual({ limit: 250 })
    expect(boundedPage({ pagination: false }, { staff: true })).toEqual({ pagination: false })
  })

  test('numbers that are none are refused, for everyone', () => {
    for (const limit of [Infinity, -1, 2.5, NaN, 1e12]) expect(boundedPage({ limit }, { staff: true }), String(limit)).toMatchObject({ problem: { name: 'limit' } })
    for (const page of [Infinity, 0, -3, 1.5, 1e6]) expect(boundedPage({ page }, { staff: false }), String(page)).toMatchObject({ problem: { name: 'page' } })
  })
})

describe('GraphQL cost', () => {
  const schema = buildSchema(`
    type Program { title: String  company: Company }
    type Company { name: String }
    type Programs { docs: [Program]  totalDocs: Int }
    type Query { Programs(limit: Int, page: Int, pagination: Boolean): Programs  Program(id: Int): Program }
  `)
  const errors = (query: string) => validate(schema, parse(query), graphqlCostRules({ variableValues: {} })).map((e) => e.message)

  test('a list costs its rows: 0 and pagination:false count as the most', () => {
    expect(rowsAskedFor({ limit: 25 })).toBe(25)
    expect(rowsAskedFor({})).toBe(10)
    expect(rowsAskedFor({ limit: 0 })).toBe(GRAPHQL_ALL_ROWS)
    expect(rowsAskedFor({ limit: 5, pagination: false })).toBe(GRAPHQL_ALL_ROWS)
  })

  test('an ordinary page passes; the amplification is refused by its cost, aliases counted', () => {
    expect(errors('{ Programs(limit: 100) { docs { title company { name } } totalDocs } }')).toEqual([])
    const [one] = errors('{ Programs(limit: 100000) { docs { title } } }')
    expect(one).toMatch(/GraphQL 질의가 너무 큽니다 \(비용 \d+, 최대 5000\)/)
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: Programs(limit: 100) { docs { title } }`).join(' ')
    expect(errors(`{ ${aliases} }`)).toHaveLength(1)
    expect(errors('{ Programs(pagination: false) { docs { title company { name } } } }')).toHaveLength(1)
  })

  test('"Did you mean" hints are cut from messages', () => {
    expect(withoutSuggestions('Cannot query field "reviewNot" on type "Program". Did you mean "reviewNote", "reviewedAt", or "reviewedBy"?')).toBe('Cannot query field "reviewNot" on type "Program".')
  })
})

describe('text rules', () => {
  test('NUL nowhere; control characters and bidi overrides not in single-line fields; line breaks in free text', () => {
    expect(hasForbiddenCharacters('2027년 널\u0000뒤', 'multi-line')).toBe(true)
    expect(hasForbiddenCharacters('2027년 \u202e뒤집기', 'single-line')).toBe(true)
    expect(hasForbiddenCharacters('제목\n둘째 줄', 'single-line')).toBe(true)
    expect(hasForbiddenCharacters('줄\n바꿈\t탭', 'multi-line')).toBe(false)
    expect(hasForbiddenCharacters('2027년 상생 아카데미 (1기) — 🚀', 'single-line')).toBe(false)
  })

  test('length counted as a person counts, storage bounded too', () => {
    expect(isTooLong('가'.repeat(200), 200)).toBe(false)
    expect(isTooLong('가'.repeat(201), 200)).toBe(true)
    expect(isTooLong('👍🏽'.repeat(200), 200)).toBe(false)
    expect(isTooLong(`a${'\u0301'.repeat(1000)}`, 200)).toBe(true)
  })

  test('the first NUL in a JSON body, named by its path', () => {
    expect(firstNulPath({ title: 'ok', contact: { name: 'a\u0000b' } })).toBe('contact.name')
    expect(firstNulPath({ cards: [{ alt: 'x' }, { alt: '\u0000' }] })).toBe('cards.1.alt')
    expect(firstNulPath({ 'a\u0000': 1 })).toBe('a\u0000')
    expect(firstNulPath({ title: 'fine', n: 1, b: null })).toBeNull()
  })

  test('text fields holding something else are named', () => {
    const fields = [
      { name: 'name', type: 'text' },
      { name: 'contact', type: 'group', fields: [{ name: 'email', type: 'email' }] },
      { name: 'cards', type: 'array', fields: [{ name: 'alt', type: 'text' }] },
      { name: 'count', type: 'number' },
    ] as never
    expect(nonTextValues({ name: {}, contact: { email: 5 }, cards: [{ alt: 'ok' }, { alt: ['x'] }], count: 'x' }, fields)).toEqual(['name', 'contact.email', 'cards.1.alt'])
    expect(nonTextValues({ name: '이름', contact: null }, fields)).toEqual([])
  })
})

describe('the error boundary', () => {
  const drizzle = (cause: unknown) => Object.assign(new Error('Failed query: select …'), { cause })

  test('cast, foreign-key and parse failures are 400s; the rest a Korean 500; Payload\'s own 4xx kept', () => {
    expect(classifyError(drizzle(new TypeError('SQLite3 can only bind numbers, strings, bigints, buffers, and null')))).toMatchObject({ status: 400, key: 'queryValueInvalid' })
    expect(classifyError(drizzle(new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')))).toMatchObject({ status: 400 })
    expect(classifyError(drizzle({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'FOREIGN KEY constraint failed' }))).toMatchObject({ status: 400, key: 'relatedNotFound' })
    expect(classifyError(Object.assign(new Error('Cast to ObjectId failed'), { name: 'CastError' }))).toMatchObject({ status: 400 })
    expect(classifyError(new SyntaxError('Unexpected token'))).toMatchObject({ status: 400, key: 'bodyNotJson' })
    expect(classifyError(Object.assign(new Error('Invalid JSON'), { status: 400 }))).toMatchObject({ status: 400, key: 'bodyNotJson' })
    expect(classifyError(new TypeError('x is not a function'))).toMatchObject({ status: 500, key: 'serverError' })
    // Payload re-throws the upload limit's own message as a 500.
    expect(classifyError(new Error('파일이 너무 큽니다. 파일 하나는 20MB까지 올릴 수 있습니다.'))).toMatchObject({ status: 413, key: 'fileTooLarge' })
    expect(classifyError(Object.assign(new Error('권한이 없습니다'), { status: 403 }))).toBeNull()
  })

  test('the REST answer in Korean; GraphQL errors carry the status', async () => {
    const rest = await errorBoundary({ error: new SyntaxError('x'), req: {} as never, context: {} } as never)
    expect(rest).toEqual({ response: { errors: [{ message: '요청 본문이 올바른 JSON이 아닙니다.' }] }, status: 400 })
    const graphql = await errorBoundary({ error: new TypeError('boom'), req: {} as never, context: {}, graphqlResult: { message: 'Something went wrong.', extensions: {} } } as never)
    expect(graphql).toMatchObject({ graphqlResult: { message: '서버 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.', extensions: { statusCode: 500 } } })
  })
})

describe('body checks in front of the routes', () => {
  const request = (body: BodyInit | null, headers: Record<string, string>, path = '/api/programs') =>
    new Request(`http://localhost${path}`, { method: 'POST', body, headers, ...(body ? { duplex: 'half' } : {}) } as RequestInit)
  const answer = async (r: Request) => {
    const refused = await bodyRefusal(r)
    return refused ? { status: refused.status, message: (await refused.json()).errors[0].message as string } : null
  }

  test('JSON objects pass; null, "x", arrays and broken JSON are 400s', async () => {
    expect(await answer(request('{"title":"t"}', { 'content-type': 'application/json' }))).toBeNull()
    for (const body of ['null', '"x"', '[1]']) expect(await answer(request(body, { 'content-type': 'application/json' }))).toMatchObject({ status: 400 })
    expect(await answer(request('{"title":', { 'content-type': 'application/json' }))).toEqual({ status: 400, message: '요청 본문이 올바른 JSON이 아닙니다.' })
  })

  test('text/plain and forms are 415 — except the subscription forms', async () => {
    expect(await answer(request('{"decision":"approve"}', { 'content-type': 'text/plain' }))).toMatchObject({ status: 415 })
    expect(await answer(request('test=a@b.kr', { 'content-type': 'application/x-www-form-urlencoded' }, '/api/newsletters/1/send'))).toMatchObject({ status: 415 })
    expect(await answer(request('List-Unsubscribe=One-Click', { 'content-type': 'application/x-www-form-urlencoded' }, '/api/subscribers/unsubscribe'))).toBeNull()
    // The admin's relationship fields read their options as a POST with the query as the body.
    expect(await answer(request('limit=10&where[company][equals]=1', { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' }, '/api/businesses'))).toBeNull()
  })

  test('over 1 MB: 413 by the declared length, and while reading when none is declared', async () => {
    const big = `{"name":"${'a'.repeat(JSON_BODY_LIMIT)}"}`
    expect(await answer(request(big, { 'content-type': 'application/json', 'content-length': String(big.length) }))).toEqual({ status: 413, message: `요청이 너무 큽니다. 이 주소는 ${formatBytes(JSON_BODY_LIMIT)}까지 받습니다.` })
    const stream = new ReadableStream({ start(c) { for (let i = 0; i < 3; i++) c.enqueue(new TextEncoder().encode(big.slice(i * 600_000, (i + 1) * 600_000))); c.close() } })
    expect(await answer(request(stream as never, { 'content-type': 'application/json' }))).toMatchObject({ status: 413 })
  })

  test('NUL anywhere in a JSON body names the field', async () => {
    expect(await answer(request('{"contact":{"name":"a\\u0000b"}}', { 'content-type': 'application/json' }))).toEqual({ status: 400, message: 'contact.name에 넣을 수 없는 제어 문자가 있습니다.' })
  })
})

test("the body parsers' refusals in Korean, by their type", () => {
  expect(formProblem(Object.assign(new Error('request entity too large'), { type: 'entity.too.large' }))).toMatchObject({ status: 413, message: expect.stringContaining('너무 큽니다') })
  expect(formProblem(Object.assign(new Error('x'), { type: 'charset.unsupported' }))).toMatchObject({ status: 415 })
  expect(formProblem(new Error('other'))).toBeNull()
  expect(formProblem(Object.assign(new Error('x'), { type: 'toString' }))).toBeNull()
})

test('an id that could name a row: SQLite integers (as numbers or digits), MongoDB ObjectIds', async () => {
  const { couldBeId } = await import('../../kernel/ids')
  for (const id of [1, 42, '7', '123456789012345']) expect(couldBeId(id, 'number'), String(id)).toBe(true)
  for (const id of ['notanid', '1e3', '-1', '0', 0, 2.5, NaN, Infinity, '', null, {}, '12345678901234567']) expect(couldBeId(id, 'number'), String(id)).toBe(false)
  expect(couldBeId('6752f1c2a9b3e4d5f6a7b8c9', 'text')).toBe(true)
  for (const id of ['notanid', '6752f1c2a9b3e4d5f6a7b8c', 7]) expect(couldBeId(id, 'text'), String(id)).toBe(false)
})

test('the links a write names, except those whose field checks its own', async () => {
  const { linksIn, selfCheckedLinks } = await import('../../collections/hooks/linksExist')
  const fields = [
    { name: 'business', type: 'relationship', relationTo: 'businesses' },
    { name: 'cards', type: 'array', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] },
    { name: 'partners', type: 'array', fields: [{ name: 'company', type: 'relationship', relationTo: 'companies', validate: () => true }] },
    { name: 'tags', type: 'relationship', relationTo: ['companies', 'programs'], hasMany: true },
  ] as never
  const skip = selfCheckedLinks(fields)
  expect([...skip]).toEqual(['partners.company'])
  const links = linksIn({ business: 3, cards: [{ image: { id: 9 } }], partners: [{ company: 77 }], tags: [{ relationTo: 'programs', value: 5 }] }, fields, skip)
  expect(links).toEqual([
    { path: 'business', relationTo: 'businesses', id: 3 },
    { path: 'cards.0.image', relationTo: 'media', id: 9 },
    { path: 'tags.0', relationTo: 'programs', id: 5 },
  ])
})

test('shapes: a group is an object, a list a list, a multi-choice field a list', async () => {
  const { wrongShapes } = await import('../../collections/hooks/textTypes')
  const fields = [
    { name: 'contact', type: 'group', fields: [{ name: 'address', type: 'group', fields: [{ name: 'line1', type: 'text' }] }] },
    { name: 'cards', type: 'array', fields: [{ name: 'alt', type: 'text' }] },
    { name: 'regions', type: 'select', hasMany: true, options: ['seoul'] },
    { name: 'kind', type: 'select', options: ['a'] },
  ] as never
  expect(wrongShapes({ contact: null, cards: 'x', regions: 'seoul', kind: 'a' }, fields)).toEqual(['contact', 'cards', 'regions'])
  expect(wrongShapes({ contact: { address: 5 }, cards: [1] }, fields)).toEqual(['contact.address', 'cards.0'])
  expect(wrongShapes({ contact: { address: { line1: 'x' } }, cards: [], regions: ['seoul'], kind: undefined }, fields)).toEqual([])
})

test('depth of a JSON value, counted without recursion', async () => {
  const { jsonDepth } = await import('../../cms/api/routes')
  expect(jsonDepth({ a: [{ b: 1 }] }, 100)).toBe(3)
  const deep = JSON.parse(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`)
  expect(jsonDepth(deep, 100)).toBe(101)
})

test("more of Payload's and SQLite's answers the boundary turns into Korean 4xx", () => {
  expect(classifyError(Object.assign(new Error('The following path cannot be queried: ceoName'), { name: 'QueryError', status: 400 }))).toMatchObject({ status: 400, key: 'queryPathRefused', vars: { path: 'ceoName' } })
  expect(classifyError(Object.assign(new Error('Route not found "/api/nope"'), { status: 404 }))).toMatchObject({ status: 404, key: 'routeNotFound', vars: { path: '/api/nope' } })
  expect(classifyError(Object.assign(new Error('Document with ID 20 is currently locked by another user and cannot be updated.'), { status: 423 }))).toMatchObject({ status: 423, key: 'documentLocked' })
  expect(classifyError(Object.assign(new Error('Failed query'), { cause: new Error('Expression tree is too large (maximum depth 1000)') }))).toMatchObject({ status: 400, key: 'queryTooLarge' })
  expect(classifyError(new TypeError('adapter.operators[queryOperator] is not a function'))).toMatchObject({ status: 400, key: 'queryValueInvalid' })
})
