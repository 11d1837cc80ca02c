import { GraphQLScalarType } from 'graphql';
import {
  CountryCodeResolver,
  DateTimeResolver,
  JSONObjectResolver,
  LocalDateResolver,
  URLResolver,
} from 'graphql-scalars';

/**
 * The SDL's custom scalars (schema/scalars.graphql), by name: graphql-scalars' resolvers. The
 * schema uses them at boot, and codegen.ts reads the TypeScript type each one declares.
 */
export const SCALARS = {
  // The SDL's Date is LocalDate (YYYY-MM-DD strings, no time zone shift), under the SDL's name:
  // graphql-tools would otherwise rename the type after the resolver.
  Date: new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' }),
  DateTime: DateTimeResolver,
  CountryCode: CountryCodeResolver,
  URL: URLResolver,
  JSONObject: JSONObjectResolver,
} as const;
