/**
 * The components content may use in MDX, and the attributes each accepts. The same list drives the
 * MDX safety check (./mdx-safety.ts) and the component map pages render with
 * (src/components/mdx/index.ts); a unit test keeps the two in step.
 */
export const MDX_COMPONENTS = {
  /** An inline citation of a bibliography key: <Cite source="eef-send-2020" />. */
  Cite: { attributes: ['source'], required: ['source'] },
  /** GOV.UK inset text, for a point the reader should not miss. */
  Inset: { attributes: [], required: [] },
  /** GOV.UK warning text, for safety points such as when to refer on. */
  Warning: { attributes: [], required: [] },
} as const satisfies Record<string, { attributes: readonly string[]; required: readonly string[] }>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];
