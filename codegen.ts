import type { CodegenConfig } from '@graphql-codegen/cli';
import { SCALARS } from './src/graphql/scalars';

/**
 * Resolver types from the SDL (`npm run codegen`; CI fails when src/resolvers/generated.ts is not
 * what schema/*.graphql gives). Each GraphQL type that resolvers hand on as something other than
 * its own shape is mapped to that shape: resolvers are typed against what they really receive.
 */

// Mapper paths are relative to src/resolvers/, where the generated file is: the types are the
// resolvers' own (they name the resolvers' models), so they sit in the resolvers' layer.
const NODE = '../repositories/records#NodeRecord';
const RELATIONSHIP = '../domain#RelRecord';

const mappers: Record<string, string> = {
  // Stored nodes and relationships: the repositories' records.
  Node: NODE,
  Party: NODE,
  Entity: NODE,
  CloudProvider: NODE,
  DataCenter: NODE,
  Chip: NODE,
  Regulation: NODE,
  Source: NODE,
  Relationship: RELATIONSHIP,
  // A retraction is read from the retracted relationship's audit fields.
  Retraction: RELATIONSHIP,
  Holding: '../loaders#Holding as HoldingModel',
  // Paths and what the path service says about them.
  AccessPath: '../services/path-service#EvaluatedPath',
  PathStep: '../domain#Step',
  ChipLocation: '../domain#ChipLocation as ChipLocationModel',
  Acquisition: '../domain#Acquisition as AcquisitionModel',
  Restriction: '../services/path-service#Restriction as RestrictionModel',
  RestrictionReason: '../domain#RestrictionReason as RestrictionReasonModel',
  ReachableChip: '../services/path-service#ReachedChip',
  ReachingEntity: '../services/path-service#Reach',
  AffiliateCatch: '../domain#AffiliateCatch as AffiliateCatchModel',
  ScenarioResult: '../services/scenario-service#ScenarioAnswer',
  CutPath: '../services/scenario-service#ShownAccess',
  // Answers the resolvers put together (src/resolvers/models.ts), their fields resolved from them.
  OwnerShare: './models#OwnerShareModel',
  AccessPathConnection: './models#AccessPathPage',
  WhoCanReach: './models#WhoCanReachPage',
  EffectiveOwnership: './models#EffectiveOwnershipModel',
  // Timelines, trends (their shape in the domain) and what a rule did (src/services/timeline-service.ts and its neighbours).
  TimelineEvent: '../domain#TimelineEvent as TimelineEventModel',
  TimelinePeriod: './models#RoutePeriod',
  RouteTimeline: '../services/timeline-service#RouteTimeline as RouteTimelineModel',
  AccessTimeline: '../services/timeline-service#AccessTimeline as AccessTimelineModel',
  AccessTrends: '../domain#AccessTrends as AccessTrendsModel',
  RuleImpact: '../services/rule-impact-service#RuleImpact as RuleImpactModel',
  ImpactGroup: '../services/rule-impact-service#ImpactGroup as ImpactGroupModel',
  ImpactAccess: '../services/rule-impact-service#ImpactAccess as ImpactAccessModel',
  LaterClosure: '../services/rule-impact-service#LaterClosure as LaterClosureModel',
  // Graph views (src/graph/view.ts).
  Graph: '../graph/view#GraphView',
  GraphNode: '../graph/view#ViewNode',
  GraphEdge: '../graph/view#ViewEdge',
};

/** Each custom scalar as the TypeScript type graphql-scalars declares for it. */
const scalars = Object.fromEntries(
  Object.entries(SCALARS).map(([name, scalar]) => [name, String(scalar.extensions.codegenScalarType)]),
);

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/resolvers/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#AppContext',
        mappers,
        // graphql-scalars says Record<string, any> for JSONObject: its values are read as unknown here.
        scalars: { ...scalars, JSONObject: 'Record<string, unknown>' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
        // No index signature on the resolver maps (useIndexSignature): a resolver for a field the
        // SDL does not have is a type error, not only a failed boot.
      },
    },
  },
};

export default config;
