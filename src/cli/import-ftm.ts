import type { FileImportReport } from '../import/file-import';

/**
 * The FollowTheMoney part of an import report, line by line: what each entity of the file
 * became (created, updated, unchanged), the parties matched in the graph and on what, those to
 * review with their candidates, the entities skipped, and the warnings.
 */
export function formatFtmSummary(r: FileImportReport): string[] {
  const s = r.ftm;
  if (!s) return [];
  const out = [
    `FollowTheMoney: ${s.entities} entities, ${s.records.length} records, ${s.skipped.length} skipped, ${s.toReview.length} to review`,
  ];
  const outcome = new Map<string, string>();
  if (r.ok && r.ids) {
    for (const id of r.ids.created) outcome.set(id, r.dryRun ? 'would create' : 'created');
    for (const id of r.ids.updated) outcome.set(id, r.dryRun ? 'would update' : 'updated');
    for (const id of r.ids.unchanged) outcome.set(id, 'unchanged');
  }
  const matched = new Map(s.matched.map((m) => [`${m.line}|${m.id}`, m.on]));
  const seen = new Set<string>();
  for (const rec of [...s.records].sort((a, b) => a.line - b.line)) {
    // A party merged into another record of the file appears once, on its first line.
    if (seen.has(`${rec.kind}|${rec.id}`)) continue;
    seen.add(`${rec.kind}|${rec.id}`);
    const on = matched.get(`${rec.line}|${rec.id}`);
    const what = outcome.get(rec.id) ?? (r.ok ? '' : 'not written');
    out.push(
      `  line ${String(rec.line).padEnd(5)} ${what.padEnd(12)} ${rec.kind} ${rec.id}${rec.ftmId !== rec.id ? ` (FtM ${rec.ftmId})` : ''}${on ? `, matched by ${on}` : ''}`,
    );
  }
  for (const m of s.matched) {
    if (!s.records.some((rec) => rec.line === m.line))
      out.push(`  line ${String(m.line).padEnd(5)} ${'merged'.padEnd(12)} ${m.ftmId} -> ${m.id}, matched by ${m.on}`);
  }
  for (const t of s.toReview) {
    const candidates = t.candidates.map((c) => `${c.id} ${c.score} (${c.features.join(', ')})`).join('; ');
    out.push(
      `  line ${String(t.line).padEnd(5)} ${'to review'.padEnd(12)} ${t.id}: created apart, look-alikes: ${candidates}`,
    );
  }
  for (const k of s.skipped) out.push(`  line ${String(k.line).padEnd(5)} ${'skipped'.padEnd(12)} ${k.schema} ${k.id}`);
  for (const w of s.warnings) out.push(`  warning  ${w.place}: ${w.message}`);
  return out;
}
