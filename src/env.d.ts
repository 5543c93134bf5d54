/// <reference types="astro/client" />

// Plain `tsc` cannot read .astro files; Astro's compiler checks them. Type them as components here.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

/** True under `astro dev`, false in a build, undefined in plain Node (src/integrations/dev-server-flag.ts). */
declare const __NIS_DEV_SERVER__: boolean | undefined;
