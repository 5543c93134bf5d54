/**
 * The MDX safety check on its own (inspectMdx over Sätteri's mdast, as the content reader calls it):
 * URLs read the way a browser reads them, images and definitions checked like links, the site links
 * and citations it collects for the reference checks, and when a body counts as empty.
 * tests/unit/mdx-safety.test.ts runs the same check end to end through `npm run check`.
 */
import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { inspectMdx } from '../../src/markdown/mdx-safety.ts';

/** Inspect a body whose first line is line `offset + 1` of its file. */
const inspect = (body: string, offset = 0) => inspectMdx(mdxToMdast(body) as Parameters<typeof inspectMdx>[0], offset);
const messages = (body: string) => inspect(body).issues.map((i) => i.message);
const UNSAFE = 'uses a script or data URL; links must be http(s), mailto or site paths';

describe('links, images and definitions', () => {
  it.each([
    ['a leading space inside angle brackets', '[a](< javascript:alert(1)>)', ' javascript:alert(1)'],
    ['several leading spaces', '[a](<   javascript:alert(1)>)', '   javascript:alert(1)'],
    ['a leading line feed (an entity)', '[a](<&#10;javascript:alert(1)>)', '\njavascript:alert(1)'],
    ['a leading form feed (an entity)', '[a](<&#12;javascript:alert(1)>)', '\fjavascript:alert(1)'],
    ['tabs inside the scheme', '[a](<ja&#9;va&#9;script:alert(1)>)', 'ja\tva\tscript:alert(1)'],
    ['carriage returns inside the scheme', '[a](<ja&#13;va&#13;script:alert(1)>)', 'ja\rva\rscript:alert(1)'],
    ['an image', '![x](javascript:alert(1))', 'javascript:alert(1)'],
    ['an image with a data URL', '![x](data:image/svg+xml,abc)', 'data:image/svg+xml,abc'],
    ['a vbscript: link', '[a](VBScript:msgbox(1))', 'VBScript:msgbox(1)'],
    ['a definition', '[a]: javascript:alert(1)', 'javascript:alert(1)'],
  ])('rejects a script URL behind %s', (_name, body, url) => {
    expect(inspect(body, 20).issues).toEqual([{ line: 21, code: 'mdx-unsafe-url', message: `the link "${url}" ${UNSAFE}` }]);
  });

  it('shows at most 40 characters of a rejected URL', () => {
    const url = `javascript:${'x'.repeat(60)}`;
    expect(messages(`[a](${url})`)).toEqual([`the link "${url.slice(0, 40)}" ${UNSAFE}`]);
  });

  it('accepts web, mail and site links, and a scheme that only looks like a script', () => {
    for (const url of [
      'https://www.gov.uk/',
      'mailto:send@example.org',
      '/about/',
      '<java script:alert(1)>',
      'notes/javascript:x',
      '#javascript:x',
    ]) {
      expect(messages(`[a](${url})`), url).toEqual([]);
    }
  });

  it('collects site links from links, images and definitions, with their lines, and no other URL', () => {
    const body = [
      '[Entry](/interventions/neli/)',
      '',
      '![Chart](/images/chart.png)',
      '',
      '[def]: /strategies/boards/v2/',
      '',
      '[Web](https://example.org/) and [mail](mailto:a@example.org)',
    ].join('\n');
    expect(inspect(body, 5).links).toEqual([
      { url: '/interventions/neli/', line: 6 },
      { url: '/images/chart.png', line: 8 },
      { url: '/strategies/boards/v2/', line: 10 },
    ]);
  });

  it('does not collect a rejected link as a site link', () => {
    expect(inspect('[a](< /x>)').links).toEqual([]);
    expect(inspect('[a](javascript:/x/)').links).toEqual([]);
  });
});

describe('components and code', () => {
  it('collects citations with their lines, and reports a missing required attribute', () => {
    const result = inspect('Text.\n\n<Cite source="eef-send-2020" />\n\n<Cite />', 3);
    expect(result.citations).toEqual([{ source: 'eef-send-2020', line: 6 }]);
    expect(result.issues).toEqual([{ line: 8, code: 'mdx-attribute', message: '<Cite> needs the attribute source="..."' }]);
  });

  it('lists what a component takes when it is given an attribute it does not take', () => {
    expect(messages('<Inset title="x">a</Inset>')).toEqual(['<Inset> does not take the attribute "title"; it takes: none']);
    expect(messages('<Cite source="a" page="2" />')).toEqual(['<Cite> does not take the attribute "page"; it takes: source']);
  });

  it('names the allowed components when it rejects a fragment, an HTML element or an unknown component', () => {
    const allowed = 'allowed components: <Cite>, <Inset>, <Warning>';
    expect(messages('<>x</>')).toEqual([`a JSX fragment <>...</> is not allowed in content; ${allowed}`]);
    expect(messages('<span>x</span>')).toEqual([
      `the HTML element <span> is not allowed in content; write Markdown or use one of the ${allowed}`,
    ]);
    expect(messages('<Widget />')).toEqual([
      `the component <Widget> is not allowed in content; write Markdown or use one of the ${allowed}`,
    ]);
    expect(messages('<script>x</script>')).toEqual([
      `<script> is not allowed in content: the site runs no script from content; ${allowed}`,
    ]);
    expect(messages("import a from 'b'")).toEqual([`"import" is not allowed in content: import and export run code; ${allowed}`]);
  });

  it('reports every bad attribute of an element, not only the first', () => {
    expect(messages('<Cite onClick="x" {...rest} source={x} />')).toEqual([
      '<Cite> has the inline event handler "onClick"; content may not run script',
      '<Cite> has a spread attribute {...}; attributes must be plain text values',
      '<Cite source> must be a quoted text value, not an expression',
      '<Cite> needs the attribute source="..."',
    ]);
  });

  it('shows an expression trimmed and cut to 30 characters', () => {
    expect(messages(`{   ${'a'.repeat(40)}   }`)).toEqual([
      `the expression {${'a'.repeat(30)}} is not allowed in content: expressions run code; write plain text (escape a brace as \\{)`,
    ]);
  });

  it('rejects an expression inside a line of text as well as on its own line', () => {
    expect(inspect('Some text {props.secret} more text.', 2).issues).toEqual([
      {
        line: 3,
        code: 'mdx-expression',
        message: 'the expression {props.secret} is not allowed in content: expressions run code; write plain text (escape a brace as \\{)',
      },
    ]);
  });

  it('treats only attributes starting with "on" as event handlers', () => {
    expect(messages('<Inset tone="calm">a</Inset>')).toEqual(['<Inset> does not take the attribute "tone"; it takes: none']);
    expect(messages('<Inset ONLOAD="x">a</Inset>')).toEqual(['<Inset> has the inline event handler "ONLOAD"; content may not run script']);
  });

  it('looks inside registered components for what they hold', () => {
    const result = inspect('<Inset>\n  See [this](javascript:x) and <Cite source="a-b" />.\n</Inset>');
    expect(result.issues.map((i) => i.line)).toEqual([2]);
    expect(result.citations).toEqual([{ source: 'a-b', line: 2 }]);
  });
});

describe('an empty body', () => {
  it('is empty with nothing, only blank lines or only frontmatter-like blocks', () => {
    for (const body of ['', '   \n\n', '---\na: 1\n---\n', '+++\na = 1\n+++\n'])
      expect(inspect(body).empty, JSON.stringify(body)).toBe(true);
  });

  it('is not empty with any Markdown in it', () => {
    for (const body of ['Text.', '## Heading', '---', '<Inset>a</Inset>', '[a]: /x/']) expect(inspect(body).empty, body).toBe(false);
  });
});

describe('a tree with parts missing (the check trusts no parser)', () => {
  type Tree = Parameters<typeof inspectMdx>[0];
  const root = (...children: object[]) => ({ type: 'root', children }) as Tree;

  it('reports a node without a position at line 1 of the body', () => {
    expect(inspectMdx(root({ type: 'mdxjsEsm', value: '  export const a = 1' }), 4).issues).toEqual([
      {
        line: 5,
        code: 'mdx-esm',
        message: '"export" is not allowed in content: import and export run code; allowed components: <Cite>, <Inset>, <Warning>',
      },
    ]);
    expect(inspectMdx(root({ type: 'mdxjsEsm' })).issues[0]!.message).toMatch(/^"" is not allowed in content/);
    expect(inspectMdx(root({ type: 'mdxTextExpression' })).issues[0]!.message).toMatch(/^the expression \{\} is not allowed/);
  });

  it('reports raw HTML, which other Markdown parsers produce', () => {
    expect(inspectMdx(root({ type: 'html', value: '<b>x</b>', position: { start: { line: 3 } } })).issues).toEqual([
      { line: 3, code: 'mdx-raw-html', message: 'raw HTML is not allowed in content; write Markdown or use a registered component' },
    ]);
  });

  it('passes a link without a URL and a component without attributes', () => {
    const result = inspectMdx(root({ type: 'link', children: [] }, { type: 'mdxJsxFlowElement', name: 'Inset' }));
    expect(result).toEqual({ issues: [], citations: [], links: [], empty: false });
  });

  it('refuses any attribute that is not a plain named attribute', () => {
    const element = (attribute: object) =>
      root({ type: 'mdxJsxFlowElement', name: 'Cite', attributes: [attribute, { type: 'mdxJsxAttribute', name: 'source', value: 'a' }] });
    const spread = '<Cite> has a spread attribute {...}; attributes must be plain text values';
    expect(inspectMdx(element({ type: 'mdxJsxExpressionAttribute', name: 'source', value: 'a' })).issues.map((i) => i.message)).toEqual([
      spread,
    ]);
    expect(inspectMdx(element({ type: 'mdxJsxAttribute', value: 'a' })).issues.map((i) => i.message)).toEqual([spread]);
  });
});
