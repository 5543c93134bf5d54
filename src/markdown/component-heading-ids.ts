/**
 * A Sätteri hast plugin: on an area of development's page, each component's summary-list row owns
 * the component's id (componentAnchor, what componentUrl links to). A heading in the area's text
 * whose automatic id would be the same ("### Working memory" becomes "working-memory") gets
 * "about-<id>" instead, so that no id is on two elements and links land on the row.
 *
 * It runs before Astro's own heading-ids plugin, which keeps an id already set.
 */
import { defineHastPlugin } from 'satteri';
import { componentAnchor } from '../domain/routes.ts';

/**
 * The id Astro's heading-ids plugin (github-slugger) gives a heading: lower case, punctuation and
 * symbols dropped, spaces as hyphens. Equal to github-slugger's for the text headings hold; a miss
 * would show as a duplicate id, which html-validate's no-dup-id fails over the built library.
 */
export const headingSlug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');

/** The id a heading of an area's text gets when its own would be a component's. */
export const componentHeadingAnchor = (id: string) => `about-${componentAnchor(id)}`;

/** The component ids an area's frontmatter gives rows to (`components: [{ id, description }]`); none for other kinds. */
function rowIds(frontmatter: unknown): string[] {
  const components = (frontmatter as { components?: unknown } | undefined)?.components;
  if (!Array.isArray(components)) return [];
  return components.flatMap((c: unknown) => (c && typeof c === 'object' && 'id' in c ? [String(c.id)] : []));
}

export const componentHeadingIds = defineHastPlugin({
  name: 'component-heading-ids',
  element: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      if (typeof node.properties?.id === 'string') return;
      const astro = ctx.data.astro as { frontmatter?: unknown } | undefined;
      const slug = headingSlug(ctx.textContent(node));
      const component = rowIds(astro?.frontmatter).find((id) => componentAnchor(id) === slug);
      if (component) ctx.setProperty(node, 'id', componentHeadingAnchor(component));
    },
  },
});
