// Waits until the indexes created at start are online (the full-text index is built in the background).
CALL db.awaitIndexes(60)
