/**
 * What Express's body parsers (the member pages' forms, members/routes/session.ts formBody) refuse,
 * as the Korean answer a person reads — instead of Express's English "Payload Too Large" page.
 * The types are body-parser's (its `type` property on the error).
 */
export type FormProblem = { status: number; message: string }

const PROBLEMS: Record<string, FormProblem> = {
  'entity.too.large': { status: 413, message: '보낸 내용이 너무 큽니다. 입력한 내용을 줄여 다시 보내 주세요.' },
  'parameters.too.many': { status: 413, message: '보낸 항목이 너무 많습니다. 화면을 새로 고친 뒤 다시 보내 주세요.' },
  'entity.parse.failed': { status: 400, message: '보낸 내용을 읽을 수 없습니다. 화면을 새로 고친 뒤 다시 보내 주세요.' },
  'charset.unsupported': { status: 415, message: '보낸 내용의 문자 인코딩을 읽을 수 없습니다. UTF-8로 보내 주세요.' },
  'encoding.unsupported': { status: 415, message: '보낸 내용의 압축 방식을 읽을 수 없습니다.' },
  'request.aborted': { status: 400, message: '요청이 끝나기 전에 연결이 끊어졌습니다. 다시 보내 주세요.' },
  'request.size.invalid': { status: 400, message: '보낸 내용의 길이가 알린 길이와 다릅니다. 다시 보내 주세요.' },
}

export const SERVER_PROBLEM: FormProblem = { status: 500, message: '서버 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.' }

/** The answer to a body parser's error, or null when the error is not one of theirs. */
export function formProblem(error: unknown): FormProblem | null {
  const type = (error as { type?: unknown } | null)?.type
  return typeof type === 'string' && Object.hasOwn(PROBLEMS, type) ? PROBLEMS[type] : null
}
