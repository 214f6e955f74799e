import { expect, test } from 'vitest'
import { regionOfAddress } from '../../kernel/rules/addressRegion'
import { REGIONS } from '../../kernel/rules/valueLists'

test('the 시·도 at the start of an address, full or short, old names included', () => {
  expect(regionOfAddress('대전광역시 대덕구 신탄진로 200')).toBe('daejeon')
  expect(regionOfAddress('  전라남도 나주시 문화로 211')).toBe('jeonnam')
  expect(regionOfAddress('경남 창원시 성산구 두산볼보로 22')).toBe('gyeongnam')
  expect(regionOfAddress('강원특별자치도 춘천시 중앙로 1')).toBe('gangwon')
  expect(regionOfAddress('강원도 원주시 혁신로 10')).toBe('gangwon')
  expect(regionOfAddress('전북특별자치도 전주시 완산구 효자로 225')).toBe('jeonbuk')
  expect(regionOfAddress('세종특별자치시 한누리대로 2130')).toBe('sejong')
  expect(regionOfAddress('서울 중구 세종대로 110')).toBe('seoul')
})

test('no 시·도 first (a district, a foreign or empty address): null', () => {
  expect(regionOfAddress('중구 세종대로 110')).toBeNull()
  expect(regionOfAddress('서울특별시중구')).toBeNull()
  expect(regionOfAddress('1600 Amphitheatre Pkwy')).toBeNull()
  expect(regionOfAddress('')).toBeNull()
  expect(regionOfAddress(null)).toBeNull()
})

test('every region of the value list but 전국 has a name', () => {
  const named = REGIONS.map((r) => r.value).filter((value) => value !== 'nationwide')
  for (const value of named) expect(regionOfAddress(`${REGIONS.find((r) => r.value === value)!.ko} 어딘가 1`), value).toBe(value)
})

test('every demo company has an address that names its region', async () => {
  const { COMPANIES } = await import('../../seed/data/companies')
  const unplaced = COMPANIES.filter((company) => regionOfAddress(company.address.line1) === null).map((company) => company.name)
  expect(unplaced).toEqual([])
})
