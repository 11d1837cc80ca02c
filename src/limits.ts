/**
 * Size bounds of what clients send: datasets and imports (seed/FORMAT.md), analysts' writes and
 * screening queries. A request or file beyond them is rejected, not truncated.
 */
export const LIMITS = {
  idLength: 120,
  nameLength: 300,
  stringLength: 500,
  textLength: 4000,
  excerptLength: 300,
  listLength: 100,
  records: 200000,
};
