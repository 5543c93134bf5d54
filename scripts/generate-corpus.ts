/**
 * Writes a valid content folder of N realistic entries for the benchmark: ~600-word MDX bodies with
 * headings, a list, a table and internal links, full metadata from the vocabulary, the five areas, a
 * bibliography and a ledger hashed exactly as `npm run check` hashes it. The same seed gives the same
 * corpus, so runs are comparable.
 *
 * The prose mixes everyday words (Zipf-weighted) with the words of the entry's own components, so a
 * topical query matches about the share of entries a real library would give it: in the starter
 * library "handwriting" is on 7% of entries and "language" on 61%; here a component's words reach
 * the entries tagged with it, and area names reach every entry in the area.
 *
 *   node scripts/generate-corpus.ts --entries 1000 --out /tmp/corpus [--seed 42]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hashVersion, LEDGER_NAME, SOURCES_NAME } from '../src/content-check/read-content.ts';
import { FINDINGS_DIR, findingsFile } from '../src/domain/findings.ts';
import {
  AREAS,
  COST_BANDS,
  DELIVERY_IDS,
  EVIDENCE_STRENGTHS,
  IMPACT_BANDS,
  LAYER_IDS,
  PHASE_IDS,
  SOURCE_TYPE_IDS,
  UNIVERSAL_OFFER_COMPONENT_IDS,
  impactBandForMonths,
  type AreaId,
  type ComponentId,
} from '../src/domain/vocabulary.ts';

/** mulberry32: small, fast and good enough to make a corpus reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Everyday words of the library's prose, most common first. They are drawn with Zipf weights (the
 * k-th word about 1/k as often as the first), as words are in real text, so a few appear on every
 * page and most on some.
 */
const GENERAL_WORDS = (
  'child support teacher pupils session setting staff group adult class progress practice plan week ' +
  'school time review evidence children approach short daily regular small structured activity adapt ' +
  'outcome observe family families parents assistant model modelling feedback confidence independence ' +
  'participation goals targets routine visual prompts resources training consistent measure measured ' +
  'specialist trial study studies months improvement moderate large effect classroom space quiet ' +
  'record share check adjust weekly termly lesson curriculum learning skills strengths needs barriers'
).split(' ');

/**
 * Words that belong to one component of an area of development: an entry uses those of its own
 * components, so a topical query ("handwriting", "working memory") matches the entries on that topic
 * rather than the whole corpus. Typed by the vocabulary, so a new component cannot be left out.
 */
const TOPIC_WORDS: Record<ComponentId, string> = {
  attention: 'attention focus distraction concentration listening task',
  'working-memory': 'working memory recall remember instructions chunking',
  'managing-impulses': 'impulse impulses waiting pause stop self-control',
  'planning-and-organisation': 'planning sequencing organisation checklist schedule steps',
  'cognitive-flexibility': 'flexibility change switching problem solving transitions',
  'gross-motor': 'balance coordination posture movement running climbing',
  'fine-motor': 'handwriting pencil grip scissors dexterity cutting',
  'purposeful-movement': 'motor dressing coordination movement practice equipment',
  'external-senses': 'hearing vision noise lighting touch sound',
  'internal-senses': 'interoception hunger body awareness proprioception vestibular',
  'sensory-processing': 'sensory regulation overload seeking avoiding breaks',
  'understanding-emotions': 'emotions feelings anxiety worry coping',
  'forming-relationships': 'friendship friendships relationships peers trust belonging',
  'social-interaction': 'social interaction play peers conversation cooperation',
  'emotional-regulation': 'regulation calm anger coping breathing',
  'expressing-feelings': 'feelings emotion words expressing naming',
  'social-cognition': 'perspective intentions others understanding inference',
  speech: 'speech sounds articulation phonology stammering clarity',
  language: 'language vocabulary grammar narrative understanding words',
  communication: 'communication signing symbols gesture conversation requests',
};
/** About one word in four of an entry's prose is about its own topics. */
const TOPIC_SHARE = 0.25;

const TITLE_WORDS = 'Talk Story Number Reading Routine Visual Focus Play Social Steps Together Bright Early Confident Calm'.split(' ');
const TITLE_NOUNS = 'groups club programme sessions toolkit approach boards cards circle time games check steps plan'.split(' ');

const KINDS = [
  { id: 'strategies', share: 0.3 },
  { id: 'interventions', share: 0.4 },
  { id: 'tools', share: 0.2 },
  { id: 'packages', share: 0.1 },
] as const;
type GenKind = (typeof KINDS)[number]['id'];

interface Planned {
  kind: GenKind;
  slug: string;
  title: string;
  areas: AreaId[];
  components: ComponentId[];
  topic: string[];
}

const topicOf = (components: readonly ComponentId[]) => components.flatMap((c) => TOPIC_WORDS[c].split(' '));

/** Cumulative Zipf weights over GENERAL_WORDS, for drawing by binary search. */
const ZIPF = GENERAL_WORDS.reduce<number[]>((acc, _, k) => [...acc, (acc.at(-1) ?? 0) + 1 / (k + 1)], []);

export interface CorpusOptions {
  dir: string;
  entries: number;
  seed?: number;
}

export function generateCorpus({ dir, entries, seed = 42 }: CorpusOptions): { files: number; words: number; findings: number } {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  /** One to `max` distinct items of `list`, in random order; draws indexes, so it is cheap on long lists. */
  const some = <T>(list: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(rand() * Math.min(max, list.length));
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(Math.floor(rand() * list.length));
    return [...chosen].map((i) => list[i]!);
  };
  const general = () => {
    const x = rand() * ZIPF.at(-1)!;
    let lo = 0;
    let hi = ZIPF.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ZIPF[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return GENERAL_WORDS[lo]!;
  };
  /** A sentence of everyday words, about a quarter of them from `topic` when one is given. */
  const sentence = (min = 8, max = 18, topic: readonly string[] = []) => {
    const n = min + Math.floor(rand() * (max - min));
    const words: string[] = [];
    while (words.length < n) {
      const word = topic.length > 0 && rand() < TOPIC_SHARE ? pick(topic) : general();
      // Never the same word twice in a row: the style gate rejects "child child" as a slip.
      if (word !== words.at(-1)) words.push(word);
    }
    return `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraph = (sentences: number, topic: readonly string[] = []) =>
    Array.from({ length: sentences }, () => sentence(8, 18, topic)).join(' ');

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ledger: Record<string, string> = {};
  let words = 0;
  const write = (kind: string, slug: string, text: string) => {
    mkdirSync(join(dir, kind, slug), { recursive: true });
    writeFileSync(join(dir, kind, slug, '1.mdx'), text);
    ledger[`${kind}/${slug}/1`] = hashVersion(text);
    words += text.split(/\s+/).length;
  };

  // The bibliography: ratings cite these keys.
  const sources = Array.from({ length: 40 }, (_, i) => `bench-source-${i + 1}`);
  writeFileSync(
    join(dir, SOURCES_NAME),
    sources
      .map(
        (key, i) =>
          `${key}:\n  type: ${pick(SOURCE_TYPE_IDS)}\n  authors: Benchmark Author ${i + 1}\n  year: ${2000 + (i % 25)}\n  title: ${JSON.stringify(`Benchmark source ${i + 1}: ${sentence(4, 8)}`)}\n  url: https://example.org/sources/${i + 1}\n`,
      )
      .join(''),
  );

  // Findings (issue 15): two outcomes per source, so rated entries show the findings table and forest plot.
  const monthsOf = (i: number) => 1 + (i % 6);
  mkdirSync(join(dir, FINDINGS_DIR), { recursive: true });
  sources.forEach((key, i) => {
    const finding = (id: string, outcome: string, months: number) => {
      const smd = Number((0.05 + months * 0.08).toFixed(2));
      return (
        `- id: ${id}\n  outcome: ${outcome}\n  measure: A standardised test\n  design: ${i % 2 ? 'cluster-randomised-trial' : 'randomised-trial'}\n` +
        `  evaluated: this-programme\n  about: ${JSON.stringify(sentence(5, 9))}\n  country: England\n  uk: yes\n  phases: [${pick(PHASE_IDS)}]\n` +
        `  ages: not reported\n  sendGroup: not SEND-specific\n  pupils: ${100 + Math.floor(rand() * 2000)}\n  settings: ${10 + Math.floor(rand() * 100)}\n` +
        `  studies: not reported\n  effect:\n    smd: ${smd}\n    ci: [${Number((smd - 0.12).toFixed(2))}, ${Number((smd + 0.12).toFixed(2))}]\n` +
        `    months: ${months}\n    detected: yes\n  pooled: false\n  independent: yes\n  padlocks: 4\n  riskOfBias: not reported\n  locator: Executive summary\n`
      );
    };
    writeFileSync(
      join(dir, findingsFile(key)),
      finding('attainment', 'Attainment', monthsOf(i)) + finding('language', 'Language', monthsOf(i + 1)),
    );
  });

  // The five areas, each describing every component of the vocabulary.
  for (const area of AREAS) {
    const topic = topicOf(area.components.map((c) => c.id));
    const components = area.components
      .map((c) => `  - id: ${c.id}\n    description: ${JSON.stringify(sentence(8, 18, topicOf([c.id])))}\n`)
      .join('');
    write(
      'areas-of-development',
      area.id,
      `---\ntitle: ${JSON.stringify(area.label)}\nsummary: ${JSON.stringify(sentence(8, 18, topic))}\nstatus: published\npublished: 2026-01-15\ncomponents:\n${components}---\n\n## About this area\n\n${paragraph(8, topic)}\n\n${paragraph(8, topic)}\n`,
    );
  }

  // Plan every entry first so that links and `leadsTo` only name entries that exist.
  const planned: Planned[] = [];
  KINDS.forEach((kind, k) => {
    const count = k === KINDS.length - 1 ? entries - planned.length : Math.round(entries * kind.share);
    for (let i = 0; i < count; i++) {
      const areas = some(
        AREAS.map((a) => a.id),
        2,
      ) as AreaId[];
      const componentsOf = AREAS.filter((a) => areas.includes(a.id)).flatMap((a) => a.components.map((c) => c.id));
      const components = some(componentsOf, 3) as ComponentId[];
      const topic = topicOf(components);
      const lead = pick(topic);
      // Three different words: the style gate rejects "steps steps" in the links that name the entry.
      let word = pick(TITLE_WORDS).toLowerCase();
      while (word === lead) word = pick(TITLE_WORDS).toLowerCase();
      let noun = pick(TITLE_NOUNS);
      while (noun === word || noun === lead) noun = pick(TITLE_NOUNS);
      const title = `${lead.charAt(0).toUpperCase()}${lead.slice(1)} ${word} ${noun}`;
      let slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      slug = `${slug}-${planned.length + 1}`;
      planned.push({
        kind: kind.id,
        slug,
        areas,
        components,
        topic,
        title: kind.id === 'packages' ? `Illustrative example: ${title.toLowerCase()}` : `${title} ${planned.length + 1}`,
      });
    }
  });
  const provision = planned.filter((p) => p.kind === 'strategies' || p.kind === 'interventions');

  for (const entry of planned) {
    const { areas, components, topic } = entry;
    const strength = pick(EVIDENCE_STRENGTHS);
    const impact = strength.rated ? pick(IMPACT_BANDS.filter((b) => b.rated)) : pick(IMPACT_BANDS);
    const cost = pick(COST_BANDS);
    const cite = (rated: boolean) => (rated ? `, sources: [${some(sources, 2).join(', ')}]` : '');
    const months =
      impact.id === 'large' ? 5 : impact.id === 'moderate' ? 3 : impact.id === 'small' ? 1 : impact.id === 'none' ? 0 : undefined;
    // Rated entries rest on findings of two sources (secure, independent trials that agree: "strong", by the rule).
    const a = pick(sources);
    const b = pick(sources);
    const onFindings = strength.rated && a !== b;
    const ratings = onFindings
      ? `ratings:\n  strength: { value: strong, findings: [${a}/attainment, ${b}/attainment] }\n` +
        `  impact: { value: ${impactBandForMonths(monthsOf(sources.indexOf(a)))}, findings: [${a}/attainment] }\n` +
        `  cost: { value: ${cost.id}${cite(cost.rated)} }\n`
      : `ratings:\n  strength: { value: ${strength.id}${cite(strength.rated)} }\n` +
        `  impact: { value: ${impact.id}${months === undefined ? '' : `, months: ${months}`}${cite(impact.rated)} }\n` +
        `  cost: { value: ${cost.id}${cite(cost.rated)} }\n`;
    let fm =
      `title: ${JSON.stringify(entry.title)}\nsummary: ${JSON.stringify(`${sentence(10, 20, topic)} ${sentence(8, 14, topic)}`)}\nstatus: published\n` +
      `published: 2026-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}\nsample: true\n` +
      `areas: [${areas.join(', ')}]\ncomponents: [${components.join(', ')}]\nphases: [${some(PHASE_IDS, 3).join(', ')}]\n` +
      // For families: three short sentences of everyday words, and what an adult may notice.
      `forFamilies: ${JSON.stringify(Array.from({ length: 3 }, () => sentence(6, 11)).join(' '))}\n` +
      `noticed: [${JSON.stringify(sentence(4, 8, topic).slice(0, -1).toLowerCase())}]\n`;
    const delivery = `delivery: [${some(DELIVERY_IDS, 3).join(', ')}]\n`;
    switch (entry.kind) {
      case 'strategies':
        fm += `universalOffer: [${some(UNIVERSAL_OFFER_COMPONENT_IDS, 2).join(', ')}]\n${delivery}`;
        break;
      case 'interventions':
        fm += `layer: ${rand() < 0.7 ? 'targeted' : 'targeted-plus'}\n${delivery}deliveredBy: A trained teaching assistant\nduration: ${6 + Math.floor(rand() * 20)} weeks, three sessions a week\ntraining: One day of training\n`;
        break;
      case 'tools':
        fm += `identifies: ${JSON.stringify(sentence(6, 10, topic))}\nformat: Screening\nadministeredBy: A teacher\ntime: About 15 minutes per child\nlayers: [${some(LAYER_IDS, 2).join(', ')}]\n${delivery}leadsTo: [${some(
          provision,
          2,
        )
          .map((p) => `${p.kind}/${p.slug}`)
          .join(', ')}]\n`;
        break;
      case 'packages':
        fm += `illustrative: true\nneedProfile: ${JSON.stringify(sentence(8, 18, topic))}\noutcomes: [${JSON.stringify(sentence(5, 9))}]\nprovision: [${JSON.stringify(sentence(5, 9))}]\nadaptations: [${JSON.stringify(sentence(5, 9))}]\nresources:\n  staffing: [A specialist teacher]\n  training: [Two days of training]\nhealthInput: [Speech and language therapy]\n`;
        break;
    }
    fm += ratings;
    const links = some(planned, 3)
      .map((p) => `- [${p.title}](/${p.kind}/${p.slug}/)`)
      .join('\n');
    const steps = Array.from({ length: 5 }, () => `- ${sentence(6, 12, topic)}`).join('\n');
    const table =
      `| Study | Pupils | Finding |\n| --- | --- | --- |\n` +
      Array.from({ length: 4 }, () => `| ${pick(sources)} | ${20 + Math.floor(rand() * 400)} | ${sentence(4, 8, topic)} |`).join('\n');
    const body =
      `## What it is\n\n${paragraph(6, topic)}\n\n${paragraph(5, topic)}\n\n## How to deliver it\n\n${paragraph(4, topic)}\n\n${steps}\n\n` +
      `## What the evidence says\n\n${paragraph(5, topic)}\n\n${table}\n\n## Adapting it\n\n${paragraph(6, topic)}\n\n${paragraph(5, topic)}\n\n## Related entries\n\n${links}\n`;
    write(entry.kind, entry.slug, `---\n${fm}---\n\n${body}`);
  }

  // One scheduled review record covering a few entries, so every kind of page is built.
  const covered = planned
    .slice(0, 3)
    .map((p) => `  - { entry: ${p.kind}/${p.slug}, version: 1 }\n`)
    .join('');
  write(
    'reviews',
    'bench-scheduled-review',
    `---\ntitle: Scheduled review of sample entries\nsummary: ${JSON.stringify(sentence())}\nstatus: published\npublished: 2026-06-01\nreviewType: scheduled\nstate: completed\nstarted: 2026-04-01\ncompleted: 2026-05-15\ncovers:\n${covered}panel: [Independent chair, Educational psychologist]\nfindings: [${JSON.stringify(sentence())}]\nrecommendations:\n  - id: r1\n    text: ${JSON.stringify(sentence())}\n    response: { decision: accepted, date: 2026-05-20 }\n---\n\n## Summary\n\n${paragraph(6)}\n`,
  );

  const sorted = Object.fromEntries(Object.entries(ledger).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(
    join(dir, LEDGER_NAME),
    `${JSON.stringify({ about: 'The ledger of published versions of a generated benchmark corpus.', versions: sorted }, null, 2)}\n`,
  );
  return { files: Object.keys(ledger).length, words, findings: sources.length };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '1000' },
      out: { type: 'string', default: '.cache/corpus' },
      seed: { type: 'string', default: '42' },
    },
  });
  const dir = resolve(values.out);
  const result = generateCorpus({ dir, entries: Number(values.entries), seed: Number(values.seed) });
  console.log(`Wrote ${result.files} versions (${Math.round(result.words / result.files)} words each on average) to ${dir}`);
}
