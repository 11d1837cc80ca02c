import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from '../resolvers';
import type { Resolvers } from '../resolvers/generated';
import { SCALARS } from './scalars';

/** Every .graphql file in schema/, read once at boot. */
export function loadTypeDefs(schemaDir: string): string[] {
  const files = fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  if (files.length === 0) throw new Error(`no .graphql files in ${schemaDir}`);
  return files.map((f) => fs.readFileSync(path.join(schemaDir, f), 'utf8'));
}

/** The executable schema. A resolver that does not match the SDL stops the boot. */
export function buildSchema(rootDir: string, extraResolvers: Resolvers[] = []): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(path.join(rootDir, 'schema')),
    resolvers: [SCALARS, ...resolvers, ...extraResolvers],
    resolverValidationOptions: {
      requireResolversToMatchSchema: 'error',
      requireResolversForResolveType: 'error',
    },
  });
}
