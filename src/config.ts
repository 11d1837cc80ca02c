import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of the environment. Everything is validated once, at boot; a bad value stops
 * the process with a message that names the variable. The result is frozen.
 */

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().min(0);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j:// or bolt:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_TX_TIMEOUT_MS: positiveInt.default(15000),
  NEO4J_MAX_POOL_SIZE: positiveInt.default(50),

  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_LOCAL_DATA: z.string().min(1).default('.neo4j/dev'),
  NEO4J_LOCAL_HEAP_MB: positiveInt.default(4096),
  NEO4J_LOCAL_PAGECACHE_MB: positiveInt.default(512),
  NEO4J_USE_DOCKER: bool.default('true'),
  CACHE_DIR: z.string().min(1).optional(),
  XDG_CACHE_HOME: z.string().min(1).optional(),
  HOME: z.string().min(1).optional(),

  SEED_ON_START: bool.default('true'),
  GRAPHIQL: bool.optional(),
  INTROSPECTION: bool.optional(),
  READS_REQUIRE_KEY: bool.default('false'),
  API_KEYS: z.string().default(''),
  CORS_ORIGINS: z.string().default(''),
  MAX_HOPS: positiveInt.max(8).default(6),
  MAX_PATHS: positiveInt.max(100000).default(1000),
  MAX_PAGE_SIZE: positiveInt.max(1000).default(100),
  STALE_AFTER_MONTHS: positiveInt.max(600).default(24),
  // At most 192 months (six chunks of 32 dates: the counting setups a snapshot keeps, dated-counts.ts).
  TREND_TABLE_MONTHS: nonNegativeInt.max(192).default(120),
  TREND_TABLE_DELAY_MS: nonNegativeInt.max(24 * 3600 * 1000).default(5000),
  MAX_BODY_BYTES: positiveInt.default(5 * 1024 * 1024),
  MAX_DEPTH: positiveInt.default(12),
  MAX_ALIASES: positiveInt.default(30),
  MAX_TOKENS: positiveInt.default(5000),
  MAX_COST: positiveInt.default(100000),
  MAX_DIRECTIVES: positiveInt.default(20),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  rootDir: string;
  /**
   * Results that depend only on the project's files and the machine, kept between runs and
   * clones: the Maven classpath, the compiled launcher, the Cypher files already checked.
   */
  cacheDir: string;
  http: { host: string; port: number; maxBodyBytes: number; corsOrigins: string[] };
  log: { level: Env['LOG_LEVEL'] };
  neo4j: {
    /** Set when an external server (Aura, a cluster, docker compose) is to be used. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    txTimeoutMs: number;
    maxPoolSize: number;
    useDocker: boolean;
    local: { port: number; dataDir: string; heapMb: number; pageCacheMb: number };
  };
  seedOnStart: boolean;
  graphiql: boolean;
  introspection: boolean;
  auth: { readsRequireKey: boolean; apiKeys: string };
  limits: {
    maxHops: number;
    maxPaths: number;
    maxPageSize: number;
    /** Months after which open-ended evidence is stale (STALE_AFTER_MONTHS). */
    staleAfterMonths: number;
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxCost: number;
    maxDirectives: number;
  };
  /** The trends' month-end table (src/services/counting/month-end-table.ts). */
  trendTable: {
    /** Month ends it holds, to the end of the current year (TREND_TABLE_MONTHS; 0: none). */
    months: number;
    /** How long a version stays loaded before its table is counted (TREND_TABLE_DELAY_MS). */
    delayMs: number;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The folder holding package.json, found from this file whether run from src/ or dist/src/. */
export function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i += 1) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new ConfigError('cannot find the project root (package.json) above ' + __dirname);
}

/** CACHE_DIR, else the XDG cache folder, else ~/.cache, else .neo4j/cache in the project. */
function cacheDirOf(e: Env, rootDir: string): string {
  if (e.CACHE_DIR) return path.resolve(rootDir, e.CACHE_DIR);
  if (e.XDG_CACHE_HOME) return path.join(e.XDG_CACHE_HOME, 'chip-access-graph');
  if (e.HOME) return path.join(e.HOME, '.cache', 'chip-access-graph');
  return path.join(rootDir, '.neo4j', 'cache');
}

/** Reads and validates `source` (process.env by default); throws ConfigError naming each bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(defined);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const rootDir = projectRoot();
  const development = e.NODE_ENV !== 'production';
  return Object.freeze({
    env: e.NODE_ENV,
    rootDir,
    cacheDir: cacheDirOf(e, rootDir),
    http: {
      host: e.HOST,
      port: e.PORT,
      maxBodyBytes: e.MAX_BODY_BYTES,
      corsOrigins: e.CORS_ORIGINS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
    log: { level: e.LOG_LEVEL },
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      useDocker: e.NEO4J_USE_DOCKER,
      local: {
        port: e.NEO4J_LOCAL_PORT,
        dataDir: path.resolve(rootDir, e.NEO4J_LOCAL_DATA),
        heapMb: e.NEO4J_LOCAL_HEAP_MB,
        pageCacheMb: e.NEO4J_LOCAL_PAGECACHE_MB,
      },
    },
    seedOnStart: e.SEED_ON_START,
    graphiql: e.GRAPHIQL ?? development,
    introspection: e.INTROSPECTION ?? development,
    auth: { readsRequireKey: e.READS_REQUIRE_KEY, apiKeys: e.API_KEYS },
    limits: {
      maxHops: e.MAX_HOPS,
      maxPaths: e.MAX_PATHS,
      maxPageSize: e.MAX_PAGE_SIZE,
      staleAfterMonths: e.STALE_AFTER_MONTHS,
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_COST,
      maxDirectives: e.MAX_DIRECTIVES,
    },
    trendTable: { months: e.TREND_TABLE_MONTHS, delayMs: e.TREND_TABLE_DELAY_MS },
  });
}
