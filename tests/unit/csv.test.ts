import { describe, expect, test } from 'vitest'
import { programsToCsv } from '../../site/feeds/programsCsv'
import { publicProgram } from '../helpers/publicProgram'

const siteUrl = 'https://winwin.example.kr'

/**
 * A deliberately separate, strict RFC 4180 reader (CRLF records, quoted fields with doubled
 * quotes), so a quoting bug in the writer cannot be mirrored and cancelled out here.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < text.length) {
    let field = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += text[i++]
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote in unquoted field at ${i}`)
        field += text[i++]
      }
    }
    row.push(field)
    if (text[i] === ',') {
      i++
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row)
      row = []
      i += 2
    } else if (i < text.length) {
      throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`)
    }
  }
  if (row.length > 0) throw new Error('last record has no CRLF')
  return rows
}

function read(csv: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const [header, ...rows] = parseCsv(csv.slice(1))
  return { header, rows, cell: (row: string[], name: string) => row[header.indexOf(name)] }
}

const HEADER = [
  '프로그램ID', '프로그램명', '기업명', '사업명', '지원분야', '지원대상',
  '신청기간 시작', '신청기간 종료', '지원기간 시작', '지원기간 종료', '진행지역', '진행단계',
  '상생누리 신청가능', '문의처 부서', '문의처 전화', '확인일', 'URL',
]

describe('programsToCsv', () => {
  test('starts with a BOM, then the Korean header row', () => {
    const csv = programsToCsv([], { siteUrl })
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toBe(`\uFEFF${HEADER.join(',')}\r\n`)
  })

  test('one CRLF-terminated row per program, every row as wide as the header', () => {
    const programs = Array.from({ length: 5 }, (_, i) => publicProgram({ id: `p${i}` }))
    const csv = programsToCsv(programs, { siteUrl })
    expect(csv).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
    const { header, rows } = read(csv)
    expect(header).toEqual(HEADER)
    expect(rows).toHaveLength(5)
    expect(rows.every((row) => row.length === HEADER.length)).toBe(true)
  })

  test('maps a program to its columns', () => {
    const { rows } = read(programsToCsv([publicProgram({ id: 'p7', url: '/programs/p7/' })], { siteUrl }))
    expect(rows[0]).toEqual([
      'p7', '협력사 스마트공장 구축 지원', '한빛전자', '한빛 동반성장 사업', '기술지원', '전체 오픈',
      '2026-04-01', '2026-04-30', '2026-05-01', '2026-12-31', '서울 · 경기', '모집중',
      '예', '상생협력팀', '02-1234-5678', '2026-03-15', 'https://winwin.example.kr/programs/p7/',
    ])
  })

  test('아니오 when the program is not applied for on 상생누리', () => {
    const { rows, cell } = read(programsToCsv([publicProgram({ applyOnline: false })], { siteUrl }))
    expect(cell(rows[0], '상생누리 신청가능')).toBe('아니오')
  })

  test.each([
    '쉼표, 있는 제목',
    '따옴표 "큰" 제목',
    '줄바꿈\n있는\r\n제목',
    '"전부", 다\r\n"있음"',
  ])('a title with CSV metacharacters round-trips: %j', (title) => {
    const csv = programsToCsv([publicProgram({ title }), publicProgram({ id: 'p2' })], { siteUrl })
    const { rows, cell } = read(csv)
    expect(rows).toHaveLength(2)
    expect(cell(rows[0], '프로그램명')).toBe(title)
    expect(cell(rows[1], '프로그램ID')).toBe('p2')
  })

  test('doubles quotes inside a quoted field', () => {
    const csv = programsToCsv([publicProgram({ title: 'a "b" c' })], { siteUrl })
    expect(csv).toContain(',"a ""b"" c",')
  })

  describe('formula injection guard', () => {
    test.each(['=HYPERLINK("http://evil.example","클릭")', '+82 10', '-1+1', '@SUM(A1)', '\t=1', '\r=1'])(
      '%j gets a leading apostrophe',
      (title) => {
        const { rows, cell } = read(programsToCsv([publicProgram({ title })], { siteUrl }))
        expect(cell(rows[0], '프로그램명')).toBe(`'${title}`)
      },
    )

    test('guards every text column, not only the title', () => {
      const program = publicProgram({
        company: { id: 'c1', name: '=cmd|"/c calc"!A1' },
        contact: { department: '@부서', name: null, phone: '+82-2-1234-5678', email: null },
      })
      const { rows, cell } = read(programsToCsv([program], { siteUrl }))
      expect(cell(rows[0], '기업명')).toBe(`'=cmd|"/c calc"!A1`)
      expect(cell(rows[0], '문의처 부서')).toBe("'@부서")
      expect(cell(rows[0], '문의처 전화')).toBe("'+82-2-1234-5678")
    })

    test('leaves ordinary values alone', () => {
      const { rows, cell } = read(programsToCsv([publicProgram({ title: "1+1=2 'quoted' 행사" })], { siteUrl }))
      expect(cell(rows[0], '프로그램명')).toBe("1+1=2 'quoted' 행사")
      expect(cell(rows[0], '문의처 전화')).toBe('02-1234-5678')
    })
  })
})
