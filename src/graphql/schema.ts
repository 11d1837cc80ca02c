import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import {
  CountryCodeResolver,
  DateTimeResolver,
  JSONObjectResolver,
  LocalDateResolver,
  URLResolver,
} from 'graphql-scalars';
import { resolvers } from '../resolvers';

/** Every .graphql file in schema/, read once at boot. */
export function loadTypeDefs(schemaDir: string): string[] {
  const files = fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  if (files.length === 0) throw new Error(`no .graphql files in ${schemaDir}`);
  return files.map((f) => fs.readFileSync(path.join(schemaDir, f), 'utf8'));
}

// The SDL's Date is graphql-scalars' LocalDate (YYYY-MM-DD strings, no time zone shift), under
// the SDL's name: graphql-tools would otherwise rename the type after the resolver.
const scalars = {
  Date: new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' }),
  DateTime: DateTimeResolver,
  CountryCode: CountryCodeResolver,
  URL: URLResolver,
  JSONObject: JSONObjectResolver,
};

/** The executable schema. A resolver that does not match the SDL stops the boot. */
export function buildSchema(rootDir: string, extraResolvers: typeof resolvers = []): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(path.join(rootDir, 'schema')),
    resolvers: [scalars, ...resolvers, ...extraResolvers],
    resolverValidationOptions: {
      requireResolversToMatchSchema: 'error',
      requireResolversForResolveType: 'error',
    },
  });
}
