/**
 * The layer order of the product folders (README "Layers"). A folder may import from the folders
 * below it and from itself, never from one above it, so no cycle between top-level folders can
 * form. Type-only imports count (tsPreCompilationDeps). Run by `npm test` (npm run lint:layers).
 */
const LAYERS = [
  // top: what starts things
  'cli',
  'server',
  'seed',
  'cms',
  'collections',
  'site',
  'members',
  'evaluation',
  'notifications',
  'newsletter',
  'views',
  'kernel',
  // bottom: imports nothing of ours
]

const upward = LAYERS.map((folder, index) => ({
  name: `${folder}-imports-only-below`,
  comment: `${folder}/ sits above ${LAYERS.slice(index + 1).join(', ') || 'nothing'} and below ${LAYERS.slice(0, index).join(', ') || 'nothing'}: it may not import from a folder above it.`,
  severity: 'error',
  from: { path: `^${folder}/` },
  to: { path: `^(${LAYERS.slice(0, index).join('|') || '$^'})/` },
}))

module.exports = {
  forbidden: [
    ...upward.filter((rule) => rule.to.path !== '^($^)/'),
    {
      name: 'no-product-code-from-tests',
      comment: 'Tests and benchmarks use the product; the product never imports them.',
      severity: 'error',
      from: { path: `^(${LAYERS.join('|')})/` },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle inside a folder is a knot too: split the shared part out.',
      severity: 'error',
      from: { path: `^(${LAYERS.join('|')})/` },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that names no file is a broken move.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^@payloadcms/|^payload/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.next|_site)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
