/**
 * The fair-use note every export carries (README "Fair use"): the graph records what sources
 * report about access to restricted chips; it accuses no one.
 */
export const FAIR_USE_NOTICE =
  'chip-access-graph: appearing in this graph implies no wrongdoing. It records what the cited ' +
  'sources report about access to export-restricted AI chips; many of these accesses are lawful ' +
  '(cloud rental, purchases before a rule took effect). Each fact carries its sources and a ' +
  'confidence level (CONFIRMED, REPORTED, ALLEGED, DISPUTED) that says how sure it is; check the ' +
  'sources before relying on a fact.';
