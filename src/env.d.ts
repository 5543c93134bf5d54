/// <reference types="astro/client" />

// Plain `tsc` cannot read .astro files; Astro's compiler checks them. Type them as components here.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
