import fs from 'node:fs';
import path from 'node:path';

/**
 * Every curated Source resolves: a URL of the original where one is online, or a reason why
 * not; no placeholder titles; secondary coverage names the reports it relays.
 */
type Source = Record<string, unknown> & { id: string; publisher: string; title: string };

const curated = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../seed/curated.json'), 'utf8')) as {
  sources: Source[];
};

/** Every problem of a list of sources, as `id: message`. */
export function sourceProblems(sources: Source[]): string[] {
  const ids = new Set(sources.map((s) => s.id));
  const problems: string[] = [];
  for (const s of sources) {
    const url = typeof s.url === 'string' ? s.url : null;
    const reason = typeof s.noUrlReason === 'string' ? s.noUrlReason.trim() : '';
    if (!url && reason.length < 30) problems.push(`${s.id}: needs a url, or a noUrlReason that says why there is none`);
    if (url && reason) problems.push(`${s.id}: has a url and a noUrlReason`);
    if (url && !/^https:\/\/[^\s]+$/.test(url)) problems.push(`${s.id}: url must be https`);
    if (/^\s*\[|\]\s*$|placeholder|untitled|^tbd$/i.test(s.title)) problems.push(`${s.id}: placeholder title`);
    const covers = Array.isArray(s.secondaryCoverageOf) ? (s.secondaryCoverageOf as string[]) : [];
    if (s.language === 'fr' && covers.length === 0)
      problems.push(`${s.id}: French coverage must name the reports it relays (secondaryCoverageOf)`);
    for (const c of covers) {
      if (!ids.has(c)) problems.push(`${s.id}: secondaryCoverageOf ${c} is not a source`);
      else if (c === s.id) problems.push(`${s.id}: covers itself`);
    }
    // Originals that are online: their address, where it is on the publisher's own site.
    if (/SEC Form/.test(s.publisher) && url && !url.includes('sec.gov/Archives/edgar/data/'))
      problems.push(`${s.id}: an SEC filing's url is its EDGAR address`);
    if (/^Federal Register/.test(s.publisher) && url && !url.startsWith('https://www.federalregister.gov/'))
      problems.push(`${s.id}: a Federal Register document's url is on federalregister.gov`);
    if (/^Reuters$/.test(s.publisher) && url && !url.startsWith('https://www.reuters.com/'))
      problems.push(`${s.id}: a Reuters report's url is on reuters.com`);
  }
  return problems;
}

describe('curated sources', () => {
  it('each has a URL or says why not, a real title, and secondary coverage names its originals', () => {
    expect(sourceProblems(curated.sources)).toEqual([]);
  });

  it('the originals the dataset leans on are linked', () => {
    const url = (id: string) => curated.sources.find((s) => s.id === id)?.url;
    expect(url('src-arxiv-2412-19437-deepseek-v3')).toBe('https://arxiv.org/abs/2412.19437');
    for (const id of [
      'src-reuters-2024-08-23-cloud',
      'src-reuters-2024-01-15-military',
      'src-reuters-2022-08-31-nvidia-amd',
      'src-ft-2023-cloud-rental',
      'src-nvidia-8k-2022-08-31',
      'src-nvidia-8k-2023-10-17',
      'src-nvidia-8k-2025-04-15',
      'src-amd-10q-2025',
      'src-fr-84fr22961',
      'src-fr-88fr73458',
      'src-fr-90fr47201',
    ])
      expect(url(id)).toMatch(/^https:\/\//);
    const french = curated.sources.filter((s) => s.language === 'fr');
    expect(french).toHaveLength(5);
    expect(new Set(french.flatMap((s) => s.secondaryCoverageOf as string[]))).toEqual(
      new Set(['src-reuters-2024-08-23-cloud', 'src-ft-2023-cloud-rental', 'src-wsj-2024-offshore-gpu']),
    );
  });

  it('fails on a source without URL or reason, a placeholder title, or dangling coverage', () => {
    const bad: Source[] = [
      { id: 'src-a', publisher: 'Reuters', title: 'A report' },
      {
        id: 'src-b',
        publisher: 'X',
        title: '[Report on something]',
        noUrlReason: 'not online, only a printed copy exists',
      },
      { id: 'src-c', publisher: 'Y', title: 'Couverture', language: 'fr', url: 'https://example.org/c' },
      {
        id: 'src-d',
        publisher: 'Z',
        title: 'Relay',
        url: 'https://example.org/d',
        secondaryCoverageOf: ['src-missing'],
      },
    ];
    expect(sourceProblems(bad)).toEqual([
      'src-a: needs a url, or a noUrlReason that says why there is none',
      'src-b: placeholder title',
      'src-c: French coverage must name the reports it relays (secondaryCoverageOf)',
      'src-d: secondaryCoverageOf src-missing is not a source',
    ]);
  });
});
