/** Fetches the build's facts about every provision entry (one small same-origin JSON file). */
import type { PlanFactsDocument } from '../domain/plan-facts.ts';

export async function loadFacts(url: string): Promise<PlanFactsDocument> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as PlanFactsDocument;
}
