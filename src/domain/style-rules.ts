/**
 * The style gate's rule set, in one place: every rule's code, whether it is an error (fails
 * `npm run check` and the build) or a warning (listed by `npm run check -- --style`), what it checks,
 * and the word lists and targets it uses. The engine that applies them is
 * src/content-check/style-check.ts (remark-retext and retext plugins); problem-codes.ts registers
 * the codes from here, so a rule's severity is written once.
 *
 * Pure data: no retext here, so the domain stays free of packages (tests/unit/boundaries.test.ts).
 */

export type StyleSeverity = 'error' | 'warning';

export interface StyleRule {
  severity: StyleSeverity;
  /** What the rule checks, as the problem-code registry lists it. */
  checks: string;
}

export const STYLE_RULES = {
  'style-sentence-length': {
    severity: 'error',
    checks: "a sentence is longer than GOV.UK's limit of 25 words",
  },
  'style-readability': {
    severity: 'warning',
    checks: "a sentence is hard to read for its field's audience (retext-readability, a reading age per field)",
  },
  'style-simpler-words': {
    severity: 'error',
    checks: 'a word or phrase from GOV.UK\'s words to avoid, or our own list, has a plainer alternative ("utilise", "in order to")',
  },
  'style-plain-words': {
    severity: 'warning',
    checks: 'retext-simplify suggests a plainer word (its long general list: a suggestion, not a rule)',
  },
  'style-passive': { severity: 'warning', checks: 'a sentence is in the passive voice (retext-passive)' },
  'style-repeated-words': { severity: 'error', checks: 'a word is repeated ("the the"; retext-repeated-words)' },
  'style-indefinite-article': {
    severity: 'error',
    checks: 'the article "a" stands where "an" is needed, or the other way round (retext-indefinite-article)',
  },
  'style-inclusive-language': {
    severity: 'error',
    checks: 'a phrase that GOV.UK\'s inclusive language guidance asks us to avoid when writing about disability ("suffers from")',
  },
  'style-link-text': {
    severity: 'error',
    checks: 'a link\'s text does not say where it goes: "click here", "here", "read more", or a bare web address',
  },
  'style-abbreviation': {
    severity: 'error',
    checks: 'an abbreviation is neither spelt out at its first use on the page nor defined in content/glossary.yaml',
  },
  'for-families-missing': {
    severity: 'warning',
    checks: 'the newest version of a provision entry has no forFamilies summary or no noticed phrase',
  },
} as const satisfies Record<string, StyleRule>;

export type StyleCode = keyof typeof STYLE_RULES;
export const STYLE_CODES = Object.keys(STYLE_RULES) as StyleCode[];

/** GOV.UK's limit for a sentence (GOV.UK style guide, "Sentence length"). */
export const MAX_SENTENCE_WORDS = 25;

/**
 * The readability target of each field, given to retext-readability: it flags a sentence of at
 * least READABILITY_MIN_WORDS words when `threshold` of its 7 formulas put its reading age above
 * `age`. The body, summary and noticed phrases are read by teachers and SENCOs; on the starter
 * library, age 18 with 5 of 7 formulas flags the hardest 7% of the body's sentences (age 16 with 4
 * of 7, the plugin's default, flagged 38%, most of them fine). `forFamilies` is read by every
 * family, so it is held to a reading age of 13: GOV.UK writes for about 9, but these formulas
 * score by word and syllable counts, and at 12 they already flag a plain 15-word sentence such as
 * "The speech and language therapist explains the sounds your child finds difficult to say".
 */
export const READABILITY_TARGET: Record<StyleField, { age: number; threshold: number }> = {
  body: { age: 18, threshold: 5 / 7 },
  summary: { age: 18, threshold: 5 / 7 },
  noticed: { age: 18, threshold: 5 / 7 },
  forFamilies: { age: 13, threshold: 5 / 7 },
};
/** Sentences shorter than this are not scored: the formulas say little about them. */
export const READABILITY_MIN_WORDS = 8;

/** The fields of a version the gate reads, in the order they appear on the page. */
export const STYLE_FIELDS = ['summary', 'forFamilies', 'noticed', 'body'] as const;
export type StyleField = (typeof STYLE_FIELDS)[number];

/**
 * Words and phrases to replace, each with its plainer form: GOV.UK's "words to avoid" (the ones
 * that are never a term of art in SEND) and our own. A `*` matches any one word.
 */
export const SIMPLER_WORDS: Record<string, string> = {
  utilise: 'use',
  utilize: 'use',
  utilised: 'used',
  utilises: 'uses',
  utilising: 'using',
  utilisation: 'use',
  facilitate: 'help, make easier',
  facilitates: 'helps, makes easier',
  facilitating: 'helping',
  'in order to': 'to',
  'prior to': 'before',
  commence: 'start',
  commences: 'starts',
  'in excess of': 'more than',
  'in the event that': 'if',
  'with regard to': 'about',
  'with regards to': 'about',
  leverage: 'use',
  liaise: 'work with, talk to',
  'liaise with': 'work with, talk to',
  empower: 'help, let',
  overarching: 'main, overall',
  streamline: 'simplify',
  'going forward': 'from now on, in future',
  ameliorate: 'improve',
  endeavour: 'try',
  'a number of': 'some, several (or say how many)',
  'at this point in time': 'now',
};

/**
 * retext-simplify's phrases that we do not report: words that are the plainest way to say
 * something in this library, or terms of the SEND reform itself.
 */
export const PLAIN_WORDS_IGNORED = [
  'it is', // retext-simplify would have every "it is" rewritten; GOV.UK does not ask for that
  'there is',
  'there are',
  'additional', // "additional needs" is the sector's plain term
  'provide', // "provision" is the reform's own word; "provide" is its verb
  'provided',
  'provides',
  'require', // legal duties "require"; "need" would weaken them
  'required',
  'requires',
  'function', // "executive function" is an area of development
  'type of',
  'however',
  'multiple',
  'identify', // "identification tools" are a kind of entry
  'identified',
  'monitor',
  'component', // the reform's own structure: areas and their components
  'components',
  'individual', // "Individual Support Plan"
  'individuals',
  'equivalent',
  'maintain',
  'minimum',
  'maximum',
  'effect', // "size of effect" is a rating
  'impact',
  'support',
  'delete',
  'previous',
  'initial',
  'selection',
  'option',
  'eliminate',
  'sufficient',
];

/**
 * Phrases that GOV.UK's "Inclusive language: words to use and avoid when writing about disability"
 * asks us to avoid, each with what to write instead. Every one is matched as a phrase of words
 * (`*` is any one word), never inside another word.
 */
export const RESPECTFUL_LANGUAGE: Record<string, string> = {
  'suffers from': 'has (name the condition)',
  'suffer from': 'have (name the condition)',
  'suffering from': 'who has (name the condition)',
  'afflicted by': 'has',
  'afflicted with': 'has',
  'stricken by': 'has',
  'victim of': 'has, or describe what happened',
  'wheelchair-bound': 'wheelchair user',
  'wheelchair bound': 'wheelchair user',
  'confined to a wheelchair': 'uses a wheelchair',
  handicapped: 'disabled',
  handicap: 'disability',
  'the disabled': 'disabled people',
  'the handicapped': 'disabled people',
  'the blind': 'blind people, people with a visual impairment',
  'the deaf': 'deaf people',
  'deaf and dumb': 'deaf, or non-speaking',
  dumb: 'non-speaking',
  retarded: 'has a learning disability',
  'mentally handicapped': 'has a learning disability',
  spastic: 'has cerebral palsy',
  cripple: 'disabled person',
  crippled: 'disabled',
  'able-bodied': 'non-disabled',
  'differently abled': 'disabled',
  'high-functioning': "describe the child's strengths and needs",
  'high functioning': "describe the child's strengths and needs",
  'low-functioning': "describe the child's strengths and needs",
  'low functioning': "describe the child's strengths and needs",
  'normal children': 'other children, children without SEND',
  'normal child': 'other children, a child without SEND',
  'normal pupils': 'other pupils, pupils without SEND',
  'normal students': 'other students, students without SEND',
  'an epileptic': 'a person with epilepsy',
  epileptics: 'people with epilepsy',
  'a diabetic': 'a person with diabetes',
  'mental patient': 'person with a mental health condition',
};

/**
 * Phrases of RESPECTFUL_LANGUAGE that are wrong only as a noun for a group of people ("services for
 * the deaf"), not before a noun ("the deaf community", "the blind spot"): reported only when the
 * next word is not a noun, which the gate approximates by a short list of words that may follow.
 */
export const GROUP_NOUN_PHRASES = ['the disabled', 'the handicapped', 'the blind', 'the deaf'];
export const AFTER_GROUP_NOUN = ['and', 'or', 'are', 'were', 'who', 'have', 'in', 'at', 'of', 'with', 'to', 'can', 'need', 'needs', 'may'];

/** Link text that does not say where the link goes (WCAG 2.2 2.4.4, GOV.UK's "Links"). */
export const VAGUE_LINK_TEXT = ['click here', 'here', 'click', 'this link', 'link', 'read more', 'more', 'this page', 'this'];

/**
 * Capitalised words that are not abbreviations to explain, each with why: a reader never needs
 * them spelt out (GOV.UK's style guide spells out abbreviations "unless well known, like UK").
 */
export const WELL_KNOWN_CAPITALS: Record<string, string> = {
  UK: 'well known (GOV.UK style guide)',
  LEGO: 'a brand name, written in capitals by its owner',
  TV: 'well known',
  PDF: 'well known',
  OK: 'a word, not an abbreviation',
  TODO: "a scaffold's placeholder, which has its own rule (placeholder)",
};

/**
 * The allow list, and why each item is on it:
 * - Words between quotation marks ("..." or “...”) are someone else's words, such as a source's
 *   title or a child's own words: a quotation must stay as it was said or published, so no rule
 *   reports inside one.
 * - Block quotations (`> ...`) and code are skipped whole, for the same reason.
 * - `ALLOWED_PHRASES` below: wording that a rule would report but that is right here, each with
 *   its reason. Keep it short: each item is an exception every reader of this file has to trust.
 */
export const ALLOWED_PHRASES: Record<string, string> = {
  'Special Educational Needs in Mainstream Schools': "the title of the EEF's guidance report",
  'Special educational needs and disabilities': 'the legal term (Children and Families Act 2014)',
  'Teacher of the Deaf': 'the title of a profession with its own mandatory qualification',
  'Teachers of the Deaf': 'the title of a profession with its own mandatory qualification',
};
