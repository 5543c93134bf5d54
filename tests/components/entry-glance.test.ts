/** The entry page's first-screen components, rendered with Astro's Container API: What you might notice, and At a glance for a strategy. */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Noticed from '../../src/components/Noticed.astro';
import AtAGlance from '../../src/components/AtAGlance.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (component: unknown, props: Record<string, unknown>) =>
  container.renderToString(component as Parameters<AstroContainer['renderToString']>[0], { props });
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('What you might notice', () => {
  it("lists what an adult may notice, in the entry's words", async () => {
    const html = await render(Noticed, { noticed: ['loses track of multi-step instructions', 'forgets what to do next'] });
    expect(html).toContain('<h2 class="govuk-heading-m" id="noticed-heading">What you might notice</h2>');
    expect([...html.matchAll(/<li>([^<]+)<\/li>/g)].map((m) => m[1])).toEqual([
      'loses track of multi-step instructions',
      'forgets what to do next',
    ]);
  });

  it('shows nothing when the entry lists nothing', async () => {
    expect((await render(Noticed, { noticed: [] })).trim()).toBe('');
  });
});

describe('At a glance', () => {
  it("shows a strategy's who, how long and a cost that is a change in practice", async () => {
    const none = { sources: [] };
    const html = await render(AtAGlance, {
      data: {
        kind: 'strategies',
        title: 'Chunking instructions',
        phases: ['primary', 'secondary'],
        deliveredBy: 'The class teacher',
        duration: 'A few minutes in each lesson',
        ratings: {
          strength: { value: 'practice-based', ...none },
          impact: { value: 'unknown', ...none },
          cost: { value: 'practice-change', ...none },
        },
      },
    });
    expect(text(html)).toBe(
      'At a glance Layer of support Universal Who delivers it The class teacher How long and how often A few minutes in each lesson ' +
        'Cost A change in practice Strength of evidence Practice-based Size of effect Impact not known Phases Primary, Secondary',
    );
  });
});
