import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createGraphQLError, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { authenticate, checkPolicy, Keyring, useAuthorization } from './auth';
import { createContext, pathLimits, type AppContext, type AppServices } from './context';
import type { Config } from './config';
import type { Logger } from './logger';
import { AccessIndex } from './reach/access-index';
import { CountWorkers } from './services/counting/count-workers';
import { MonthEndTable } from './services/counting/month-end-table';
import { PathService } from './services/path-service';
import { TREND_DEFAULT_HOPS } from './services/trend-service';
import { ErrorCode, isAppError } from './errors';
import { buildSchema } from './graphql/schema';
import { useExplorer } from './http/use-explorer';
import { useExport } from './http/use-export';
import { useHealth } from './http/use-health';
import { codeRequestError, corsFor, useIntrospection, useLimits, useRequestGuard } from './security';

export interface ServerDeps extends Omit<AppServices, 'reach' | 'counters' | 'trendTable'> {
  /** The reachability index (one is made for the server when not given). */
  reach?: AccessIndex;
  /** The counting workers (a pool, one worker per core, is made when not given). */
  counters?: CountWorkers;
  /** The trends' month-end table (one is made, told of each snapshot the index loads, when not given). */
  trendTable?: MonthEndTable;
  /** How the database was provided (local, docker, external): shown by /healthz. */
  databaseMode: string;
  /** Extra plugins (tests, benchmarks). */
  plugins?: Plugin[];
}

/** The query GraphiQL opens with: one that answers on the curated dataset. */
const GRAPHIQL_DEFAULT_QUERY = `# Who can reach the Nvidia H100 on 2024-06-01, and how?
query {
  whoCanReach(chip: "nvidia-h100", asOf: "2024-06-01") {
    entities { entity { id name } listed restricted pathways }
  }
}
`;

/**
 * The month-end table of the trends' default question (no filter, the SDL's maxHops), told of
 * every snapshot the index loads. Slices of eight chips per worker: a trend asked while it counts
 * waits for the slice in progress (about 8 s at 100k); smaller slices cost more in all (each is a
 * new search on each worker).
 */
export function trendTableFor(
  config: Readonly<Config>,
  reach: AccessIndex,
  counters: CountWorkers,
  log?: Logger,
): MonthEndTable {
  const paths = new PathService(reach, pathLimits(config), counters);
  const table = new MonthEndTable(
    counters,
    (chipIds, dates) => paths.countsAsk(chipIds, dates, TREND_DEFAULT_HOPS, null, null),
    { ...config.trendTable, sliceChips: 8 * Math.max(1, counters.size), log },
  );
  reach.onLoad((snapshot) => table.schedule(snapshot));
  return table;
}

export type Server = YogaServerInstance<Record<string, unknown>, AppContext>;

/**
 * The yoga instance: GraphQL at /graphql plus the HTTP routes as plugins. Tests call
 * `server.fetch(...)` without opening a port; main.ts wraps it in node:http.
 */
export function createServer(given: ServerDeps): Server {
  const reach = given.reach ?? new AccessIndex(given.db, given.log);
  const counters = given.counters ?? new CountWorkers();
  const trendTable = given.trendTable ?? trendTableFor(given.config, reach, counters, given.log);
  const deps = { ...given, reach, counters, trendTable };
  const { config, log } = deps;
  const schema = buildSchema(config.rootDir);
  // Access wiring that is wrong stops the boot: a mutation without a role, a bad API_KEYS entry.
  checkPolicy(schema);
  const keyring = Keyring.fromConfig(config.auth.apiKeys);
  return createYoga<Record<string, unknown>, AppContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // GraphiQL bundled by @graphql-yoga/render-graphiql: its page carries every script and style
    // inline, so it works on a machine without internet (yoga's default loads them from a CDN).
    graphiql: config.graphiql ? { title: 'Chip access graph: GraphiQL', defaultQuery: GRAPHIQL_DEFAULT_QUERY } : false,
    renderGraphiQL,
    landingPage: false,
    // Limits (src/security, README "Security and limits"): one operation per request, no
    // multipart uploads, bodies capped here too for callers of yoga.fetch (node-handler caps
    // them before reading), CORS closed unless CORS_ORIGINS lists the origin.
    batching: false,
    multipart: false,
    maxRequestBodySize: config.http.maxBodyBytes,
    cors: corsFor(config.http.corsOrigins),
    logging: {
      debug: (...args) => log.debug({ args }, 'yoga'),
      info: (...args) => log.info({ args }, 'yoga'),
      warn: (...args) => log.warn({ args }, 'yoga'),
      error: (...args) => log.error({ args }, 'yoga'),
    },
    // The viewer comes from the request's API key (src/auth); useAuthorization checks its role.
    context: ({ request }) => createContext(deps, authenticate(request.headers, keyring)),
    maskedErrors: {
      maskError(error, message) {
        // The client's own mistakes (bad JSON, parse and variable errors, wrong method) keep their message.
        if (codeRequestError(error)) return error as Error;
        // A located app error carries the app error's extensions: kept as it is (with its path),
        // yoga does not log it as masked, so client mistakes do not fill the error log.
        if (isAppError(error)) return error as Error;
        const original = (error as GraphQLError).originalError ?? error;
        if (isAppError(original)) return original as GraphQLError;
        log.error({ err: original }, 'unexpected error');
        return createGraphQLError(message, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
      },
    },
    plugins: [
      useRequestGuard('/graphql'),
      ...useLimits(config.limits),
      useIntrospection(config.introspection),
      useHealth(deps.db, deps.databaseMode),
      useAuthorization({ readsRequireKey: config.auth.readsRequireKey }),
      useExplorer(config.rootDir),
      useExport(),
      ...(deps.plugins ?? []),
    ],
  });
}
