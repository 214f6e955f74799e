import { describe, expect, test } from 'vitest'
import { charCount, checkProgramDates, TEXT_LIMIT, titleNamesPeriod } from '../../kernel/rules/programRules'

describe('titleNamesPeriod (프로그램명에는 시기를 명시)', () => {
  test.each([
    '2026년 상생협력 기술지원 프로그램',
    '2026년 1분기 구매상담회',
    '2016년 XXX', // the guide's own examples
    '2016년 1분기 XXX',
    '2018 현대오토에버 Solution Day',
    '[교육] 생산계획수립(5/30~31)',
    '[교육] 원자력 품질보증실무(5/29~31)',
    "'26년 협력사 교육",
    '’26년 협력사 교육', // typographic apostrophe
    "'26. 구매상담회",
    '상반기 구매상담회',
    '하반기 채용박람회',
    '3분기 기술교류회',
    '6월 중소기업 무상 온라인 교육',
    '12 월 송년 세미나',
    '2018년 6월 중소기업 무상 온라인 교육',
    '[2018 서부발전] 2019년 수행 신규 연구과제 공모',
    '2018년 2월 15일 신규 등록 우수기업 홍보사업',
    '1999 밀레니엄 프로그램',
  ])('accepts %j', (title) => {
    expect(titleNamesPeriod(title)).toBe(true)
  })

  test.each([
    '싱가포르 국제 물주간 참여 기업 공모',
    '싱가포르 국제 물주간(Singapore International Water Week) 참여 기업 공모',
    'TEST-BED 사업',
    '네이버 파트너 스퀘어',
    '구매상담회',
    '3개월 교육과정', // a duration, not a period
    '',
    // a number that merely contains 19xx/20xx is not a year
    '최대 20000원 바우처 지원',
    '협력사 120000명 교육',
  ])('rejects %j', (title) => {
    expect(titleNamesPeriod(title)).toBe(false)
  })
})

describe('charCount', () => {
  test('the limit is 200', () => {
    expect(TEXT_LIMIT).toBe(200)
  })

  test.each([
    ['', 0],
    ['abc', 3],
    ['상생누리', 4],
    ['상생 누리!', 6],
    ['👍', 1],
    ['상생👍', 3],
    ['😀😀😀', 3],
    ['🇰🇷', 1], // a flag: two regional indicators
    ['👍🏽', 1], // emoji + skin tone modifier
    ['👨‍👩‍👧', 1], // ZWJ family sequence
    ['❤️', 1], // heart + variation selector
    ['\u1112\u1161\u11AB', 1], // 한 written as decomposed jamo (NFD)
    ['e\u0301', 1], // é as e + combining acute
    ['𠀀', 1], // astral CJK ideograph (a surrogate pair)
  ])('%j counts as %d', (text, count) => {
    expect(charCount(text)).toBe(count)
  })

  test('200 Hangul syllables are 200, 201 are over the limit', () => {
    expect(charCount('가'.repeat(200))).toBe(200)
    expect(charCount('가'.repeat(201))).toBe(201)
  })

  test('200 emoji count as 200 even though they are 400 UTF-16 units', () => {
    expect(charCount('😀'.repeat(200))).toBe(200)
  })

  test('null/undefined count as 0', () => {
    expect(charCount(undefined as unknown as string)).toBe(0)
    expect(charCount(null as unknown as string)).toBe(0)
  })
})

describe('checkProgramDates', () => {
  const good = {
    applyStart: '2026-04-01',
    applyEnd: '2026-04-10',
    supportStart: '2026-04-11',
    supportEnd: '2026-04-30',
  }

  test('a consistent program has no problems', () => {
    expect(checkProgramDates(good)).toEqual([])
    expect(checkProgramDates(good, '2026-03-15')).toEqual([])
  })

  test('end on the same day as start is fine for both periods', () => {
    expect(
      checkProgramDates({ applyStart: '2026-04-01', applyEnd: '2026-04-01', supportStart: '2026-04-05', supportEnd: '2026-04-05' }),
    ).toEqual([])
  })

  test('applyEnd before applyStart', () => {
    expect(checkProgramDates({ ...good, applyStart: '2026-04-10', applyEnd: '2026-04-09' })).toEqual([
      { field: 'applyEnd', code: 'end-before-start' },
    ])
  })

  test('supportEnd before supportStart', () => {
    expect(checkProgramDates({ ...good, supportStart: '2026-05-01', supportEnd: '2026-04-30' })).toEqual([
      { field: 'supportEnd', code: 'end-before-start' },
    ])
  })

  test("both periods backwards (the guide's 2018-12-31 ~ 2018-02-01)", () => {
    expect(
      checkProgramDates({ applyStart: '2018-12-31', applyEnd: '2018-02-01', supportStart: '2018-12-31', supportEnd: '2018-02-01' }),
    ).toEqual([
      { field: 'applyEnd', code: 'end-before-start' },
      { field: 'supportEnd', code: 'end-before-start' },
    ])
  })

  test('comparison is by Seoul day, whatever form the dates come in', () => {
    // 2026-04-09T16:00Z is 2026-04-10 01:00 in Seoul: same day as applyStart below, so not backwards.
    expect(checkProgramDates({ applyStart: '2026-04-10', applyEnd: '2026-04-09T16:00:00Z' })).toEqual([])
    // 2026-04-09T14:00Z is 2026-04-09 23:00 in Seoul: one day before applyStart.
    expect(checkProgramDates({ applyStart: '2026-04-10', applyEnd: '2026-04-09T14:00:00Z' })).toEqual([
      { field: 'applyEnd', code: 'end-before-start' },
    ])
    expect(
      checkProgramDates({ supportStart: new Date('2026-04-11T03:00:00Z'), supportEnd: new Date('2026-04-10T03:00:00Z') }),
    ).toEqual([{ field: 'supportEnd', code: 'end-before-start' }])
  })

  test.each([
    ['applyStart', '2018-02-31'],
    ['applyEnd', '2026-13-01'],
    ['supportStart', '2026-00-10'],
    ['supportEnd', '2023-02-29'],
    ['applyStart', 'abc'],
    ['supportEnd', 20260430],
    ['applyEnd', '2026-02-30T00:00:00Z'],
  ] as const)('%s = %j is an invalid date', (field, value) => {
    expect(checkProgramDates({ ...good, [field]: value })).toEqual([{ field, code: 'invalid-date' }])
  })

  test('an invalid date is not also compared', () => {
    // 2018-02-31 would roll over to 2018-03-03 in JavaScript, after applyEnd 2018-03-01
    expect(checkProgramDates({ applyStart: '2018-02-31', applyEnd: '2018-03-01' })).toEqual([
      { field: 'applyStart', code: 'invalid-date' },
    ])
  })

  test('every invalid field is reported, in field order', () => {
    expect(checkProgramDates({ applyStart: 'x', applyEnd: 'y', supportStart: 'z', supportEnd: 'w' })).toEqual([
      { field: 'applyStart', code: 'invalid-date' },
      { field: 'applyEnd', code: 'invalid-date' },
      { field: 'supportStart', code: 'invalid-date' },
      { field: 'supportEnd', code: 'invalid-date' },
    ])
  })

  test('missing dates are skipped (required-ness is checked elsewhere)', () => {
    expect(checkProgramDates({})).toEqual([])
    expect(checkProgramDates({ applyStart: '', applyEnd: null, supportStart: undefined, supportEnd: '2026-04-30' })).toEqual([])
    expect(checkProgramDates({ applyEnd: '2026-01-01', supportStart: '2026-12-01' })).toEqual([])
  })

  describe('already ended at registration (이미 종료된 프로그램은 등록 불가)', () => {
    test('supportEnd before the registration day is refused', () => {
      expect(checkProgramDates({ ...good, supportStart: '2026-03-01', supportEnd: '2026-03-31' }, '2026-04-01')).toEqual([
        { field: 'supportEnd', code: 'already-ended' },
      ])
    })

    test('supportEnd on the registration day is fine', () => {
      expect(checkProgramDates({ ...good, supportEnd: '2026-04-30' }, '2026-04-30')).toEqual([])
    })

    test('supportEnd after the registration day is fine', () => {
      expect(checkProgramDates(good, '2026-04-29')).toEqual([])
    })

    test('without a registration day (an update), a past supportEnd is not refused', () => {
      expect(checkProgramDates({ ...good, supportEnd: '2026-04-30' })).toEqual([])
      expect(checkProgramDates({ applyStart: '2018-05-01', applyEnd: '2018-05-30', supportStart: '2018-05-31', supportEnd: '2019-12-31' })).toEqual([])
    })

    test('compares Seoul days of stored instants', () => {
      // noon in Seoul on 03-31 → ended before 04-01
      expect(checkProgramDates({ supportEnd: '2026-03-31T03:00:00.000Z' }, '2026-04-01')).toEqual([
        { field: 'supportEnd', code: 'already-ended' },
      ])
      // midnight in Seoul on 04-01 (still 03-31 in UTC) → same day, fine
      expect(checkProgramDates({ supportEnd: '2026-03-31T15:00:00.000Z' }, '2026-04-01')).toEqual([])
    })

    test('is reported along with a backwards support period', () => {
      expect(checkProgramDates({ supportStart: '2026-03-10', supportEnd: '2026-03-01' }, '2026-04-01')).toEqual([
        { field: 'supportEnd', code: 'end-before-start' },
        { field: 'supportEnd', code: 'already-ended' },
      ])
    })

    test('an invalid supportEnd is only reported as invalid', () => {
      expect(checkProgramDates({ supportEnd: '2018-02-31' }, '2026-04-01')).toEqual([
        { field: 'supportEnd', code: 'invalid-date' },
      ])
    })
  })
})
