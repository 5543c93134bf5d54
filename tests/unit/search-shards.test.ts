import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, PAGES_PER_SHARD, SORT_KEYS, buildSortTable, shardCount, shardOf, sortResults } from '../../src/search/shards.ts';
import { shardPath } from '../../src/domain/routes.ts';

describe('shards', () => {
  it('keeps small libraries in one index and splits large ones, up to a limit', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(60)).toBe(1);
    expect(shardCount(PAGES_PER_SHARD)).toBe(1);
    expect(shardCount(PAGES_PER_SHARD + 1)).toBe(2);
    expect(shardCount(5014)).toBe(6);
    expect(shardCount(1_000_000)).toBe(MAX_SHARDS);
    expect(shardCount(60, 20)).toBe(3);
  });

  it('puts a page in the same shard every time and spreads pages evenly', () => {
    // FNV-1a of the URL, pinned: its published test vectors (with a modulus that keeps the whole hash),
    // then a page's shard, which must not change between builds or releases.
    expect(shardOf('', 2 ** 32)).toBe(0x811c9dc5);
    expect(shardOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(shardOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
    expect(shardOf('/interventions/talk-boost/', 7)).toBe(3);
    expect(shardOf('/interventions/talk-boost/', 10)).toBe(2);
    const counts = Array(10).fill(0);
    for (let i = 0; i < 5000; i++) counts[shardOf(`/interventions/entry-${i}/`, 10)]++;
    for (const n of counts) {
      expect(n).toBeGreaterThan(400);
      expect(n).toBeLessThan(600);
    }
  });

  it('keeps the primary at /pagefind/ and the others beside it', () => {
    expect(shardPath(0)).toBe('/pagefind/');
    expect(shardPath(3)).toBe('/pagefind/shard-3/');
  });
});

describe('sorting merged results', () => {
  // Strength ranks: strong 5 ... not yet reviewed 1; unrated -1. Cost ranks are higher when cheaper.
  const table = buildSortTable([
    { id: 'a', sort: { strength: '2', impact: '3', cost: '4', title: 'zebra maths' } },
    { id: 'b', sort: { strength: '5', impact: '-1', cost: '1', title: 'Apple talk' } },
    { id: 'c', sort: { strength: '-1', impact: '-1', cost: '-1', title: 'layer: targeted' } },
    { id: 'd', sort: { strength: '5', impact: '4', cost: '2', title: 'apple talk 10' } },
    { id: 'e', sort: { strength: '2', impact: '1', cost: '4', title: 'apple talk 9' } },
  ]);
  // Relevance order, as Pagefind merged it.
  const results = ['c', 'e', 'a', 'd', 'b'].map((id) => ({ id }));
  const order = (sort: Parameters<typeof sortResults>[1]) => sortResults(results, sort, table).map((r) => r.id);

  it('stores a rank per sort key, titles as their A-to-Z position (case-blind, numbers in order)', () => {
    expect(SORT_KEYS).toEqual(['strength', 'impact', 'cost', 'title']);
    expect(table.b).toEqual([5, -1, 1, 0]);
    expect(table.e![3]).toBe(1);
    expect(table.d![3]).toBe(2);
  });

  it('leaves relevance order alone', () => {
    expect(order('relevance')).toEqual(['c', 'e', 'a', 'd', 'b']);
  });

  it('puts the strongest evidence first, relevance breaking ties, unrated pages last', () => {
    expect(order('strength')).toEqual(['d', 'b', 'e', 'a', 'c']);
  });

  it('orders by impact, by cost (cheapest first) and by title A to Z', () => {
    expect(order('impact')).toEqual(['d', 'a', 'e', 'c', 'b']);
    expect(order('cost')).toEqual(['e', 'a', 'd', 'b', 'c']);
    expect(order('title')).toEqual(['b', 'e', 'd', 'c', 'a']);
  });

  it('puts a page missing from the table last instead of dropping it', () => {
    expect(sortResults([{ id: 'x' }, { id: 'a' }, { id: 'b' }], 'strength', table).map((r) => r.id)).toEqual(['b', 'a', 'x']);
  });
});
