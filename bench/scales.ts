/** The scales a benchmark runs at, with the Neo4j memory each gets, and the command-line flags. */

export interface Scale {
  name: string;
  nodes: number;
  heapMb: number;
  pageCacheMb: number;
}

export const SCALES: Record<string, Scale> = {
  '10k': { name: '10k', nodes: 10000, heapMb: 2048, pageCacheMb: 1024 },
  '100k': { name: '100k', nodes: 100000, heapMb: 4096, pageCacheMb: 2048 },
  '1m': { name: '1m', nodes: 1000000, heapMb: 8192, pageCacheMb: 6144 },
};

/** The scale of that name; an unknown name throws with the names there are. */
export function scaleNamed(name: string): Scale {
  const scale = SCALES[name.trim().toLowerCase()];
  if (!scale) throw new Error(`--scale must be among ${Object.keys(SCALES).join(', ')}`);
  return scale;
}

/** The value after `flag` on the command line, if the flag is there. */
export function flagValue(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}
