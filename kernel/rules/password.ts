/** The password rule of every account, whichever way it is set (site forms, REST, the admin). */
export const PASSWORD_MIN = 10

/** Whether a new password is long enough; null when it is. */
export function passwordProblem(password: string): 'too-short' | null {
  return [...password].length < PASSWORD_MIN ? 'too-short' : null
}
