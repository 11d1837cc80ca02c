import { createHash } from 'node:crypto';
import { LANG3, NO_URL } from '../export/ftm-conventions';
import { LIMITS } from '../limits';
import { all, clip, first, ftmDate } from './ftm';
import type { FtmEntity } from './ftm-model';
import type { Draft, FtmConversion } from './ftm-state';

/**
 * The sources of an FtM conversion: the Documents of the file (the graph's own exports carry
 * their sources this way), else one per (sourceUrl, publisher, datasets) of the facts, else the
 * file itself.
 */

/** The Source of a Document of the file. */
export function documentSource(d: FtmEntity, docIds: Map<string, string>): Draft {
  const id = docIds.get(d.id) as string;
  const title = first(d, 'title', 'name') ?? first(d, 'fileName') ?? id;
  const url = first(d, 'sourceUrl');
  const language = first(d, 'language');
  const draft: Draft = {
    id,
    publisher:
      clip(first(d, 'publisher') ?? d.datasets.join(', ') ?? 'Unknown publisher', LIMITS.nameLength) ||
      'Unknown publisher',
    title: clip(title, LIMITS.nameLength),
  };
  if (url) draft.url = url;
  const published = ftmDate(first(d, 'publishedAt', 'date', 'authoredAt')).date;
  if (published) draft.publishedAt = published;
  if (language && LANG3[language]) draft.language = LANG3[language];
  const note = first(d, 'summary');
  if (note) draft.note = clip(note, LIMITS.textLength);
  const excerpt = first(d, 'description');
  if (excerpt) draft.excerpt = clip(excerpt, LIMITS.excerptLength);
  // Why the source has no URL, when the document says (the graph's own exports do).
  const reason = all(d, 'notes').find((n) => n.startsWith(NO_URL));
  if (!url && reason) draft.noUrlReason = reason.slice(NO_URL.length);
  const covers = all(d, 'relatedEntities').map((r) => docIds.get(r) ?? r);
  if (covers.length > 0) draft.secondaryCoverageOf = covers;
  return draft;
}

/** A proof: a Document of the file or a Source of the graph. */
function proofSource(c: FtmConversion, e: FtmEntity, proof: string): string {
  const id = c.docIds.get(proof) ?? (c.existing.get(proof)?.includes('Source') ? proof : null);
  if (!id)
    c.problems.push({
      place: `line ${e.line}, proof`,
      message: `${proof} is neither a Document of the file nor a Source of the graph`,
    });
  return id ?? proof;
}

/**
 * The Source that stands for the file, for facts that say nothing of where they come from. Keyed
 * by the file's SHA-256, not its name: two different files (or two requests) never share a
 * source, and the same file imported again cites the same one.
 */
function fileSource(c: FtmConversion, e: FtmEntity): string {
  const id = `src-ftm-file-${c.fileDigest.slice(0, 16)}`;
  if (!c.sources.has(id)) {
    c.sources.set(id, {
      line: e.line,
      ftmId: c.fileName,
      draft: {
        id,
        publisher: 'Unattributed FollowTheMoney data',
        title: clip(`FollowTheMoney file ${c.fileName} (SHA-256 ${c.fileDigest.slice(0, 16)})`, LIMITS.nameLength),
        noUrlReason: 'the entities citing it give no sourceUrl, publisher or dataset: only the file is known',
        note: `The file's SHA-256: ${c.fileDigest}.`,
      },
    });
  }
  return id;
}

/** One Source per (sourceUrl, publisher, datasets). */
function datasetSource(c: FtmConversion, e: FtmEntity, url: string | null, publisher: string | null): string {
  const datasets = e.datasets;
  const hash = createHash('sha1')
    .update(JSON.stringify([url, publisher, [...datasets].sort()]))
    .digest('hex')
    .slice(0, 12);
  const id = `src-ftm-${hash}`;
  if (c.sources.has(id)) return id;
  const draft: Draft = {
    id,
    publisher: clip(
      publisher ??
        (datasets.length > 0 ? `FollowTheMoney dataset ${datasets.join(', ')}` : new URL(url as string).hostname),
      LIMITS.nameLength,
    ),
    title: clip(
      [publisher, datasets.length > 0 ? `dataset ${datasets.join(', ')}` : null, url].filter(Boolean).join(': '),
      LIMITS.nameLength,
    ),
  };
  if (url) draft.url = url;
  else draft.noUrlReason = 'the FtM entities citing it name a publisher or dataset but give no sourceUrl';
  c.sources.set(id, { draft, line: e.line, ftmId: url ?? publisher ?? datasets.join(',') });
  return id;
}

/** The sources of a party or a fact: its proofs, else its dataset's, else the file's. */
export function sourcesOf(c: FtmConversion, e: FtmEntity): string[] {
  const proofs = all(e, 'proof');
  // Read whatever the proofs are: proofs name the documents themselves and stand for these.
  const url = first(e, 'sourceUrl');
  const publisher = first(e, 'publisher');
  if (proofs.length > 0) return proofs.map((p) => proofSource(c, e, p));
  if (!url && !publisher && e.datasets.length === 0) return [fileSource(c, e)];
  return [datasetSource(c, e, url, publisher)];
}
