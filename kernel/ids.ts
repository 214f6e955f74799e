/**
 * Whether a value sent as a document id could name a row in this database at all: SQLite's ids
 * are positive integers (a number, or its digits as a path or query gives them), MongoDB's are
 * ObjectIds (24 hexadecimal digits). Anything else names nothing: 404 (or a 400 on the field)
 * before a query, where SQLite failed on NaN (a 500) and MongoDB on the cast.
 */
export function couldBeId(value: unknown, idType: 'number' | 'text'): boolean {
  if (idType === 'number') {
    return (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) || (typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value))
  }
  return (typeof value === 'string' || (typeof value === 'object' && value !== null)) && /^[0-9a-f]{24}$/i.test(String(value))
}
