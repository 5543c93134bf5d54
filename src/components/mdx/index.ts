/** The components MDX content may use, by the names in src/markdown/registry.ts. */
import Cite from './Cite.astro';
import Inset from './Inset.astro';
import Warning from './Warning.astro';
import type { MdxComponentName } from '../../markdown/registry.ts';

export const mdxComponents = { Cite, Inset, Warning } satisfies Record<MdxComponentName, unknown>;
