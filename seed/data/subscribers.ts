/**
 * 소식지 구독자 for the demo: confirmed readers (who get the issue an editor sends from the
 * demo), one still waiting for confirmation and one who left; addresses on reserved domains.
 */
export type SubscriberFixture = {
  email: string
  name: string
  status: 'pending' | 'confirmed' | 'unsubscribed'
  supportFields: string[]
  regions: string[]
}

export const SUBSCRIBERS: SubscriberFixture[] = [
  { email: 'reader.kim@example.kr', name: '김상생', status: 'confirmed', supportFields: ['education', 'technology'], regions: ['seoul'] },
  { email: 'reader.lee@example.kr', name: '이누리', status: 'confirmed', supportFields: ['market'], regions: ['busan', 'gyeongnam'] },
  { email: 'reader.park@example.kr', name: '박동반', status: 'confirmed', supportFields: ['finance', 'consulting'], regions: ['nationwide'] },
  { email: 'reader.choi@example.kr', name: '최협력', status: 'confirmed', supportFields: ['overseas'], regions: ['gyeonggi'] },
  { email: 'reader.jung@example.kr', name: '정성장', status: 'confirmed', supportFields: ['hr', 'welfare'], regions: ['daejeon'] },
  { email: 'sme@winwinnuri.test', name: '누리정밀 담당자', status: 'confirmed', supportFields: ['technology', 'market'], regions: ['gyeongnam'] },
  { email: 'waiting@example.kr', name: '확인대기', status: 'pending', supportFields: [], regions: [] },
  { email: 'left@example.kr', name: '구독해지', status: 'unsubscribed', supportFields: [], regions: [] },
]
