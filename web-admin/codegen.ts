// Typed operations for the web admin, generated from the committed SDL (run `npm run codegen` after editing a queries.ts).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'graphql/schema.graphql',
  documents: ['web-admin/src/**/*.{ts,tsx}', '!web-admin/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'web-admin/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Plain strings on the wire: no graphql-js AST in the bundle.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTime: 'string', File: 'File' },
      },
    },
  },
};

export default config;
