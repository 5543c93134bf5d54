/**
 * The plan as a Word document, made in the browser with the `docx` library. Imported dynamically by
 * the plan page when a Word download is asked for, so the library never loads otherwise.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PLAN_TITLE, type Block } from '../domain/plan.ts';

const LEVELS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function paragraphs(b: Block): Paragraph[] {
  if (b.type === 'heading') return [new Paragraph({ text: b.text, heading: LEVELS[b.level - 1] })];
  if (b.type === 'list') return b.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
  const lines = b.text.split(/\r?\n/);
  if (b.type === 'paragraph') return lines.map((text) => new Paragraph({ text }));
  const [first, ...rest] = lines;
  return [
    new Paragraph({ children: [new TextRun({ text: `${b.label}: `, bold: true }), new TextRun(first ?? '')] }),
    ...rest.map((text) => new Paragraph({ text })),
  ];
}

export async function planDocx(blocks: readonly Block[]): Promise<Blob> {
  const doc = new Document({
    title: PLAN_TITLE,
    creator: 'National Inclusion Standards',
    sections: [{ children: blocks.flatMap(paragraphs) }],
  });
  return Packer.toBlob(doc);
}
