/** The program form's review words (확인결과 체크), Korean first; English when the user chose it. */
import { PHASE_LABELS, type Phase } from '../../../kernel/rules/phase'
import { REVIEW_STATUS_LABELS, type ReviewStatus } from '../../../kernel/rules/reviewWorkflow'

type Lang = 'ko' | 'en'

const status = (lang: Lang, value: string | null | undefined): string =>
  value === 'new' || value == null ? (lang === 'ko' ? '신규 등록' : 'New') : (REVIEW_STATUS_LABELS[value as ReviewStatus]?.[lang] ?? value)

const phase = (lang: Lang, value: Phase) => PHASE_LABELS[value][lang]

const ko = {
  lang: 'ko' as Lang,
  status: (value: string | null | undefined) => status('ko', value),
  phase: (value: Phase) => phase('ko', value),
  requestTitle: '수정요청 사유',
  requestBy: (at: string | null, by: string | null) => [at, by].filter(Boolean).join(' · '),
  requestHelp: '내용을 고친 뒤 확인상태를 「확인요청」으로 바꾸어 저장하면 상생누리 관리자가 다시 확인합니다.',
  requestNoNote: '수정요청 사유가 기록되지 않았습니다. 상생누리 관리자에게 문의해 주세요.',
  submittedTitle: '확인요청 중',
  submitted: (at: string | null) => `상생누리 관리자의 확인을 기다리고 있습니다${at ? ` (요청일 ${at})` : ''}. 확인완료되면 사이트에 공개되고 메일로 알려 드립니다.`,
  draftTitle: '작성중',
  draft: '다 쓴 뒤 확인상태를 「확인요청」으로 바꾸어 저장하면 상생누리 관리자가 확인합니다. 확인완료된 프로그램만 사이트에 공개됩니다.',
  liveTitle: (p: Phase) => `공개 중 · 진행단계 ${phase('ko', p)}`,
  liveOwner: '내용을 고쳐 저장하면 수정본으로 확인요청됩니다. 상생누리 관리자가 확인완료할 때까지 사이트·검색·소식지·마이페이지에는 지금 공개된 내용이 그대로 보입니다.',
  liveReviewer: '상생누리 관리자가 저장하면 공개된 내용이 바로 바뀝니다 (확인완료).',
  revision: (p: Phase) => `이 화면은 공개 중인 프로그램의 수정본입니다. 사이트에는 확인완료된 이전 버전이 그대로 공개되어 있습니다 (진행단계 ${phase('ko', p)}). 수정본이 확인완료되면 공개 버전을 대신합니다.`,
  publicLink: '공개 페이지 보기',
  historyTitle: '확인 이력',
  historyEmpty: '아직 확인 이력이 없습니다.',
  step: (from: string | null | undefined, to: string | null | undefined) => `${status('ko', from)} → ${status('ko', to)}`,
  note: '의견',
}

const en: typeof ko = {
  lang: 'en',
  status: (value) => status('en', value),
  phase: (value) => phase('en', value),
  requestTitle: 'Why changes were requested',
  requestBy: ko.requestBy,
  requestHelp: 'Fix the program, set the review status to "Submitted" and save: the platform admin reviews it again.',
  requestNoNote: 'No reason was recorded. Please ask the platform admin.',
  submittedTitle: 'Awaiting review',
  submitted: (at) => `Waiting for the platform admin${at ? ` (submitted ${at})` : ''}. Once approved it goes public and you get an e-mail.`,
  draftTitle: 'Draft',
  draft: 'When it is ready, set the review status to "Submitted" and save. Only approved programs are public.',
  liveTitle: (p) => `Public · ${phase('en', p)}`,
  liveOwner: 'Saving an edit sends it for review as a revision. Until it is approved, the site, search, newsletter and member pages keep showing the current public version.',
  liveReviewer: 'As platform admin, saving replaces the public version at once (approved).',
  revision: (p) => `You are editing a revision of a public program. The site still shows the approved version (${phase('en', p)}); the revision replaces it once approved.`,
  publicLink: 'View the public page',
  historyTitle: 'Review history',
  historyEmpty: 'No review steps yet.',
  step: (from, to) => `${status('en', from)} → ${status('en', to)}`,
  note: 'Note',
}

export const reviewTexts = (language: string | undefined) => (language === 'en' ? en : ko)
export type ReviewTexts = typeof ko
