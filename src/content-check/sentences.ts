/**
 * A retext plugin for the two sentence rules, in one pass over the sentences: length (GOV.UK's
 * limit) and readability. The readability measure is retext-readability's, formula for formula
 * (the same seven packages, the same conversion of each score to a reading age, the same vote),
 * but it looks words up in Sets: retext-readability searches its two word lists as arrays for
 * every word, which made it the slowest part of the gate (decision 10).
 */
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { syllable } from 'syllable';
import { toString as nlcstText } from 'nlcst-to-string';
import type { Root, Sentence, Word } from 'nlcst';
import type { VFile } from 'vfile';

const DALE_CHALL = new Set(daleChall);
const SPACHE = new Set(spache);

const gradeToAge = (grade: number) => Math.round(grade + 5);
const fleschToAge = (value: number) => 20 - Math.floor(value / 10);
const smogToAge = (value: number) => Math.ceil(Math.sqrt(value) + 2.5);

/** How many of the seven formulas put the sentence's words above `age`, out of 7. */
export function readabilityVotes(words: readonly string[], age: number): number {
  const familiar = new Set<string>();
  const easy = new Set<string>();
  let complexPolysillabicWord = 0;
  let letters = 0;
  let polysillabicWord = 0;
  let syllables = 0;
  for (const value of words) {
    const caseless = value.toLowerCase();
    const count = syllable(value);
    syllables += count;
    letters += value.length;
    if (count >= 3) {
      polysillabicWord++;
      if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysillabicWord++;
    }
    if (SPACHE.has(caseless)) familiar.add(caseless);
    if (DALE_CHALL.has(caseless)) easy.add(caseless);
  }
  const counts = {
    character: letters,
    complexPolysillabicWord,
    difficultWord: words.length - easy.size,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: syllables,
    unfamiliarWord: words.length - familiar.size,
    word: words.length,
  };
  const ages = [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    fleschToAge(flesch(counts)),
    gradeToAge(gunningFog(counts)),
    smogToAge(smogFormula(counts)),
    gradeToAge(spacheFormula(counts)),
  ];
  return ages.filter((a) => a > age).length;
}

export interface SentenceOptions {
  maxWords: number;
  age: number;
  /** Share of the 7 formulas that must agree that a sentence is too hard. */
  threshold: number;
  minWords: number;
}

export const SENTENCE_LENGTH_SOURCE = 'nis-sentence-length';
export const READABILITY_SOURCE = 'nis-readability';

export function sentenceRules(options: SentenceOptions) {
  return () => (tree: Root, file: VFile) => {
    const visitSentences = (node: Root | Root['children'][number]) => {
      if (node.type === 'SentenceNode') return checkSentence(node, file, options);
      if ('children' in node) for (const child of node.children) visitSentences(child);
    };
    visitSentences(tree);
  };
}

function checkSentence(sentence: Sentence, file: VFile, options: SentenceOptions) {
  const words = sentence.children.filter((c): c is Word => c.type === 'WordNode').map((w) => nlcstText(w));
  if (words.length > options.maxWords) {
    const message = file.message(`${words.length} words`, { place: sentence.position, source: SENTENCE_LENGTH_SOURCE });
    message.actual = nlcstText(sentence);
    message.expected = [String(words.length)];
  }
  if (words.length >= options.minWords && readabilityVotes(words, options.age) / 7 >= options.threshold) {
    const message = file.message('hard to read', { place: sentence.position, source: READABILITY_SOURCE });
    message.actual = nlcstText(sentence);
  }
}
