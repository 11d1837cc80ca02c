import { importDocument } from '../../src/import/apply';
import { createTestApp, type TestApp } from '../support/app';

/**
 * The relationship upsert must find an existing relationship through an index or between its
 * two endpoints, never by scanning every relationship: a scan per row makes a bulk import
 * quadratic (bench/ measured a 50,000-relationship document timing out). Checked on the plan,
 * not on a duration, and on an empty graph, where the statistics make a scan look free.
 */
let app: TestApp;

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType, ...plan.children.flatMap(operators)];
}

beforeAll(async () => {
  app = await createTestApp();
  await app.reset();
});
afterAll(async () => {
  await app.close();
});

it('plans import/upsert-relationships without a scan of every relationship', async () => {
  const session = app.driver.session();
  try {
    const result = await session.run(`EXPLAIN ${app.db.cypher.get('import/upsert-relationships')}`, {
      rows: [],
      principal: 'test',
    });
    const ops = operators(result.summary.plan as unknown as PlanNode);
    expect(ops.some((op) => /AllRelationshipsScan|RelationshipTypeScan/.test(op))).toBe(false);
    expect(ops.some((op) => op.startsWith('DirectedRelationshipUniqueIndexSeek'))).toBe(true);
  } finally {
    await session.close();
  }
});

it('plans import/create-relationships as index seeks of the endpoints, without a scan or an Eager', async () => {
  const session = app.driver.session();
  try {
    const result = await session.run(`EXPLAIN ${app.db.cypher.get('import/create-relationships')}`, {
      rows: {},
      principal: 'test',
      importId: 'plan',
    });
    const ops = operators(result.summary.plan as unknown as PlanNode);
    expect(ops.some((op) => /AllNodesScan|NodeByLabelScan|AllRelationshipsScan|RelationshipTypeScan/.test(op))).toBe(
      false,
    );
    expect(ops.some((op) => /^Eager(@|$)/.test(op))).toBe(false);
    // Two endpoint lookups per type through the unique Node id index.
    expect(ops.filter((op) => op.startsWith('NodeUniqueIndexSeek')).length).toBe(24);
    expect(ops.filter((op) => op.startsWith('Create')).length).toBe(12);
  } finally {
    await session.close();
  }
});

it('reads existing relationships through the id index of every type, without a scan', async () => {
  const session = app.driver.session();
  try {
    const result = await session.run(`EXPLAIN ${app.db.cypher.get('relationships/get-by-ids')}`, { ids: [] });
    const ops = operators(result.summary.plan as unknown as PlanNode);
    expect(ops.some((op) => /AllRelationshipsScan|RelationshipTypeScan|NodeByLabelScan/.test(op))).toBe(false);
    expect(ops.filter((op) => /RelationshipUniqueIndexSeek/.test(op)).length).toBe(12);
  } finally {
    await session.close();
  }
});

it('still creates, then updates, a relationship of each type it is given', async () => {
  const doc = (share: number) => ({
    format: 'chip-access-graph/v1',
    sources: [{ id: 'src-plan', publisher: 'Test', title: 'Plan test' }],
    nodes: [
      { id: 'plan-parent', label: 'Entity', name: 'Parent', sources: ['src-plan'] },
      { id: 'plan-child', label: 'Entity', name: 'Child', sources: ['src-plan'] },
      { id: 'plan-chip', label: 'Chip', name: 'Chip', sources: ['src-plan'] },
    ],
    relationships: [
      {
        id: 'plan-owns',
        type: 'OWNS',
        from: 'plan-parent',
        to: 'plan-child',
        share,
        confidence: 'REPORTED',
        sources: ['src-plan'],
      },
      {
        id: 'plan-acquired',
        type: 'ACQUIRED',
        from: 'plan-child',
        to: 'plan-chip',
        quantity: 8,
        confidence: 'REPORTED',
        sources: ['src-plan'],
      },
    ],
  });
  const first = await importDocument(app.db, doc(0.6), { principal: 'test' });
  expect(first.created.relationships).toBe(2);
  const second = await importDocument(app.db, doc(0.7), { principal: 'test' });
  expect(second.updated.relationships).toBe(1);
  expect(second.unchanged.relationships).toBe(1);
  const session = app.driver.session();
  try {
    const result = await session.run(
      'MATCH ()-[r:OWNS {id: "plan-owns"}]->() RETURN count(r) AS n, max(r.share) AS share',
    );
    expect(Number(result.records[0]?.get('n'))).toBe(1);
    expect(result.records[0]?.get('share')).toBe(0.7);
  } finally {
    await session.close();
  }
});
