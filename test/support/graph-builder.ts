/**
 * Builds small format-v1 documents for tests: terse node and relationship helpers with one
 * shared test source, so a test states only the facts it is about.
 */
type Props = Record<string, unknown>;

export class GraphBuilder {
  private readonly nodes: Props[] = [];
  private readonly relationships: Props[] = [];
  private counter = 0;

  entity(id: string, props: Props = {}): this {
    this.nodes.push({ id, label: 'Entity', name: id, country: 'CN', sources: ['src-test'], ...props });
    return this;
  }

  cloud(id: string, props: Props = {}): this {
    this.nodes.push({
      id,
      label: 'CloudProvider',
      name: id,
      country: 'US',
      headquarters: 'US',
      sources: ['src-test'],
      ...props,
    });
    return this;
  }

  dataCenter(id: string, country: string): this {
    this.nodes.push({ id, label: 'DataCenter', name: id, country, sources: ['src-test'] });
    return this;
  }

  chip(id: string): this {
    this.nodes.push({ id, label: 'Chip', name: id, sources: ['src-test'] });
    return this;
  }

  regulation(id: string, props: Props): this {
    this.nodes.push({ id, label: 'Regulation', name: id, sources: ['src-test'], ...props });
    return this;
  }

  rel(type: string, from: string, to: string, props: Props = {}): this {
    this.counter += 1;
    this.relationships.push({
      id: `r${this.counter}-${type.toLowerCase().replace(/_/g, '-')}`,
      type,
      from,
      to,
      confidence: 'CONFIRMED',
      sources: ['src-test'],
      ...props,
    });
    return this;
  }

  build(): Props {
    return {
      format: 'chip-access-graph/v1',
      sources: [{ id: 'src-test', publisher: 'Test', title: 'Hand-built test graph' }],
      nodes: this.nodes,
      relationships: this.relationships,
    };
  }
}
