// Applied at every start; each statement is idempotent (IF NOT EXISTS).
// Every domain node also carries the Node label: ids are global (the API resolves node(id) for any kind).
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
// Unique ids per label. CloudProvider nodes are also Entity nodes, so the Entity constraint covers them.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT data_center_id IF NOT EXISTS FOR (n:DataCenter) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chip_id IF NOT EXISTS FOR (n:Chip) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT regulation_id IF NOT EXISTS FOR (n:Regulation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (n:Revision) REQUIRE n.id IS UNIQUE;
// The graph's version (cypher/reach/): one node, found through this index on every path question.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
// Relationship ids are unique per type (relationship uniqueness constraints, Neo4j 5.7+).
CREATE CONSTRAINT owns_id IF NOT EXISTS FOR ()-[r:OWNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT controls_id IF NOT EXISTS FOR ()-[r:CONTROLS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT procures_from_id IF NOT EXISTS FOR ()-[r:PROCURES_FROM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rents_from_id IF NOT EXISTS FOR ()-[r:RENTS_FROM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT operates_id IF NOT EXISTS FOR ()-[r:OPERATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT hosts_id IF NOT EXISTS FOR ()-[r:HOSTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT acquired_id IF NOT EXISTS FOR ()-[r:ACQUIRED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT funds_id IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT manufactures_id IF NOT EXISTS FOR ()-[r:MANUFACTURES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT designated_under_id IF NOT EXISTS FOR ()-[r:DESIGNATED_UNDER]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT restricts_id IF NOT EXISTS FOR ()-[r:RESTRICTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT supersedes_id IF NOT EXISTS FOR ()-[r:SUPERSEDES]-() REQUIRE r.id IS UNIQUE;
// Lookups used by list filters.
CREATE INDEX entity_country IF NOT EXISTS FOR (n:Entity) ON (n.country);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX revision_target IF NOT EXISTS FOR (n:Revision) ON (n.targetId);
// Full-text search over names and aliases (aliases are a list of strings).
CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Entity|DataCenter|Chip|Regulation) ON EACH [n.name, n.aliases];
// One node per written import (cypher/import/create-batch.cypher); records it created name it in createdIn.
CREATE CONSTRAINT import_batch_id IF NOT EXISTS FOR (n:ImportBatch) REQUIRE n.id IS UNIQUE;
// "Not the same" decisions of the matcher, one per (match key, entity).
CREATE CONSTRAINT match_decision_id IF NOT EXISTS FOR (n:MatchDecision) REQUIRE n.id IS UNIQUE;
CREATE INDEX match_decision_key IF NOT EXISTS FOR (n:MatchDecision) ON (n.key);
