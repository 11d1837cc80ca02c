import * as access from './access-graph';
import type { AccessGraph } from './access-graph';
import * as moveCodes from './moves';
import { movesOf, type GraphMoves, type Moves } from './moves';
import { SUFFIX } from './search';
import { SURENESS_RANK, SURENESS_STEP } from './sureness';

// Module-local copies of the graph's codes, as in search.ts (read in the hot loops).
const { CLOUD, DATA_CENTER, ENTITY } = access;
const HOSTS = access.T.HOSTS;
const ACQUIRED = access.T.ACQUIRED;
const { HOST: H, PROCURE: P, DOWN: D, CLIMB1: C1, CLIMB2: C2, STATES } = SUFFIX;
const RANK = SURENESS_RANK;
const STEP = SURENESS_STEP;
const { INFO_ACQUIRED, INFO_PROCURES, STEP_INTERMEDIARY, STEP_RENTAL, STEP_SUBSIDIARY } = moveCodes;

/** The suffix is a run of PROCURES_FROM steps ending with ACQUIRED: its first node receives the chips. */
const RUN = 8;
/** The most dates one search serves: one bit per date in a 32-bit mask. */
export const MAX_DATES = 32;

// A key's record: eight 32-bit fields side by side, so that a key is read from one cache line
// (the search visits keys in no order the memory could follow).
const STRIDE = 8;
const REACHED = 0; // the dates at which the key has been reached, by earlier levels
const CUR = 1; // the dates reached at the level being built
const META = 2; // UNI, TUNI, and the per-key level, code, steps and buy (packed below)
const VIA = 3; // the best step: relationship * 8 + (state after it + 1; 0 at the chip)
const BLOCK = 4; // the key's block in the per-date pool, -1 when it has none
const EVIDENCE = 5;
const LAST = 6;
const RECEIVER = 7;
// A per-date entry of the pool: the same values for one date.
const ENTRY = 5;
const E_META = 0;
const E_VIA = 1;
const E_EVIDENCE = 2;
const E_LAST = 3;
const E_RECEIVER = 4;
// META bits. UNI: one best step for every date of the key (its record holds it); TUNI: one set
// of suffix traits for every date (its record holds them). The rest are in both META and E_META.
const UNI = 1;
const TUNI = 2;
const LEVEL_SHIFT = 2;
const CODE_SHIFT = 8;
const STEPS_SHIFT = 16;
const BUY_SHIFT = 20;
const VALUE_BITS = (0xf << LEVEL_SHIFT) | (0xff << CODE_SHIFT);
const TRAIT_BITS = (0xf << STEPS_SHIFT) | (0xff << BUY_SHIFT);

const levelOf = (meta: number) => (meta >> LEVEL_SHIFT) & 0xf;
const codeOf = (meta: number) => (meta >> CODE_SHIFT) & 0xff;
const stepsOf = (meta: number) => (meta >> STEPS_SHIFT) & 0xf;
const buyOf = (meta: number) => (meta >>> BUY_SHIFT) & 0xff;

/**
 * Who reaches a chip at each of up to 32 dates, in one backward search: reachersOf's search
 * (the same grammar, the same best suffix: shortest, surest, then first in id order) run for
 * every date at once. Each (node, state) carries the dates at which it has been reached as a
 * bit mask, and a step passes on the dates at which it is usable, so the graph is read once per
 * level for all the dates instead of once per date.
 *
 * A (node, state) reached at every one of its dates at the same level, by the same best step,
 * keeps one value for all of them (most do: the graph changes little from one date to the
 * next); the others get a block of per-date values. The suffix traits that bestPathTraits
 * works out (the pathways of its steps, its oldest open-ended evidence, its last step, the
 * receiver of its purchase) are kept the same way.
 *
 * One instance serves many chips in turn (its arrays are reused); `run` searches from one chip.
 */
export class DatedReachers {
  readonly dates: number;
  private readonly g: AccessGraph;
  private readonly moves: GraphMoves;
  private readonly rentUse: Uint32Array;
  private readonly bodyUse: Uint32Array;
  private readonly climbUse: Uint32Array;
  private readonly usable: Uint32Array;
  private readonly maxHops: number;
  private readonly climb: boolean;
  private readonly purchase: (receiver: number, lastRel: number) => number;
  private readonly rec: Int32Array;
  private pool = new Int32Array(0);
  private poolUsed = 0;
  /** The keys settled at the last level, in key order: (key, dates) pairs. */
  private readonly keys: Int32Array;
  /** The keys reached at the level being built, one bit each (read back in key order). */
  private readonly nextBits: Int32Array;
  private nextCount = 0;
  /** Every key the run in progress has settled, once each (when first settled). */
  private readonly settled: Int32Array;
  private settledCount = 0;
  /** Per node, the dates at which it has been found to reach the chip (and told of). */
  private readonly nodeDates: Int32Array;
  /** What the run in progress tells of each origin it finds. */
  private visit: OriginVisit = () => {};

  /**
   * @param usable per relationship, the dates (bit i for date i) at which a search may step on it
   * @param purchase a code (0..255) for the purchase of a suffix whose receiver and last step
   *   are given, kept with the suffix and read back by `buyAt`
   */
  constructor(
    g: AccessGraph,
    dates: number,
    usable: Uint32Array,
    rules: { maxHops: number; climb: boolean },
    purchase: (receiver: number, lastRel: number) => number,
  ) {
    if (dates < 1 || dates > MAX_DATES) throw new RangeError(`dates must be 1..${MAX_DATES}`);
    if (g.relCount * 8 >= 2 ** 31) throw new RangeError('too many relationships for the dated search');
    this.g = g;
    this.dates = dates;
    this.usable = usable;
    this.maxHops = rules.maxHops;
    this.climb = rules.climb;
    this.purchase = purchase;
    this.moves = movesOf(g);
    const useOf = (m: Moves) => Uint32Array.from(m.rel, (r) => usable[r] as number);
    this.rentUse = useOf(this.moves.rent);
    this.bodyUse = useOf(this.moves.body);
    this.climbUse = useOf(this.moves.climb);
    const size = g.nodeCount * STATES;
    this.rec = new Int32Array(size * STRIDE);
    this.keys = new Int32Array(2 * size);
    this.settled = new Int32Array(size);
    this.nextBits = new Int32Array((size >> 5) + 1);
    this.nodeDates = new Int32Array(g.nodeCount);
    this.pool = new Int32Array(Math.max(1024, g.nodeCount >> 2) * dates * ENTRY);
  }

  /**
   * Searches backwards from `chip`, telling `visit` of each entity that reaches it as the
   * search finds it, at the dates it is found at (see OriginVisit); the accessors read the keys
   * it is given, then and after the run.
   */
  run(chip: number, visit: OriginVisit = () => {}): void {
    const g = this.g;
    const rec = this.rec;
    // Only the keys the last run settled were written (every key offered is settled).
    const settled = this.settled;
    for (let x = 0; x < this.settledCount; x += 1) {
      const at = (settled[x] as number) * STRIDE;
      rec[at + REACHED] = 0;
      rec[at + CUR] = 0;
    }
    this.settledCount = 0;
    this.nodeDates.fill(0);
    this.poolUsed = 0;
    this.nextCount = 0;
    this.visit = visit;
    const usable = this.usable;
    const { info: infoOf, evidence: evidenceOf } = this.moves;
    for (let j = g.in.start[chip] as number, end = g.in.start[chip + 1] as number; j < end; j += 1) {
      const r = g.in.rels[j] as number;
      const m = usable[r] as number;
      if (m === 0) continue;
      const u = g.from[r] as number;
      const flags = g.flags[u] as number;
      const step = STEP[g.confidence[r] as number] as number;
      const info = infoOf[r] as number;
      const evidence = evidenceOf[r] as number;
      if (g.type[r] === HOSTS && flags & (CLOUD | DATA_CENTER | ENTITY)) {
        this.offer(u, H, m, r, step, info, evidence, -1);
        if (flags & ENTITY) this.offer(u, P, m, r, step, info, evidence, -1);
      } else if (g.type[r] === ACQUIRED && flags & ENTITY) {
        this.offer(u, P, m, r, step, info, evidence, -1);
      }
    }
    for (let level = 1; this.nextCount > 0; level += 1) {
      const count = this.finishLevel(level);
      if (level >= this.maxHops) break;
      this.extend(count);
    }
    this.visit = () => {};
  }

  /**
   * How many (node, state) keys the last run reached, and how many of them hold one best step
   * (and one set of traits) for every date they were reached at: what the bench reports of the
   * search (bench/time-check.ts --search-stats).
   */
  keysHeldOnce(): { reached: number; oneBest: number; oneTraits: number } {
    const counts = { reached: 0, oneBest: 0, oneTraits: 0 };
    for (let at = 0; at < this.rec.length; at += STRIDE) {
      if ((this.rec[at + REACHED] as number) === 0) continue;
      const meta = this.rec[at + META] as number;
      counts.reached += 1;
      if (meta & UNI) counts.oneBest += 1;
      if (meta & TUNI) counts.oneTraits += 1;
    }
    return counts;
  }

  /** Whether key k holds one best step and one set of traits for every date it is reached at. */
  private holdsOnce(k: number): boolean {
    return ((this.rec[k * STRIDE + META] as number) & (UNI | TUNI)) === (UNI | TUNI);
  }

  levelAt(k: number, t: number): number {
    return levelOf(this.valueMeta(k, t));
  }

  /** The relationship of the first step of key k's best suffix at date t. */
  firstRelAt(k: number, t: number): number {
    const at = k * STRIDE;
    const via =
      (this.rec[at + META] as number) & UNI
        ? (this.rec[at + VIA] as number)
        : (this.pool[(this.rec[at + BLOCK] as number) + t * ENTRY + E_VIA] as number);
    return (via / 8) | 0;
  }

  /** STEP_* bits of the best suffix. */
  stepsAt(k: number, t: number): number {
    return stepsOf(this.traitMeta(k, t)) & ~RUN;
  }

  /** The oldest last evidence (yyyymmdd) of an open-ended step of the best suffix, NO_OPEN_EVIDENCE if none. */
  openEvidenceAt(k: number, t: number): number {
    return this.trait(k, t, EVIDENCE, E_EVIDENCE);
  }

  /** The relationship that reaches the chip (ACQUIRED or HOSTS). */
  lastRelAt(k: number, t: number): number {
    return this.trait(k, t, LAST, E_LAST);
  }

  /** The node the chips were bought for (receiverOf) or the host. */
  receiverAt(k: number, t: number): number {
    return this.trait(k, t, RECEIVER, E_RECEIVER);
  }

  /** The purchase code `purchase` gave for the receiver and the last step. */
  buyAt(k: number, t: number): number {
    return buyOf(this.traitMeta(k, t));
  }

  private valueMeta(k: number, t: number): number {
    const at = k * STRIDE;
    const meta = this.rec[at + META] as number;
    return meta & UNI ? meta : (this.pool[(this.rec[at + BLOCK] as number) + t * ENTRY + E_META] as number);
  }

  private traitMeta(k: number, t: number): number {
    const at = k * STRIDE;
    const meta = this.rec[at + META] as number;
    return meta & TUNI ? meta : (this.pool[(this.rec[at + BLOCK] as number) + t * ENTRY + E_META] as number);
  }

  private trait(k: number, t: number, field: number, entryField: number): number {
    const at = k * STRIDE;
    return (this.rec[at + META] as number) & TUNI
      ? (this.rec[at + field] as number)
      : (this.pool[(this.rec[at + BLOCK] as number) + t * ENTRY + entryField] as number);
  }

  /**
   * Offers (u, state) the dates `m` through step r from key `from` (-1: r reaches the chip),
   * whose info and evidence (GraphMoves') are `info` and `evidence`. The best step is kept per
   * date: the surest, then the least (r, state after it); with it, the traits of the suffix it
   * makes, worked out now, while `from` (settled at the level before) is at hand.
   */
  private offer(
    u: number,
    state: number,
    m: number,
    r: number,
    step: number,
    info: number,
    evidence: number,
    from: number,
  ): void {
    const rec = this.rec;
    const k = u * STATES + state;
    const at = k * STRIDE;
    const before = rec[at + REACHED] as number;
    const cand = m & ~before;
    if (cand === 0) return;
    const c = rec[at + CUR] as number;
    if (c === 0) {
      this.nextBits[k >> 5] = (this.nextBits[k >> 5] as number) | (1 << (k & 31));
      this.nextCount += 1;
    }
    const via = r * 8 + (from < 0 ? 0 : (from % STATES) + 1);
    const fromMeta = from < 0 ? UNI | TUNI : (rec[from * STRIDE + META] as number);
    // A source with per-date values still offers one value when its codes agree at these dates.
    const fromCode = fromMeta & UNI ? codeOf(fromMeta) : this.sameCode(from, cand);
    const fromUni = fromCode !== -1;
    const meta = rec[at + META] as number;
    if (fromUni) {
      const code = from < 0 ? step : step + fromCode;
      const fresh = before === 0 && c === 0;
      if (fresh || (before === 0 && meta & UNI && c === cand)) {
        if (!fresh && !better(code, via, codeOf(meta), rec[at + VIA] as number)) return;
        if (fresh) rec[at + BLOCK] = -1;
        rec[at + META] = UNI | (code << CODE_SHIFT);
        rec[at + VIA] = via;
        rec[at + CUR] = cand;
        this.offerTraits(k, u, state, r, info, evidence, from, fromMeta, cand);
        return;
      }
    }
    if (before === 0 && c === 0) {
      rec[at + META] = 0;
      rec[at + BLOCK] = -1;
    } else if (meta & UNI) {
      this.explode(k, before | c);
    }
    if ((rec[at + BLOCK] as number) === -1) this.allocate(k);
    rec[at + META] = (rec[at + META] as number) & ~(UNI | TUNI);
    rec[at + CUR] = c | cand;
    const pool = this.pool;
    const base = rec[at + BLOCK] as number;
    const fromBase = fromUni ? -1 : (rec[from * STRIDE + BLOCK] as number);
    const uniformCode = from < 0 ? step : fromUni ? step + fromCode : 0;
    const climbing = state === C1 || state === C2;
    let bits = cand;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const t = 31 - Math.clz32(low);
      const code = fromBase === -1 ? uniformCode : step + codeOf(pool[fromBase + t * ENTRY + E_META] as number);
      const i = base + t * ENTRY;
      if ((c & low) === 0 || better(code, via, codeOf(pool[i + E_META] as number), pool[i + E_VIA] as number)) {
        pool[i + E_VIA] = via;
        this.traitsOf(u, r, info, evidence, climbing, from, fromMeta & TUNI ? -1 : t);
        this.putEntry(i, code);
      }
    }
  }

  /**
   * The traits of key k's suffix whose first step is r from `from`, at the dates `dates` k has
   * just been given one best step for: one set in its record when they agree at every date
   * (TUNI), else one per date in its block.
   */
  private offerTraits(
    k: number,
    u: number,
    state: number,
    r: number,
    info: number,
    evidence: number,
    from: number,
    fromMeta: number,
    dates: number,
  ): void {
    const rec = this.rec;
    const at = k * STRIDE;
    const climbing = state === C1 || state === C2;
    if (fromMeta & TUNI || this.sameTraits(from, dates)) {
      this.traitsOf(u, r, info, evidence, climbing, from, fromMeta & TUNI ? -1 : 31 - Math.clz32(dates & -dates));
      rec[at + META] = (rec[at + META] as number) | TUNI | this.tMeta;
      rec[at + EVIDENCE] = this.tEvidence;
      rec[at + LAST] = this.tLast;
      rec[at + RECEIVER] = this.tReceiver;
      return;
    }
    if ((rec[at + BLOCK] as number) === -1) this.allocate(k);
    const base = rec[at + BLOCK] as number;
    for (let bits = dates; bits !== 0; bits &= bits - 1) {
      const t = 31 - Math.clz32(bits & -bits);
      this.traitsOf(u, r, info, evidence, climbing, from, t);
      this.putEntry(base + t * ENTRY, 0);
    }
  }

  /** Writes the traits just worked out (and a code) into the pool entry at i. */
  private putEntry(i: number, code: number): void {
    const pool = this.pool;
    pool[i + E_META] = this.tMeta | (code << CODE_SHIFT);
    pool[i + E_EVIDENCE] = this.tEvidence;
    pool[i + E_LAST] = this.tLast;
    pool[i + E_RECEIVER] = this.tReceiver;
  }

  /** The code key k's per-date values share at `dates`, -1 when they differ. */
  private sameCode(k: number, dates: number): number {
    const pool = this.pool;
    const base = this.rec[k * STRIDE + BLOCK] as number;
    let code = -1;
    for (let bits = dates; bits !== 0; bits &= bits - 1) {
      const c = codeOf(pool[base + (31 - Math.clz32(bits & -bits)) * ENTRY + E_META] as number);
      if (code === -1) code = c;
      else if (c !== code) return -1;
    }
    return code;
  }

  /**
   * Whether key k's per-date values at `dates` are one (the same code and best step), so that
   * it can hold them as one again.
   */
  private sameValue(k: number, dates: number): boolean {
    const pool = this.pool;
    const base = this.rec[k * STRIDE + BLOCK] as number;
    const first = base + (31 - Math.clz32(dates & -dates)) * ENTRY;
    const code = codeOf(pool[first + E_META] as number);
    const via = pool[first + E_VIA] as number;
    for (let bits = dates & (dates - 1); bits !== 0; bits &= bits - 1) {
      const i = base + (31 - Math.clz32(bits & -bits)) * ENTRY;
      if (codeOf(pool[i + E_META] as number) !== code || pool[i + E_VIA] !== via) return false;
    }
    return true;
  }

  /** Whether key k's traits at `dates` are one (its record's when it holds them for every date). */
  private sameTraits(k: number, dates: number): boolean {
    if ((this.rec[k * STRIDE + META] as number) & TUNI) return true;
    const pool = this.pool;
    const base = this.rec[k * STRIDE + BLOCK] as number;
    const first = base + (31 - Math.clz32(dates & -dates)) * ENTRY;
    for (let bits = dates & (dates - 1); bits !== 0; bits &= bits - 1) {
      const i = base + (31 - Math.clz32(bits & -bits)) * ENTRY;
      if (
        ((pool[i + E_META] as number) & TRAIT_BITS) !== ((pool[first + E_META] as number) & TRAIT_BITS) ||
        pool[i + E_EVIDENCE] !== pool[first + E_EVIDENCE] ||
        pool[i + E_LAST] !== pool[first + E_LAST] ||
        pool[i + E_RECEIVER] !== pool[first + E_RECEIVER]
      )
        return false;
    }
    return true;
  }

  /**
   * Whether key k's values and traits at dates t and u are one: a key that does not hold them
   * once for all its dates mostly holds a few runs of dates alike (the graph changed between
   * them), told together.
   */
  private sameEntry(k: number, t: number, u: number): boolean {
    const at = k * STRIDE;
    const meta = this.rec[at + META] as number;
    const base = this.rec[at + BLOCK] as number;
    const pool = this.pool;
    const i = base + t * ENTRY;
    const j = base + u * ENTRY;
    const valuesAgree =
      meta & UNI ||
      (pool[i + E_VIA] === pool[j + E_VIA] &&
        ((pool[i + E_META] as number) & VALUE_BITS) === ((pool[j + E_META] as number) & VALUE_BITS));
    if (!valuesAgree) return false;
    if (meta & TUNI) return true;
    return (
      ((pool[i + E_META] as number) & TRAIT_BITS) === ((pool[j + E_META] as number) & TRAIT_BITS) &&
      pool[i + E_EVIDENCE] === pool[j + E_EVIDENCE] &&
      pool[i + E_LAST] === pool[j + E_LAST] &&
      pool[i + E_RECEIVER] === pool[j + E_RECEIVER]
    );
  }

  /** Moves a uniform key's values (and traits, when uniform too) for `dates` into a block of its own. */
  private explode(k: number, dates: number): void {
    if ((this.rec[k * STRIDE + BLOCK] as number) === -1) this.allocate(k);
    const rec = this.rec;
    const at = k * STRIDE;
    const meta = rec[at + META] as number;
    const base = rec[at + BLOCK] as number;
    const pool = this.pool;
    let bits = dates;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const i = base + (31 - Math.clz32(low)) * ENTRY;
      if (meta & TUNI) {
        pool[i + E_META] = meta & (VALUE_BITS | TRAIT_BITS);
        pool[i + E_EVIDENCE] = rec[at + EVIDENCE] as number;
        pool[i + E_LAST] = rec[at + LAST] as number;
        pool[i + E_RECEIVER] = rec[at + RECEIVER] as number;
      } else {
        pool[i + E_META] = ((pool[i + E_META] as number) & TRAIT_BITS) | (meta & VALUE_BITS);
      }
      pool[i + E_VIA] = rec[at + VIA] as number;
    }
    rec[at + META] = meta & ~(UNI | TUNI);
  }

  private allocate(k: number): void {
    const size = this.dates * ENTRY;
    if (this.poolUsed + size > this.pool.length) {
      const grown = new Int32Array(2 * this.pool.length);
      grown.set(this.pool);
      this.pool = grown;
    }
    this.rec[k * STRIDE + BLOCK] = this.poolUsed;
    this.poolUsed += size;
  }

  /**
   * Settles the keys reached at `level` (their levels, and one value again where the dates
   * agree) and tells the visitor of the origins found at this level; returns how many keys.
   */
  private finishLevel(level: number): number {
    const count = this.nextCount;
    this.nextCount = 0;
    const keys = this.keys;
    const rec = this.rec;
    const pool = this.pool;
    const nextBits = this.nextBits;
    let found = -1;
    let foundDates = 0;
    let word = 0;
    for (let x = 0; x < count; x += 1) {
      while (nextBits[word] === 0) word += 1;
      const w = nextBits[word] as number;
      const low = w & -w;
      nextBits[word] = w ^ low;
      keys[2 * x] = (word << 5) + 31 - Math.clz32(low);
    }
    for (let x = 0; x < count; x += 1) {
      if (x % BATCH === 0) {
        // The next keys' records read ahead together, as flush does.
        let read = 0;
        for (let y = x, end = Math.min(count, x + BATCH); y < end; y += 1)
          read |= rec[(keys[2 * y] as number) * STRIDE + CUR] as number;
        this.readAhead = read;
      }
      const k = keys[2 * x] as number;
      const at = k * STRIDE;
      const c = rec[at + CUR] as number;
      const meta = rec[at + META] as number;
      if (!(meta & UNI) && (rec[at + REACHED] as number) === 0 && this.sameValue(k, c)) {
        // Reached at every date at this level, by one best step after all: one value again.
        const i = (rec[at + BLOCK] as number) + (31 - Math.clz32(c & -c)) * ENTRY;
        const entryMeta = pool[i + E_META] as number;
        rec[at + VIA] = pool[i + E_VIA] as number;
        if (this.sameTraits(k, c)) {
          rec[at + META] = UNI | TUNI | (entryMeta & (VALUE_BITS | TRAIT_BITS));
          rec[at + EVIDENCE] = pool[i + E_EVIDENCE] as number;
          rec[at + LAST] = pool[i + E_LAST] as number;
          rec[at + RECEIVER] = pool[i + E_RECEIVER] as number;
        } else {
          rec[at + META] = UNI | (entryMeta & VALUE_BITS);
        }
        rec[at + META] = ((rec[at + META] as number) & ~(0xf << LEVEL_SHIFT)) | (level << LEVEL_SHIFT);
      } else if (meta & UNI) {
        rec[at + META] = (meta & ~(0xf << LEVEL_SHIFT)) | (level << LEVEL_SHIFT);
      } else {
        const base = rec[at + BLOCK] as number;
        let bits = c;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const i = base + (31 - Math.clz32(low)) * ENTRY + E_META;
          pool[i] = ((pool[i] as number) & ~(0xf << LEVEL_SHIFT)) | (level << LEVEL_SHIFT);
        }
      }
      if ((rec[at + REACHED] as number) === 0) this.settled[this.settledCount++] = k;
      rec[at + REACHED] = (rec[at + REACHED] as number) | c;
      rec[at + CUR] = 0;
      keys[2 * x + 1] = c;
      // The keys come in node order: a node's states are settled one after another, and once
      // the last of them is, the node is told of while its records are at hand.
      const node = (k / STATES) | 0;
      if (k - node * STATES !== H) {
        if (node !== found) {
          if (found !== -1) this.tell(found, foundDates);
          found = node;
          foundDates = 0;
        }
        foundDates |= c;
      }
    }
    if (found !== -1) this.tell(found, foundDates);
    return count;
  }

  /**
   * Tells the visitor of `node`, whose states were settled at `dates` at this level: at the
   * dates none of its states reached before (the least distance), its best state is the surest
   * of those settled now, then the first (reachersOf's choice). Dates whose best key holds one
   * value and one set of traits for all of them are told together.
   */
  private tell(node: number, dates: number): void {
    const fresh = dates & ~(this.nodeDates[node] as number);
    if (fresh === 0) return;
    this.nodeDates[node] = (this.nodeDates[node] as number) | fresh;
    const rec = this.rec;
    const first = node * STATES;
    // The common case: one state settled now, holding one value for all its dates.
    let only = -1;
    for (let state = P; state <= C2; state += 1) {
      if (((rec[(first + state) * STRIDE + REACHED] as number) & fresh) === 0) continue;
      only = only === -1 ? first + state : -2;
    }
    if (only >= 0 && this.holdsOnce(only)) {
      this.visit(node, only, fresh, 31 - Math.clz32(fresh & -fresh));
      return;
    }
    const best = this.bestOf;
    const ranks = this.bestRanks;
    let seen = 0;
    for (let state = P; state <= C2; state += 1) {
      const k = first + state;
      const at = k * STRIDE;
      const now = (rec[at + REACHED] as number) & fresh;
      if (now === 0) continue;
      const meta = rec[at + META] as number;
      for (let bits = now; bits !== 0; bits &= bits - 1) {
        const low = bits & -bits;
        const t = 31 - Math.clz32(low);
        const value = meta & UNI ? meta : (this.pool[(rec[at + BLOCK] as number) + t * ENTRY + E_META] as number);
        const rank = RANK[codeOf(value)] as number;
        if (!(seen & low) || rank > (ranks[t] as number)) {
          best[t] = k;
          ranks[t] = rank;
        }
      }
      seen |= now;
    }
    let bits = fresh;
    while (bits !== 0) {
      const t = 31 - Math.clz32(bits & -bits);
      const k = best[t] as number;
      let same = bits & -bits;
      const once = this.holdsOnce(k);
      for (let rest = bits & (bits - 1); rest !== 0; rest &= rest - 1) {
        const low = rest & -rest;
        const u = 31 - Math.clz32(low);
        if (best[u] === k && (once || this.sameEntry(k, t, u))) same |= low;
      }
      this.visit(node, k, same, t);
      bits &= ~same;
    }
  }

  // tell's best key and its rank, by date.
  private readonly bestOf = new Int32Array(MAX_DATES);
  private readonly bestRanks = new Int32Array(MAX_DATES);

  // The traits traitsOf worked out last (read by the writers).
  private tMeta = 0;
  private tEvidence = 0;
  private tLast = 0;
  private tReceiver = 0;

  /**
   * The traits of a suffix of `node` whose first step is r (with its info and evidence)
   * and whose rest is key `next` (-1: r reaches the chip), the rest's traits read at date
   * `readAt` (-1: from its record, which holds them for every date): into tMeta (its TRAIT_BITS),
   * tEvidence, tLast and tReceiver.
   */
  private traitsOf(
    node: number,
    r: number,
    info: number,
    evidence: number,
    climbing: boolean,
    next: number,
    readAt: number,
  ): void {
    const own = info & (STEP_RENTAL | STEP_INTERMEDIARY | STEP_SUBSIDIARY);
    let steps: number;
    let buy: number;
    if (next === -1) {
      steps = own | (info & INFO_ACQUIRED ? RUN : 0);
      this.tEvidence = evidence;
      this.tLast = r;
      this.tReceiver = node;
      buy = this.purchase(node, r);
    } else {
      const rec = this.rec;
      const nextAt = next * STRIDE;
      let nextMeta: number;
      let nextEvidence: number;
      let nextReceiver: number;
      if (readAt === -1) {
        nextMeta = rec[nextAt + META] as number;
        nextEvidence = rec[nextAt + EVIDENCE] as number;
        this.tLast = rec[nextAt + LAST] as number;
        nextReceiver = rec[nextAt + RECEIVER] as number;
      } else {
        const i = (rec[nextAt + BLOCK] as number) + readAt * ENTRY;
        const pool = this.pool;
        nextMeta = pool[i + E_META] as number;
        nextEvidence = pool[i + E_EVIDENCE] as number;
        this.tLast = pool[i + E_LAST] as number;
        nextReceiver = pool[i + E_RECEIVER] as number;
      }
      const nextSteps = stepsOf(nextMeta);
      const run = (info & INFO_PROCURES) !== 0 && !climbing && (nextSteps & RUN) !== 0;
      steps = own | (nextSteps & ~RUN) | (run ? RUN : 0);
      this.tEvidence = Math.min(evidence, nextEvidence);
      this.tReceiver = run ? node : nextReceiver;
      buy = run ? this.purchase(node, this.tLast) : buyOf(nextMeta);
    }
    this.tMeta = (steps << STEPS_SHIFT) | (buy << BUY_SHIFT);
  }

  /** Extends the keys just settled by one step backwards, at the dates each step allows. */
  private extend(count: number): void {
    const keys = this.keys;
    const { rent, body, climb } = this.moves;
    const rentUse = this.rentUse;
    const bodyUse = this.bodyUse;
    const climbUse = this.climbUse;
    for (let x = 0; x < count; x += 1) {
      const k = keys[2 * x] as number;
      const dates = keys[2 * x + 1] as number;
      const v = (k / STATES) | 0;
      const state = k - v * STATES;
      if (state === H) {
        for (let i = rent.start[v] as number, end = rent.start[v + 1] as number; i < end; i += 1) {
          const m = dates & (rentUse[i] as number);
          if (m !== 0) this.queue((rent.far[i] as number) * STATES + P, m, RENT_MOVE + i, k);
        }
        continue;
      }
      if (state === P || state === D) {
        for (let i = body.start[v] as number, end = body.start[v + 1] as number; i < end; i += 1) {
          const m = dates & (bodyUse[i] as number);
          if (m !== 0)
            this.queue(
              (body.far[i] as number) * STATES + (state === P && body.procures[i] === 1 ? P : D),
              m,
              BODY_MOVE + i,
              k,
            );
        }
      }
      if (this.climb && (state === P || state === C1)) {
        for (let i = climb.start[v] as number, end = climb.start[v + 1] as number; i < end; i += 1) {
          const m = dates & (climbUse[i] as number);
          if (m !== 0) this.queue((climb.far[i] as number) * STATES + (state === P ? C1 : C2), m, CLIMB_MOVE + i, k);
        }
      }
    }
    this.flush();
  }

  // Offers waiting to be made, four fields each: the key offered to, the dates, the move, the key extended.
  private readonly waiting = new Int32Array(BATCH * 4);
  private waitingCount = 0;
  /** What the read-ahead loops read: never used, kept only so that the reads are made. */
  private readAhead = 0;

  private queue(key: number, dates: number, move: number, from: number): void {
    const at = this.waitingCount * 4;
    const waiting = this.waiting;
    waiting[at] = key;
    waiting[at + 1] = dates;
    waiting[at + 2] = move;
    waiting[at + 3] = from;
    this.waitingCount += 1;
    if (this.waitingCount === BATCH) this.flush();
  }

  /**
   * Makes the waiting offers. Their records are read ahead in one loop first: reads that do not
   * wait on one another, so the memory serves them together (the keys offered to are scattered
   * over the records, and each read alone would wait for memory).
   */
  private flush(): void {
    const waiting = this.waiting;
    const count = this.waitingCount;
    const rec = this.rec;
    let read = 0;
    for (let j = 0; j < count; j += 1) read |= rec[(waiting[4 * j] as number) * STRIDE + REACHED] as number;
    this.readAhead = read;
    const { rent, body, climb } = this.moves;
    for (let j = 0; j < count; j += 1) {
      const key = waiting[4 * j] as number;
      const move = waiting[4 * j + 2] as number;
      const moves = move >= CLIMB_MOVE ? climb : move >= BODY_MOVE ? body : rent;
      const i = move & MOVE_INDEX;
      const u = (key / STATES) | 0;
      this.offer(
        u,
        key - u * STATES,
        waiting[4 * j + 1] as number,
        moves.rel[i] as number,
        moves.step[i] as number,
        moves.info[i] as number,
        moves.evidence[i] as number,
        waiting[4 * j + 3] as number,
      );
    }
    this.waitingCount = 0;
  }
}

/** Offers made together by extend (see flush). */
const BATCH = 64;
// A waiting offer's move: which moves (rent, body, climb) and the index in them.
const RENT_MOVE = 0;
const BODY_MOVE = 1 << 28;
const CLIMB_MOVE = 2 << 28;
// A move index is below relCount, which the constructor keeps under 2^28.
const MOVE_INDEX = (1 << 28) - 1;

/**
 * What a search tells of an origin (an entity reaching the chip) as it finds it: at `dates`
 * (bit i for date i, none told before for this origin) its best key is k, whose values are read
 * at date t (one of them; they are the same at all of them).
 */
export type OriginVisit = (origin: number, k: number, dates: number, t: number) => void;

/**
 * Whether a suffix (code, via) is better than the one kept: surer, or as sure and first in
 * (relationship, state) order.
 */
function better(code: number, via: number, keptCode: number, keptVia: number): boolean {
  const rank = RANK[code] as number;
  const kept = RANK[keptCode] as number;
  return rank > kept || (rank === kept && via < keptVia);
}
