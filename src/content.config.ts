/**
 * Astro collections over content/: one per kind, each version file an entry with id "<slug>/<n>",
 * validated by the same schemas `npm run check` uses. NIS_CONTENT_DIR points the build at another
 * content folder (test fixtures, the benchmark corpus). On the dev server a file with problems is
 * left out rather than stopping the preview (src/lib/preview-loader.ts).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { SCHEMAS, sourceSchema } from './domain/schemas.ts';
import { contentDir } from './lib/paths.ts';
import { keepServingWhileEditing } from './lib/preview-loader.ts';

const versions = (kind: keyof typeof SCHEMAS) =>
  defineCollection({
    loader: keepServingWhileEditing(
      glob({ pattern: '*/*.mdx', base: `${contentDir()}/${kind}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    ),
    schema: SCHEMAS[kind],
  });

export const collections = {
  'areas-of-development': versions('areas-of-development'),
  strategies: versions('strategies'),
  interventions: versions('interventions'),
  tools: versions('tools'),
  packages: versions('packages'),
  reviews: versions('reviews'),
  sources: defineCollection({ loader: keepServingWhileEditing(file(`${contentDir()}/sources.yaml`)), schema: sourceSchema }),
};
