/**
 * Every code a content problem can carry, each with what its rule checks. A code is stable: tools
 * and scripts filter the report by it (`npm run publish -- --record-existing` ignores
 * `not-in-ledger`), so rename one only with everything that names it. `Problem.code` is typed from
 * this list, and tests/unit/problem-codes.test.ts makes every code here come out of some check.
 */
import { STYLE_CODES, STYLE_RULES } from './style-rules.ts';

export const PROBLEM_CODES = {
  // Files and their layout (src/content-check/read-content.ts)
  'content-missing': 'the content folder does not exist',
  'unexpected-file': 'a file at the top of content/ is neither a kind folder nor one of the known files',
  'version-path':
    'a file is not at content/<kind>/<slug>/<n>.mdx: unknown kind, a folder name that is not a slug or is reserved, or not a version number',
  'sources-missing': 'content/sources.yaml, the bibliography, does not exist',
  'no-frontmatter': 'a version does not start with a YAML block between two "---" lines',
  'yaml-syntax': 'the frontmatter or sources.yaml is not valid YAML',
  'frontmatter-shape': 'the frontmatter is not a group of "field: value" lines',
  schema: "a field breaks its kind's schema or the bibliography's (src/domain/schemas.ts)",
  'mdx-syntax': 'the body is not valid MDX',
  'empty-body': 'a version has nothing below its frontmatter',

  // MDX safety: content may not run code or inject markup (src/markdown/mdx-safety.ts)
  'mdx-esm': 'the body has an import or export',
  'mdx-expression': 'the body has a {expression}',
  'mdx-raw-html': 'the body has raw HTML',
  'mdx-element':
    'the body has an element that is not a registered component: <script>, <iframe>, another HTML element, an unknown component or a fragment',
  'mdx-event-handler': 'a component has an inline event handler (on...)',
  'mdx-attribute': "a component's attribute is a spread or an expression, is not one it takes, or a required one is missing",
  'mdx-unsafe-url': 'a link, image, definition or attribute uses a javascript:, vbscript: or data: URL',

  // Version numbering inside an entry (src/domain/versions.ts)
  'version-skipped': 'version numbers do not run 1, 2, 3 with no gaps',
  'draft-not-newest': 'a draft is not the newest version of its entry',
  'changes-missing': 'a published version after the first does not record its changes',
  'published-out-of-order': 'a version is dated earlier than the version before it',

  // What a version says changed, against what did (src/domain/change-flags.ts)
  'ratings-changed-flag': "a version's changes.ratingsChanged does not match whether its ratings differ from the previous version's",

  // Leftovers of a scaffold (src/domain/placeholders.ts)
  placeholder: 'a draft still holds a TODO placeholder (a warning: the check passes, npm run publish refuses)',

  // The ledger of published versions (src/domain/versions.ts, read by read-content.ts)
  'ledger-invalid': 'content/versions.lock.json is not valid JSON',
  'not-in-ledger': 'a published version is not recorded in the ledger',
  'published-made-draft': 'a version recorded as published is marked draft',
  'ledger-hash-mismatch': 'a published version was edited: its hash no longer matches the ledger',
  'published-deleted': 'a version recorded in the ledger no longer exists',

  // References between files and to the vocabulary (src/domain/references.ts)
  'duplicate-slug': 'two entries of different kinds share a slug',
  'unknown-source': 'a cited source key is not in content/sources.yaml',
  'wrong-kind': 'a reference names an entry of a kind the field does not accept',
  'missing-entry': 'a reference or internal link names an entry that does not exist',
  'missing-version': 'a reference or internal link names a version the entry does not have',
  'component-outside-areas': "an entry names a component of an area that is not among the entry's areas",
  'area-vocabulary': "an area's folder, title or components differ from src/domain/vocabulary.ts",
  'missing-area': 'an area in src/domain/vocabulary.ts has no content',
  'review-unpublished': 'a published version names a review that has only a draft',

  // Findings and the ratings computed from them (src/content-check/read-content.ts, src/domain/evidence-checks.ts)
  'findings-file': 'a file in content/findings/ is not named <source-key>.yaml for a source in content/sources.yaml',
  'unknown-finding': 'a rating or an appraisal names a finding that is not in content/findings/',
  'finding-indirect': "a wider-family finding is listed as the entry's own (direct) evidence, or a direct finding as indirect",
  'rating-value':
    "a rating computed from findings has no value, or a value that differs from the rule's label after the panel's adjustment",
  'adjust-step': 'an adjustment would move a label off the end of its scale',
  'use-instead': 'an entry names entries to use instead while its evidence makes it recommended',
  'finding-edited': 'a finding that a published version rests on was edited: its hash no longer matches the ledger',
  'finding-deleted': 'a finding that a published version rests on no longer exists',
  // The glossary (content/glossary.yaml, src/domain/glossary.ts)
  glossary: 'content/glossary.yaml is not a list of terms with a slug, a definition and an optional expansion, or two terms share a slug',

  // The style gate: plain English, respectful language, links, abbreviations (src/domain/style-rules.ts)
  'style-sentence-length': STYLE_RULES['style-sentence-length'].checks,
  'style-readability': STYLE_RULES['style-readability'].checks,
  'style-simpler-words': STYLE_RULES['style-simpler-words'].checks,
  'style-plain-words': STYLE_RULES['style-plain-words'].checks,
  'style-passive': STYLE_RULES['style-passive'].checks,
  'style-repeated-words': STYLE_RULES['style-repeated-words'].checks,
  'style-indefinite-article': STYLE_RULES['style-indefinite-article'].checks,
  'style-inclusive-language': STYLE_RULES['style-inclusive-language'].checks,
  'style-link-text': STYLE_RULES['style-link-text'].checks,
  'style-abbreviation': STYLE_RULES['style-abbreviation'].checks,
  'for-families-missing': STYLE_RULES['for-families-missing'].checks,
} as const satisfies Record<string, string>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export const PROBLEM_CODE_IDS = Object.keys(PROBLEM_CODES) as ProblemCode[];

/**
 * The codes whose problems are warnings: reported, but `npm run check` and the build still pass.
 * Every other code is an error. Severity belongs to the code, not to each problem, so a rule
 * cannot report the same slip as an error in one place and a warning in another.
 */
export const WARNING_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'placeholder',
  // The style rules' severities are written in style-rules.ts, with the rules.
  ...STYLE_CODES.filter((code) => STYLE_RULES[code].severity === 'warning'),
]);

/** The codes of the style gate, whose warnings `npm run check` lists only with `--style`. */
export const STYLE_PROBLEM_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>(STYLE_CODES);
