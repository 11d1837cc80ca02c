import { dateKey, type RelInput } from '../../src/reach/access-graph';
import type { StepRules } from '../../src/reach/search';

/** An access relationship for AccessGraph: undated, confirmed, not retracted, unless `props` says otherwise. */
export function relInput(
  id: string,
  type: string,
  fromId: string,
  toId: string,
  props: Partial<RelInput> = {},
): RelInput {
  return {
    id,
    type,
    fromId,
    toId,
    startDate: null,
    endDate: null,
    date: null,
    retracted: false,
    confidence: 'CONFIRMED',
    share: null,
    lastEvidence: null,
    ...props,
  };
}

/** The step rules of a question at `asOf` with no filter: every type, 6 hops, climbing. */
export function stepRulesAt(asOf: string): StepRules {
  return {
    asOf: dateKey(asOf),
    maxHops: 6,
    typeMask: 0x7f,
    includeRetracted: false,
    weakestConfidence: 3,
    freshSince: null,
    climb: true,
  };
}
