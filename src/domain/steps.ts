import type { AccessPath, GraphNode, GraphRel } from './types';
import type { StepDirection } from './vocabulary';

/** One step with its endpoints in path order (nodes[i] to nodes[i+1]). */
export interface Step {
  index: number;
  type: string;
  rel: GraphRel;
  from: GraphNode;
  to: GraphNode;
  direction: StepDirection;
}

const GROUP_TYPES = new Set(['OWNS', 'CONTROLS']);

/** The direction of a step whose relationship joins `from` and `to` (in path order). */
export function directionOf(rel: GraphRel, from: GraphNode): StepDirection {
  if (!GROUP_TYPES.has(rel.type)) return 'ALONG';
  return rel.from === from.id ? 'DOWN' : 'UP';
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
