// Creates relationships whose ids are not in the graph (the importer read, under its locks, that
// they are new): no per-row comparison and no MERGE, a plain CREATE per type. `$rows` maps each
// type (from the validated whitelist in src/domain/vocabulary.ts) to its rows: from, to, id and the
// fields as validated (dates as ISO text, made dates here: cheaper to send than date values; a
// missing or null field is not set). Endpoints were checked
// (origins locked) before this runs and are found through the unique Node id index. Audit
// fields: who, when (the transaction's time, the same as the import's ImportBatch node), and
// which import (createdIn). One static branch per type, each an UNWIND of its own rows, with the
// type's fields written out (REL_FIELDS; test/unit/import/statements.test.ts checks they match):
// a map set dynamically (SET r = row.props) would make the planner add an Eager.
WITH datetime.transaction() AS now
CALL (now) {
  UNWIND coalesce($rows.OWNS, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:OWNS {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed), share: row.share,
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS owns
}
CALL (now) {
  UNWIND coalesce($rows.CONTROLS, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:CONTROLS {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed), role: row.role,
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS controls
}
CALL (now) {
  UNWIND coalesce($rows.PROCURES_FROM, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:PROCURES_FROM {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed), role: row.role,
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS procures_from
}
CALL (now) {
  UNWIND coalesce($rows.RENTS_FROM, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:RENTS_FROM {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed), service: row.service, serviceKind: row.serviceKind, amount: row.amount, currency: row.currency,
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS rents_from
}
CALL (now) {
  UNWIND coalesce($rows.OPERATES, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:OPERATES {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed),
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS operates
}
CALL (now) {
  UNWIND coalesce($rows.HOSTS, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:HOSTS {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed), quantity: row.quantity,
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS hosts
}
CALL (now) {
  UNWIND coalesce($rows.ACQUIRED, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:ACQUIRED {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed), quantity: row.quantity, date: date(row.date),
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS acquired
}
CALL (now) {
  UNWIND coalesce($rows.FUNDS, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:FUNDS {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed), amount: row.amount, currency: row.currency,
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS funds
}
CALL (now) {
  UNWIND coalesce($rows.MANUFACTURES, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:MANUFACTURES {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed),
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS manufactures
}
CALL (now) {
  UNWIND coalesce($rows.DESIGNATED_UNDER, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:DESIGNATED_UNDER {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed), citation: row.citation,
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS designated_under
}
CALL (now) {
  UNWIND coalesce($rows.RESTRICTS, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:RESTRICTS {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed),
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS restricts
}
CALL (now) {
  UNWIND coalesce($rows.SUPERSEDES, []) AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:SUPERSEDES {
    id: row.id, confidence: row.confidence, sources: row.sources, startDate: date(row.startDate), endDate: date(row.endDate), note: row.note, lastConfirmed: date(row.lastConfirmed),
    createdAt: now, createdBy: $principal, createdIn: $importId
  }]->(b)
  RETURN count(r) AS supersedes
}
RETURN owns + controls + procures_from + rents_from + operates + hosts + acquired + funds + manufactures + designated_under + restricts + supersedes AS written
