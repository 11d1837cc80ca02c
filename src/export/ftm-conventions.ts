import { CONFIDENCE_LEVELS, type Confidence } from '../domain';

/**
 * How the graph writes FollowTheMoney where FtM has no field of its own (src/export/ftm.ts), and
 * so what the FtM import reads back (src/import/ftm-*.ts): an export imported again gives the same
 * records.
 */

/** The id of the notice every FtM export starts with; skipped on import. */
export const FTM_NOTICE_ID = 'chip-access-graph-notice';
/** The `sector` an exported cloud provider carries (the graph's CloudProvider label). */
export const CLOUD_SECTOR = 'cloud computing provider';
/** How an exported Document says why its source has no URL (in `notes`). */
export const NO_URL = 'No URL: ';
/** The authority an exported designation names (the graph's listings are Entity List actions). */
export const LISTING_AUTHORITY = 'US Department of Commerce, Bureau of Industry and Security';

const CONFIDENCE = new RegExp(`(?:^|\\b)confidence:\\s*(${CONFIDENCE_LEVELS.join('|')})\\b`);

/** How an exported fact states its confidence, in its `description`. */
export const confidenceNote = (level: string): string => `confidence: ${level}`;

/** The confidence a description states (confidenceNote), or null. */
export function confidenceIn(description: string): Confidence | null {
  const m = CONFIDENCE.exec(description);
  return m ? (m[1] as Confidence) : null;
}

/** FtM's ISO 639-3 language codes for the languages of the dataset, and back. */
export const LANG3: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  fre: 'fr',
  zho: 'zh',
  chi: 'zh',
  rus: 'ru',
  deu: 'de',
  ger: 'de',
  spa: 'es',
  jpn: 'ja',
  kor: 'ko',
  ara: 'ar',
  ukr: 'uk',
  nld: 'nl',
  ita: 'it',
  por: 'pt',
};
export const LANG2: Record<string, string> = Object.fromEntries(
  Object.entries(LANG3)
    .filter(([k]) => !['fre', 'chi', 'ger'].includes(k))
    .map(([k, v]) => [v, k]),
);
