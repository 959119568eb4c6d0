// `npm run schema`: writes the printed SDL to graphql/schema.graphql (committed; a test fails when it drifts).
import { writeFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index';

export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(new URL('./schema.graphql', import.meta.url), printedSchema());
  console.log('wrote graphql/schema.graphql');
}
