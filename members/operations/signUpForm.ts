/**
 * The sign-up forms (/join/account/, /join/company/) as data, and the checks that belong to the
 * form rather than to a collection: the password's length and confirmation, the consent, and a
 * field-by-field message for what was left empty. Everything else (사업자등록번호 checksum and
 * duplicates, homepage, 기업분류, 주거래기업 count, a taken e-mail) is the collections' own rules.
 */
import { PASSWORD_MIN, passwordProblem } from '../../kernel/rules/password'
import { msg } from '../../kernel/i18n/messages'
import { checked, secret, text, type FieldErrors, type FormBody } from './formInput'

export { PASSWORD_MIN } from '../../kernel/rules/password'

export type AccountInput = { name: string; email: string; password: string; passwordConfirm: string; consent: boolean }

export type PartnerInput = { company: string; tier: string }

export type CompanyInput = {
  bizRegNo: string
  name: string
  ceoName: string
  address: { postcode: string; line1: string; line2: string }
  homepage: string
  category: string
  industry: string
  industryDetail: string
  mainPartners: PartnerInput[]
}

export function readAccount(body: FormBody): AccountInput {
  return {
    name: text(body, 'name', 50),
    email: text(body, 'email', 254),
    password: secret(body, 'password'),
    passwordConfirm: secret(body, 'passwordConfirm'),
    consent: checked(body, 'consent'),
  }
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A new password typed twice (가입, 비밀번호 재설정): long enough, and the same both times. */
export function checkNewPassword(password: string, passwordConfirm: string): FieldErrors {
  const errors: FieldErrors = {}
  // The site's pages are Korean: the same message the Users collection gives every client.
  if (passwordProblem(password)) errors.password = msg(undefined, 'passwordTooShort', { min: PASSWORD_MIN })
  if (password !== passwordConfirm) errors.passwordConfirm = '비밀번호 확인이 비밀번호와 다릅니다. 같은 비밀번호를 다시 입력해 주세요.'
  return errors
}

/** What the account form itself refuses, before anything is stored. */
export function checkAccount(account: AccountInput): FieldErrors {
  const errors: FieldErrors = {}
  if (!account.name) errors.name = '이름을 입력해 주세요.'
  if (!account.email) errors.email = '이메일을 입력해 주세요.'
  else if (!EMAIL.test(account.email)) errors.email = '올바른 이메일 주소를 입력해 주세요 (예: name@example.kr).'
  Object.assign(errors, checkNewPassword(account.password, account.passwordConfirm))
  if (!account.consent) errors.consent = '개인정보 수집·이용에 동의해야 가입할 수 있습니다.'
  return errors
}

/**
 * 사업자등록번호 as typed: one field (`bizRegNo`) or the guide's three boxes
 * (`bizRegNo1`-`bizRegNo2`-`bizRegNo3`). Left as typed; the collection normalises and checks it.
 */
export function bizRegNoInput(body: FormBody): string {
  const single = text(body, 'bizRegNo', 40)
  if (single) return single
  const parts = [1, 2, 3].map((n) => text(body, `bizRegNo${n}`, 20))
  return parts.some(Boolean) ? parts.join('-') : ''
}

/** The three boxes to refill: 124-81-00998 → ['124', '81', '00998']; anything else in the first. */
export function splitBizRegNo(value: string): [string, string, string] {
  const digits = value.replace(/[\s-]/g, '')
  if (/^\d{10}$/.test(digits)) return [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)]
  const parts = value.split('-')
  if (parts.length === 3) return [parts[0], parts[1], parts[2]]
  return [value, '', '']
}

/**
 * 주거래기업 rows `partnerCompany<n>` / `partnerTier<n>`: the rows with a company chosen, in
 * order. Every numbered row is read (not just five), so the collection's own limit decides.
 */
export function readPartners(body: FormBody): PartnerInput[] {
  const rows = Object.keys(body ?? {})
    .map((key) => /^partnerCompany(\d{1,2})$/.exec(key)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
  return rows
    .map((n) => ({ company: text(body, `partnerCompany${n}`, 100), tier: text(body, `partnerTier${n}`, 20) || 'tier1' }))
    .filter((row) => row.company !== '')
}

export function readCompany(body: FormBody): CompanyInput {
  return {
    bizRegNo: bizRegNoInput(body),
    name: text(body, 'companyName', 200),
    ceoName: text(body, 'ceoName', 100),
    address: { postcode: text(body, 'postcode', 10), line1: text(body, 'line1', 200), line2: text(body, 'line2', 200) },
    homepage: text(body, 'homepage', 300),
    category: text(body, 'category', 20),
    industry: text(body, 'industry', 2),
    industryDetail: text(body, 'industryDetail', 200),
    mainPartners: readPartners(body),
  }
}

/** Required company fields left empty, each with its own message (the rules behind them stay the collection's). */
export function checkCompanyRequired(company: CompanyInput): FieldErrors {
  const errors: FieldErrors = {}
  if (!company.bizRegNo) errors.bizRegNo = '사업자등록번호를 입력해 주세요.'
  if (!company.name) errors.companyName = '기업명을 입력해 주세요.'
  if (!company.ceoName) errors.ceoName = '대표자명을 입력해 주세요.'
  if (!company.address.line1) errors.line1 = '기업주소를 입력해 주세요.'
  if (!company.homepage) errors.homepage = '홈페이지 주소 또는 담당자 이메일 주소를 입력해 주세요.'
  if (!company.category) errors.category = '기업분류를 선택해 주세요.'
  if (!company.industry) errors.industry = '업종을 선택해 주세요.'
  return errors
}

/**
 * The form offers the 대기업·공공기관 of 상생누리 as 주거래기업 (`allowed`: their ids); a posted
 * id outside that list, or an unknown 업체구분, is refused here with a Korean message.
 */
export function checkPartners(rows: PartnerInput[], allowed: ReadonlySet<string>): FieldErrors {
  const tiers = ['tier1', 'tier2', 'tier3']
  const bad = rows.some((row) => !allowed.has(row.company) || !tiers.includes(row.tier))
  return bad ? { partners: '주거래기업은 목록의 대기업·공공기관 중에서, 업체구분은 1차·2차·3차 중에서 골라 주세요.' } : {}
}

/** The data Payload stores: optional fields left empty are sent as nothing; ids in the adapter's type. */
export function companyData(company: CompanyInput, toId: (value: string) => string | number = (v) => v) {
  const { postcode, line1, line2 } = company.address
  return {
    bizRegNo: company.bizRegNo,
    name: company.name,
    ceoName: company.ceoName,
    address: { postcode: postcode || null, line1, line2: line2 || null },
    homepage: company.homepage,
    category: company.category,
    industry: company.industry,
    industryDetail: company.industryDetail || null,
    mainPartners: company.mainPartners.map((row) => ({ company: toId(row.company), tier: row.tier })),
  }
}
