// Every access relationship, with what the path rules read: its dates, whether it is
// retracted, its confidence and share, its sources (for the age of its evidence), an analyst's
// lastConfirmed date and, for a rental, what is rented (a model service is no access step:
// src/domain/steps.ts). Retracted ones are kept: a query may ask for them. A step to or from a
// retracted node counts as retracted: the node drops out of every path, including through
// relationships written after its retraction (restoring the node brings them back).
MATCH (a)-[r:OWNS|CONTROLS|PROCURES_FROM|RENTS_FROM|OPERATES|HOSTS|ACQUIRED]->(b)
RETURN a.id AS fromId, b.id AS toId, r.id AS id, type(r) AS type, r.startDate AS startDate,
       r.endDate AS endDate, r.date AS date,
       (r.retracted = true OR a.retracted = true OR b.retracted = true) AS retracted,
       r.confidence AS confidence, r.share AS share, r.sources AS sources, r.lastConfirmed AS lastConfirmed,
       r.serviceKind AS serviceKind
