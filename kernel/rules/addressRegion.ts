/**
 * The 진행지역 (`regions` value) a company is in, read from the start of its road-name address:
 * Korean addresses begin with the 시·도, written in full (서울특별시, 경상남도, 강원특별자치도) or
 * short (서울, 경남). Used where a company's region must meet a program's regions (부분 오픈
 * criteria, recommendation ranking). Plain function; null when the address names no 시·도.
 */
import type { REGIONS } from './valueLists'

export type Region = Exclude<(typeof REGIONS)[number]['value'], 'nationwide'>

/** Full and short names of each 시·도, the older names included (강원도, 전라북도, 제주도). */
const NAMES: [Region, string[]][] = [
  ['seoul', ['서울특별시', '서울시', '서울']],
  ['busan', ['부산광역시', '부산시', '부산']],
  ['daegu', ['대구광역시', '대구시', '대구']],
  ['incheon', ['인천광역시', '인천시', '인천']],
  ['gwangju', ['광주광역시', '광주시', '광주']],
  ['daejeon', ['대전광역시', '대전시', '대전']],
  ['ulsan', ['울산광역시', '울산시', '울산']],
  ['sejong', ['세종특별자치시', '세종시', '세종']],
  ['gyeonggi', ['경기도', '경기']],
  ['gangwon', ['강원특별자치도', '강원도', '강원']],
  ['chungbuk', ['충청북도', '충북']],
  ['chungnam', ['충청남도', '충남']],
  ['jeonbuk', ['전북특별자치도', '전라북도', '전북']],
  ['jeonnam', ['전라남도', '전남']],
  ['gyeongbuk', ['경상북도', '경북']],
  ['gyeongnam', ['경상남도', '경남']],
  ['jeju', ['제주특별자치도', '제주도', '제주']],
]

const BY_NAME = new Map(NAMES.flatMap(([region, names]) => names.map((name) => [name, region] as const)))

export function regionOfAddress(line1: string | null | undefined): Region | null {
  const first = line1?.trim().split(/\s+/)[0]
  if (!first) return null
  return BY_NAME.get(first) ?? null
}
