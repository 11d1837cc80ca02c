import type { Config } from './config';
import type { Database } from './db/database';
import { createLoaders, type Loaders } from './loaders';
import { GraphRepository } from './repositories/graph-repository';
import type { AccessIndex } from './reach/access-index';
import { PathService, type PathLimits } from './services/path-service';
import { ScenarioService } from './services/scenario-service';
import { GraphService } from './services/graph-service';
import { RuleImpactService } from './services/rule-impact-service';
import { TimelineService } from './services/timeline-service';
import { TrendService } from './services/trend-service';
import type { CountWorkers } from './services/counting/count-workers';
import type { MonthEndTable } from './services/counting/month-end-table';
import { NeighborhoodRepository } from './repositories/neighborhood-repository';
import type { Logger } from './logger';

/** Who is asking: a principal and its role from an API key, or an anonymous reader. */
export interface Viewer {
  principal: string;
  role: 'reader' | 'analyst' | 'admin' | 'anonymous';
}

/** Long-lived services shared by every request. */
export interface AppServices {
  config: Readonly<Config>;
  db: Database;
  log: Logger;
  /** The reachability index every path question reads (src/reach/), one per server. */
  reach: AccessIndex;
  /** The worker threads that count over many dates and chips (trends), one per server. */
  counters: CountWorkers;
  /** The trends' counts at month ends, counted in the background for each version, one per server. */
  trendTable: MonthEndTable;
}

/** Per-request context: loaders are new for every request. */
export interface AppContext extends AppServices {
  repo: GraphRepository;
  loaders: Loaders;
  paths: PathService;
  scenarios: ScenarioService;
  graphs: GraphService;
  timelines: TimelineService;
  trends: TrendService;
  ruleImpacts: RuleImpactService;
  viewer: Viewer;
  /** The date "today" for defaults, fixed for the whole request. */
  today: string;
  /**
   * Whether resolvers that load nodes read their selection ahead and load the relationships it
   * asks for with the nodes (src/resolvers/lookahead.ts). Always on; tests and benchmarks turn
   * it off to compare with loading field by field.
   */
  lookahead: boolean;
}

/** The path services' limits from the configuration. */
export function pathLimits(config: Readonly<Config>): PathLimits {
  return {
    maxHops: config.limits.maxHops,
    maxPaths: config.limits.maxPaths,
    staleAfterMonths: config.limits.staleAfterMonths,
  };
}

export function createContext(services: AppServices, viewer: Viewer): AppContext {
  const repo = new GraphRepository(services.db);
  const paths = new PathService(services.reach, pathLimits(services.config), services.counters, services.trendTable);
  return {
    ...services,
    repo,
    loaders: createLoaders(repo),
    paths,
    scenarios: new ScenarioService(paths),
    timelines: new TimelineService(paths, services.config.limits.staleAfterMonths),
    trends: new TrendService(paths, services.config.limits.staleAfterMonths),
    ruleImpacts: new RuleImpactService(paths),
    graphs: new GraphService(new NeighborhoodRepository(services.db)),
    viewer,
    today: new Date().toISOString().slice(0, 10),
    lookahead: true,
  };
}
