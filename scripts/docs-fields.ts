/** npm run docs:fields: write docs/field-reference.md from the schemas and the vocabulary. */
import { writeFileSync } from 'node:fs';
import { fieldReferenceMarkdown, FIELD_REFERENCE_PATH } from '../src/domain/field-reference.ts';

writeFileSync(FIELD_REFERENCE_PATH, fieldReferenceMarkdown());
console.log(`Wrote ${FIELD_REFERENCE_PATH}.`);
