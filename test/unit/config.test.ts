import { loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('gives defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.limits.maxHops).toBe(6);
    expect(config.graphiql).toBe(true);
  });

  it('turns GraphiQL and introspection off in production unless asked', () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    expect(config.graphiql).toBe(false);
    expect(config.introspection).toBe(false);
  });

  it('accepts neo4j:// routing URIs for clusters and Aura', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4j.uri).toBe(
      'neo4j+s://abc.databases.neo4j.io',
    );
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ MAX_HOPS: '50' })).toThrow(/MAX_HOPS/);
  });

  it('is frozen', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
  });
});
