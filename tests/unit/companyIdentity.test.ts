import { describe, expect, test } from 'vitest'
import { companyIdentityRefusal } from '../../kernel/rules/companyIdentity'

const kwater = { category: 'public', bizRegNo: '1248100998' }
const sme = { category: 'sme', bizRegNo: '1018100015' }

describe('who may set a company\'s 기업분류 and 사업자등록번호 (everyone but platform admins)', () => {
  test.each([
    ['register an SME', null, { category: 'sme' }, null],
    ['register a 대기업', null, { category: 'large' }, { field: 'category', reason: 'largeCompanyByAdmin' }],
    ['register a 공공기관', null, { category: 'public' }, { field: 'category', reason: 'largeCompanyByAdmin' }],
    ['turn a 공공기관 into an SME', kwater, { category: 'sme' }, { field: 'category', reason: 'platformCompanyIdentityByAdmin' }],
    ['turn a 공공기관 into a 대기업', kwater, { category: 'large' }, { field: 'category', reason: 'largeCompanyByAdmin' }],
    ['turn an SME into a 대기업', sme, { category: 'large' }, { field: 'category', reason: 'largeCompanyByAdmin' }],
    ['change a 공공기관\'s 사업자등록번호', kwater, { bizRegNo: '1018100015' }, { field: 'bizRegNo', reason: 'platformCompanyIdentityByAdmin' }],
    ['save a 공공기관 with the same category and number', kwater, { category: 'public', bizRegNo: '1248100998' }, null],
    ['save a 공공기관 without either (its homepage only)', kwater, {}, null],
    ['turn an SME into a 중견기업', sme, { category: 'midsize' }, null],
    ['correct an SME\'s 사업자등록번호', sme, { bizRegNo: '1018100023' }, null],
  ] as const)('%s', (_name, before, after, expected) => {
    expect(companyIdentityRefusal(before, after)).toEqual(expected)
  })
})
