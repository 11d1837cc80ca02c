import type { AccessPath, GraphNode, RelRecord } from './types';
import { ACCESS_TYPES, type RentalServiceKind, type StepDirection } from './vocabulary';

/** One step with its endpoints in path order (nodes[i] to nodes[i+1]). */
export interface Step {
  index: number;
  type: string;
  rel: RelRecord;
  from: GraphNode;
  to: GraphNode;
  direction: StepDirection;
}

const GROUP_TYPES = new Set(['OWNS', 'CONTROLS']);

/** The direction of a step whose relationship joins `from` and `to` (in path order). */
export function directionOf(rel: RelRecord, from: GraphNode): StepDirection {
  if (!GROUP_TYPES.has(rel.type)) return 'ALONG';
  return rel.fromId === from.id ? 'DOWN' : 'UP';
}

/** The steps of a path, read by position. */
export function stepsOf(path: AccessPath): Step[] {
  const steps: Step[] = [];
  path.rels.forEach((rel, index) => {
    const from = path.nodes[index];
    const to = path.nodes[index + 1];
    if (from && to) steps.push({ index, type: rel.type, rel, from, to, direction: directionOf(rel, from) });
  });
  return steps;
}

/** What a relationship rents: its serviceKind for a RENTS_FROM (COMPUTE when none is recorded), null for other types. */
export function serviceKindOf(rel: Pick<RelRecord, 'type' | 'serviceKind'>): RentalServiceKind | null {
  if (rel.type !== 'RENTS_FROM') return null;
  return rel.serviceKind === 'MODEL' ? 'MODEL' : 'COMPUTE';
}

/**
 * Whether a relationship can be a step of an access path: one of ACCESS_TYPES, and not the
 * rental of a model service. Buying a hosted model's tokens gives no use of the chips behind it
 * (the provider runs the model; the customer runs nothing of its own on them), so a RENTS_FROM
 * of serviceKind MODEL opens no path, whatever hosts the provider has. The rental stays in the
 * graph, shown as a relationship with its sources. The reachability index (src/reach) keeps only
 * these steps, so every question (paths, whoCanReach, timelines, trends, scenarios, ruleImpact)
 * reads the same rule.
 */
export function isAccessStep(rel: Pick<RelRecord, 'type' | 'serviceKind'>): boolean {
  if (!(ACCESS_TYPES as readonly string[]).includes(rel.type)) return false;
  return serviceKindOf(rel) !== 'MODEL';
}
