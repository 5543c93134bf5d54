/**
 * An area's summary-list rows own its components' ids (componentUrl); a heading of the area's text
 * whose automatic id would be a component's gets another. Run through Astro's own Sätteri pipeline,
 * so its heading-ids plugin (which gives every other heading its id) takes part.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { componentHeadingAnchor, componentHeadingIds, headingSlug } from '../../src/markdown/component-heading-ids.ts';
import { componentUrl } from '../../src/domain/routes.ts';

const processor = await createSatteriMarkdownProcessor({ hastPlugins: [componentHeadingIds], syntaxHighlight: false });
const render = async (markdown: string, frontmatter: Record<string, unknown>) => (await processor.render(markdown, { frontmatter })).code;

const AREA = { components: [{ id: 'working-memory', description: 'Holding information in mind.' }, { id: 'attention' }] };

describe('component heading ids', () => {
  it("gives a heading that would take a component's id another one, and leaves the rest to Astro", async () => {
    const html = await render(
      '## The components\n\n### Working memory\n\n### Attention!\n\n### Planning, sequencing and organisation\n',
      AREA,
    );
    expect(html).toContain('<h2 id="the-components">');
    expect(html).toContain(`<h3 id="${componentHeadingAnchor('working-memory')}">Working memory</h3>`);
    expect(html).toContain(`<h3 id="${componentHeadingAnchor('attention')}">Attention!</h3>`);
    expect(html).toContain('<h3 id="planning-sequencing-and-organisation">');
    expect(componentHeadingAnchor('working-memory')).toBe('about-working-memory');
    expect(componentUrl('working-memory')).toBe('/areas-of-development/executive-function/#working-memory');
  });

  it('changes nothing on pages without component rows (an entry lists components by id only)', async () => {
    const html = await render('### Working memory\n', { components: ['working-memory'] });
    expect(html).toContain('<h3 id="working-memory">');
    expect(await render('### Working memory\n', {})).toContain('<h3 id="working-memory">');
  });

  it("matches Astro's own heading ids for every heading in the library's area pages", async () => {
    const dir = 'content/areas-of-development';
    const headings = readdirSync(dir).flatMap((area) =>
      [...readFileSync(join(dir, area, '1.mdx'), 'utf8').matchAll(/^#{2,6} (.+)$/gm)].map((m) => m[1]!),
    );
    expect(headings.length).toBeGreaterThan(20);
    for (const text of headings) expect(await render(`### ${text}\n`, {})).toContain(`<h3 id="${headingSlug(text)}">`);
  });
});
