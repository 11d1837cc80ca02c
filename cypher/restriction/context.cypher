// The restriction context of the entities $ids, in one row (restriction/context.part.cypher).
WITH $ids AS ids
{{> restriction/context}}
RETURN regulations, upstream
