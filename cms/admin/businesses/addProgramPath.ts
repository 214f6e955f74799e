/**
 * The guide's "+ 프로그램": a new program's form with this 사업 already chosen (the program's
 * business field reads `?business=` as its default; collections/Programs/fields.ts).
 */
export const addProgramPath = (adminRoute: string, businessId: string | number) =>
  `${adminRoute}/collections/programs/create?business=${encodeURIComponent(String(businessId))}`
