/**
 * The checks that read more than one file: references between entries, links in bodies, citations
 * and the areas of development against the vocabulary. Each case adds one draft to a copy of the
 * fixture (drafts are not in the ledger, so only the problem under test is reported) or breaks one file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { rmSync } from 'node:fs';
import { checkContent } from '../../src/content-check/check-content.ts';
import { tempContent, type TempContent } from '../helpers/temp-content.ts';
import { lineWith, PROBE, PROBE_FIELDS, probeText } from '../helpers/draft-probe.ts';

let content: TempContent;
afterEach(() => content?.remove());

/** Every problem as "file:line field: message [code]", the temp folder shown as "content". */
function problems(): string[] {
  const prefix = relative(process.cwd(), content.dir);
  return checkContent(content.dir).problems.map((p) =>
    [
      `${p.file.split(prefix).join('content')}${p.line ? `:${p.line}` : ''}`,
      p.field ? ` ${p.field}:` : '',
      ` ${p.message} [${p.code}]`,
    ].join(''),
  );
}

const FILE = `content/${PROBE}`;
/** A copy of the fixture with one draft strategy, its frontmatter extended by `extra` and its body by `body`. */
function probe(extra = '', body = '') {
  content = tempContent();
  content.write(PROBE, probeText(extra, body));
  return problems();
}

describe('references to other entries', () => {
  it('accept entries that exist', () => {
    expect(probe('related: [interventions/fixture-language-groups, tools/fixture-language-screen]\nreview: fixture-review\n')).toEqual([]);
  });

  it('report a related entry or a review that does not exist', () => {
    const extra = 'related: [tools/fixture-language-screen, interventions/nothing]\nreview: no-review\n';
    const at = (field: string) => `${FILE}:${lineWith(probeText(extra), field)}`;
    expect(probe(extra)).toEqual([
      `${at('review:')} review: refers to "reviews/no-review", which does not exist; expected a folder content/reviews/no-review/ [missing-entry]`,
      `${at('related:')} related.1: refers to "interventions/nothing", which does not exist; expected a folder content/interventions/nothing/ [missing-entry]`,
    ]);
  });

  it('report a tool leading to a kind it cannot lead to', () => {
    content = tempContent();
    const tool = 'tools/probe-tool/1.mdx';
    const text = content
      .read('tools/fixture-language-screen/1.mdx')
      .replace('status: published', 'status: draft')
      .replace(
        'leadsTo: [interventions/fixture-language-groups]',
        'leadsTo: [strategies/fixture-visual-timetables, tools/fixture-language-screen, packages/fixture-package]',
      );
    content.write(tool, text);
    expect(problems()).toEqual([
      `content/${tool}:${lineWith(text, 'leadsTo:')} leadsTo.1: found "tools/fixture-language-screen"; expected an entry of kind strategies or interventions or packages [wrong-kind]`,
    ]);
  });

  it('count an entry whose file has errors as existing, so it is not also reported as missing', () => {
    expect(probe('related: [interventions/fixture-memory-games]\n')).toEqual([]);
    content.replace('interventions/fixture-memory-games/1.mdx', 'layer: targeted-plus', 'layer: nowhere');
    expect(problems().filter((p) => p.includes(FILE))).toEqual([]);
  });
});

describe('links in the body', () => {
  it('accept links to entries and versions that exist, with or without a fragment, and ignore other site links', () => {
    const links = [
      '/interventions/fixture-language-groups/',
      '/interventions/fixture-language-groups/v2/',
      '/interventions/fixture-language-groups/v1/#what-it-is',
      '/interventions/fixture-language-groups/#ratings',
      '/about/',
      '/widgets/anything/',
      '/search/?q=x',
      '/docs/interventions/nothing/',
      '/interventions/nothing/history/',
    ];
    expect(probe('', links.map((url, i) => `[link ${i}](${url})`).join('\n\n'))).toEqual([]);
  });

  it('report a link to an entry that does not exist, or to a version it does not have, at its line', () => {
    const body = [
      '[a](/interventions/nothing/)',
      '[b](/interventions/nothing/#ab)',
      '[c](/interventions/fixture-language-groups/v3/)',
      '[d](/interventions/fixture-language-groups/v3/#ab)',
      '[e](/interventions/fixture-language-groups/v10/)',
    ].join('\n\n');
    const at = (label: string) => `${FILE}:${lineWith(probeText('', body), label)}`;
    expect(probe('', body)).toEqual([
      `${at('[a]')} body link: links to /interventions/nothing/, but there is no entry content/interventions/nothing/ [missing-entry]`,
      `${at('[b]')} body link: links to /interventions/nothing/#ab, but there is no entry content/interventions/nothing/ [missing-entry]`,
      `${at('[c]')} body link: links to /interventions/fixture-language-groups/v3/, but interventions/fixture-language-groups has only 2 version(s) [missing-version]`,
      `${at('[d]')} body link: links to /interventions/fixture-language-groups/v3/#ab, but interventions/fixture-language-groups has only 2 version(s) [missing-version]`,
      `${at('[e]')} body link: links to /interventions/fixture-language-groups/v10/, but interventions/fixture-language-groups has only 2 version(s) [missing-version]`,
    ]);
    expect(lineWith(probeText('', body), '[a]')).toBeGreaterThan(15);
  });
});

describe('citations', () => {
  it('report an unknown source with the three nearest known keys, nearest first', () => {
    content = tempContent();
    const more = ['eef-send-2021', 'eef-neli-2021', 'ofsted-2019', 'dfe-send-code-2015'].map(
      (key) => `${key}:\n  type: guidance\n  authors: Someone\n  year: 2020\n  title: T\n  url: https://example.org/${key}\n`,
    );
    content.write('sources.yaml', content.read('sources.yaml') + more.join(''));
    const text = probeText('sources: [eef-send-2019]\n', 'See <Cite source="ofsted-2091" />.');
    content.write(PROBE, text);
    expect(problems()).toEqual([
      `${FILE}:${lineWith(text, 'eef-send-2019')} sources.0: cites "eef-send-2019", which is not in content/sources.yaml; known keys include: eef-send-2020, eef-send-2021, eef-neli-2020 [unknown-source]`,
      `${FILE}:${lineWith(text, 'ofsted-2091')} body <Cite>: cites "ofsted-2091", which is not in content/sources.yaml; known keys include: ofsted-2019, eef-send-2021, eef-neli-2021 [unknown-source]`,
    ]);
  });
});

describe('review records', () => {
  const REVIEW = 'reviews/probe-review/1.mdx';
  let text = '';
  function review(covers: string) {
    content = tempContent();
    text = content
      .read('reviews/fixture-review/1.mdx')
      .replace('status: published', 'status: draft')
      .replace(/covers:\n.*\n/, `covers:\n${covers}`);
    content.write(REVIEW, text);
    return problems();
  }

  it('accept covering a version that exists', () => {
    expect(review('  - { entry: interventions/fixture-language-groups, version: 2 }\n')).toEqual([]);
  });

  it('report covering an entry that does not exist, or a version it does not have', () => {
    // In the order of the rules: a missing entry, then a missing version.
    expect(
      review('  - { entry: interventions/fixture-language-groups, version: 3 }\n  - { entry: strategies/nothing, version: 1 }\n'),
    ).toEqual([
      `content/${REVIEW}:${lineWith(text, 'strategies/nothing')} covers.1.entry: refers to "strategies/nothing", which does not exist; expected a folder content/strategies/nothing/ [missing-entry]`,
      `content/${REVIEW}:${lineWith(text, 'version: 3')} covers.0.version: found version 3 of interventions/fixture-language-groups, which has only 2 version(s) [missing-version]`,
    ]);
  });
});

describe('components', () => {
  it('report a component outside the entry areas, listing them', () => {
    expect(probe()).toEqual([]);
    expect(PROBE_FIELDS).toContain(
      'areas: [executive-function, speech-language-communication]\ncomponents: [planning-and-organisation, communication]\n',
    );
    content.replace(
      PROBE,
      'components: [planning-and-organisation, communication]',
      'components: [planning-and-organisation, communication, external-senses]',
    );
    expect(problems()).toEqual([
      `${FILE}:${lineWith(content.read(PROBE), 'components:')} components.2: found "external-senses", a component of sensory, which is not in this entry's areas (executive-function, speech-language-communication); add sensory to areas or remove the component [component-outside-areas]`,
    ]);
  });
});

describe('a slug names one entry', () => {
  it('reports only the entry that reuses a slug, not the one that had it first', () => {
    content = tempContent();
    content.write(
      'tools/fixture-language-groups/1.mdx',
      content.read('tools/fixture-language-screen/1.mdx').replace('status: published', 'status: draft'),
    );
    expect(problems()).toEqual([
      'content/tools/fixture-language-groups/1.mdx uses the slug "fixture-language-groups", which is already the intervention content/interventions/fixture-language-groups/; slugs must be unique across the library [duplicate-slug]',
    ]);
  });
});

describe('areas of development against the vocabulary', () => {
  const AREA = 'areas-of-development/sensory/1.mdx';

  it('report an area the vocabulary does not define', () => {
    content = tempContent();
    content.write('areas-of-development/hearing/1.mdx', content.read(AREA).replace('status: published', 'status: draft'));
    expect(problems()).toEqual([
      'content/areas-of-development/hearing/1.mdx is an area folder "hearing" that the vocabulary does not define; expected one of: executive-function, motor-and-physical, sensory, social-and-emotional, speech-language-communication [area-vocabulary]',
    ]);
  });

  it('report a title that is not the vocabulary label, and a component of another area', () => {
    content = tempContent();
    content.replace(AREA, 'title: Sensory', 'title: Senses');
    content.replace(
      AREA,
      '  - id: external-senses\n',
      '  - id: external-senses\n    description: Fixture.\n  - id: language\n    description: Fixture.\n  - id: communication\n',
    );
    const text = content.read(AREA);
    const lines = problems().filter((p) => !p.includes('was edited after it was published'));
    // A list field is found at its first item, the line below its key.
    expect(lines).toEqual([
      `content/${AREA}:${lineWith(text, 'title:')} title: found "Senses"; expected "Sensory", the label in src/domain/vocabulary.ts (change both together) [area-vocabulary]`,
      `content/${AREA}:${lineWith(text, 'components:') + 1} components: describes language, communication, which belong to no component of sensory; expected only external-senses, internal-senses, sensory-processing [area-vocabulary]`,
    ]);
  });

  it('report every component of the vocabulary an area leaves out', () => {
    content = tempContent();
    content.replace(AREA, / {2}- id: external-senses\n.*\n {2}- id: internal-senses\n.*\n/, '');
    expect(problems().filter((p) => !p.includes('was edited after it was published'))).toEqual([
      `content/${AREA}:${lineWith(content.read(AREA), 'components:') + 1} components: does not describe external-senses, internal-senses; the vocabulary lists external-senses, internal-senses, sensory-processing for sensory [area-vocabulary]`,
    ]);
  });

  it('report an area of the vocabulary whose content is missing, with the command that starts it', () => {
    content = tempContent();
    rmSync(content.path('areas-of-development/sensory'), { recursive: true });
    const ledger = JSON.parse(content.read('versions.lock.json'));
    delete ledger.versions['areas-of-development/sensory/1'];
    content.write('versions.lock.json', JSON.stringify(ledger));
    const result = checkContent(content.dir);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'missing-area',
        file: 'content/areas-of-development/sensory/1.mdx',
        message: 'is missing: the vocabulary (src/domain/vocabulary.ts) defines the area "sensory", so its content must exist',
        fix: 'npm run new -- areas-of-development sensory',
      }),
    ]);
  });
});
