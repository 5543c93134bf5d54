/**
 * Tells the site's modules whether they run on the dev server (src/lib/paths.ts devServer()), from
 * the command Astro runs rather than the environment: import.meta.env.DEV follows variables such as
 * DEV that a shell or a test runner may have set, and the build's strict policy must never depend
 * on them. `astro dev` defines the constant true, a build false; plain Node scripts leave it undefined.
 */
import type { AstroIntegration } from 'astro';

export function devServerFlag(): AstroIntegration {
  return {
    name: 'nis:dev-server-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __NIS_DEV_SERVER__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
