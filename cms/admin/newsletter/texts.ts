'use client'
import { useTranslation } from '@payloadcms/ui'
import { DELIVERY_STATUSES, type DeliveryStatus } from '../../../newsletter/send/deliveryStatus'

/** The send panel's words, Korean first; English when the editor chose English in the admin. */
const ko = {
  saveFirst: '소식지를 먼저 저장하면 미리보기와 발송을 할 수 있습니다.',
  unsavedChanges: '저장하지 않은 변경 사항이 있습니다. 미리보기와 발송은 마지막으로 저장된 내용으로 합니다.',
  networkError: '서버에 연결하지 못했습니다. 잠시 후 다시 시도해 주세요.',
  previewHeading: '미리보기',
  width: '화면 너비',
  desktop: '데스크톱',
  phone: '휴대폰',
  edition: '형식',
  emailEdition: '이메일',
  webEdition: '웹판',
  refresh: '새로고침',
  openText: '텍스트 버전 열기',
  previewTitle: (label: string, width: number) => `소식지 미리보기 (${label}, ${width}px)`,
  testHeading: '테스트 발송',
  testAddress: '받는 이메일 주소',
  testSend: '테스트 발송',
  testHint: '이 주소로 한 통만 보냅니다. 구독자에게는 발송되지 않습니다.',
  sendHeading: '발송',
  send: '발송하기',
  pause: '일시정지',
  resume: '재개',
  confirmSend: (count: number | null) =>
    count == null
      ? '구독 중인 모든 구독자에게 이 소식지를 발송합니다. 계속할까요?'
      : `구독 중인 구독자 ${count.toLocaleString('ko-KR')}명에게 이 소식지를 발송합니다. 계속할까요?`,
  confirmResend: (count: number) => `${count}명에게 다시 발송합니다. 이미 받은 수신자는 두 번 받을 수 있습니다. 계속할까요?`,
  statusLabel: '상태',
  statuses: { draft: '작성중', scheduled: '발송예약', sending: '발송중', paused: '일시정지', sent: '발송완료' } as Record<string, string>,
  sentAt: '발송 완료일시',
  progressHeading: '발송 현황',
  recipients: '수신자',
  notStarted: '아직 발송을 시작하지 않았습니다. 발송하면 그 순간 구독 중인 구독자가 수신자로 정해집니다.',
  progressLabel: (done: number, total: number) => `발송 진행률: 수신자 ${total.toLocaleString('ko-KR')}명 중 ${done.toLocaleString('ko-KR')}명 처리`,
  refreshProgress: '현황 새로고침',
  unknownHeading: '결과 불명',
  unknownExplain: '서버가 발송 도중 중단되어 이 수신자에게 메일이 전달되었는지 알 수 없습니다. 재발송하면 두 번 받을 수 있습니다.',
  selectAll: '모두 선택',
  select: (email: string) => `${email} 선택`,
  email: '이메일',
  claimedAt: '발송 시작 시각',
  resend: '재발송',
  drop: '제외',
  failedHeading: '실패',
  reason: '사유',
  listCapped: '처음 100건만 표시합니다.',
  locale: 'ko-KR',
}

type Texts = typeof ko

const en: Texts = {
  saveFirst: 'Save the newsletter first to preview and send it.',
  unsavedChanges: 'You have unsaved changes. Preview and sending use the last saved version.',
  networkError: 'Could not reach the server. Please try again.',
  previewHeading: 'Preview',
  width: 'Width',
  desktop: 'Desktop',
  phone: 'Phone',
  edition: 'Edition',
  emailEdition: 'E-mail',
  webEdition: 'Web',
  refresh: 'Refresh',
  openText: 'Open the plain-text version',
  previewTitle: (label: string, width: number) => `Newsletter preview (${label}, ${width}px)`,
  testHeading: 'Test message',
  testAddress: 'Send to e-mail address',
  testSend: 'Send test',
  testHint: 'Sends one message to this address only; subscribers get nothing.',
  sendHeading: 'Send',
  send: 'Send now',
  pause: 'Pause',
  resume: 'Resume',
  confirmSend: (count: number | null) =>
    count == null
      ? 'Send this issue to every confirmed subscriber?'
      : `Send this issue to ${count.toLocaleString('en-US')} confirmed subscribers?`,
  confirmResend: (count: number) => `Send again to ${count} recipients? Those who already got it will get it twice.`,
  statusLabel: 'Status',
  statuses: { draft: 'Draft', scheduled: 'Scheduled', sending: 'Sending', paused: 'Paused', sent: 'Sent' },
  sentAt: 'Sent at',
  progressHeading: 'Delivery',
  recipients: 'Recipients',
  notStarted: 'Not sent yet. Sending fixes the recipients: the confirmed subscribers at that moment.',
  progressLabel: (done: number, total: number) => `Progress: ${done} of ${total} recipients done`,
  refreshProgress: 'Refresh counts',
  unknownHeading: 'Unknown',
  unknownExplain: 'The server stopped while sending, so we cannot tell whether these recipients got the message. Resending may deliver it twice.',
  selectAll: 'Select all',
  select: (email: string) => `Select ${email}`,
  email: 'E-mail',
  claimedAt: 'Sending started',
  resend: 'Resend',
  drop: 'Drop',
  failedHeading: 'Failed',
  reason: 'Reason',
  listCapped: 'Showing the first 100 only.',
  locale: 'en-US',
}

export type PanelTexts = Texts & { lang: 'ko' | 'en'; delivery: Record<DeliveryStatus, string> }

export function usePanelTexts(): PanelTexts {
  const { i18n } = useTranslation()
  const lang = i18n?.language === 'en' ? 'en' : 'ko'
  const delivery = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s.value, s[lang]])) as Record<DeliveryStatus, string>
  return { ...(lang === 'en' ? en : ko), lang, delivery }
}

/** A timestamp in Seoul time, the way the admin shows dates. */
export function formatTime(iso: string | null | undefined, t: PanelTexts): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(t.locale, { timeZone: 'Asia/Seoul', dateStyle: 'medium', timeStyle: 'medium' })
}
