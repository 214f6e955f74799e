/** The demo accounts of the SPEC ("Demo accounts"), all with the same password. */
export const DEMO_PASSWORD = 'winwin-demo-1234'

export type UserFixture = {
  email: string
  name: string
  role: 'platform-admin' | 'company-admin' | 'editor' | 'member'
  /** key of a company in companies.ts */
  company?: string
}

export const USERS: UserFixture[] = [
  { email: 'admin@winwinnuri.test', name: '김상훈', role: 'platform-admin', company: 'foundation' },
  { email: 'kwater@winwinnuri.test', name: '이수진', role: 'company-admin', company: 'kwater' },
  { email: 'doosan@winwinnuri.test', name: '박정호', role: 'company-admin', company: 'doosan' },
  { email: 'editor@winwinnuri.test', name: '정하늘', role: 'editor' },
  { email: 'sme@winwinnuri.test', name: '한민수', role: 'member', company: 'hanbit' },
  // Members of the other demo SMEs (beyond the SPEC's list): their applications give the
  // 동반성장 평가 report evidence to show.
  { email: 'data@winwinnuri.test', name: '김소연', role: 'member', company: 'bareundata' },
  { email: 'water@winwinnuri.test', name: '이도현', role: 'member', company: 'greenwater' },
  { email: 'seum@winwinnuri.test', name: '정하윤', role: 'member', company: 'seumparts' },
]
