import fs from 'node:fs';
import path from 'node:path';

/**
 * A statement to run: a file's name, or its name and the integers for its `{{slot}}`s.
 * Slots exist for what Cypher cannot take as a parameter (a quantifier's bound): they only ever
 * hold integers, checked here, so no text from a request reaches a statement.
 */
export type StatementRef = string | { name: string; slots: Readonly<Record<string, number>> };

const PART_SUFFIX = '.part.cypher';
const INCLUDE = /\{\{>\s*([\w/-]+)\s*\}\}/g;
const SLOT = /\{\{(\w+)\}\}/g;

/**
 * Every Cypher statement of the project lives in a `.cypher` file under cypher/, loaded once at
 * boot and addressed by its path without the extension ("paths/between"). A `.part.cypher` file
 * is a piece several statements share, written into them where they say `{{> name}}`; a part is
 * not a statement of its own. Asking for a file that does not exist is a wiring error: it throws.
 */
export class CypherStore {
  private readonly filled = new Map<string, string>();

  private constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** Reads every .cypher file below `dir`; an empty file or a missing part stops the boot. */
  static load(dir: string): CypherStore {
    if (!fs.existsSync(dir)) throw new Error(`Cypher folder not found: ${dir}`);
    const statements = new Map<string, string>();
    const parts = new Map<string, string>();
    const walk = (folder: string): void => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.cypher')) {
          const relative = path.relative(dir, full).replace(/\\/g, '/');
          const text = stripComments(fs.readFileSync(full, 'utf8')).trim();
          if (!text) throw new Error(`Cypher file is empty: ${full}`);
          if (relative.endsWith(PART_SUFFIX)) parts.set(relative.slice(0, -PART_SUFFIX.length), text);
          else statements.set(relative.replace(/\.cypher$/, ''), text);
        }
      }
    };
    walk(dir);
    const expanded = new Map<string, string>();
    for (const [name, text] of statements) expanded.set(name, includeParts(text, parts, name, []));
    return new CypherStore(expanded);
  }

  /** The text of a statement; its slots, if it has any, filled with the integers given. */
  get(name: string, slots: Readonly<Record<string, number>> = {}): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`no Cypher file named ${name}.cypher`);
    const names = slotsOf(text);
    if (names.length === 0) return text;
    const key = `${name}|${names.map((s) => `${s}=${String(slots[s])}`).join(',')}`;
    let filled = this.filled.get(key);
    if (filled === undefined) {
      filled = text.replace(SLOT, (_, slot: string) => {
        const value = slots[slot];
        if (value === undefined || !Number.isSafeInteger(value) || value < 0) {
          throw new Error(`${name}.cypher needs a non-negative integer for {{${slot}}}, got ${String(value)}`);
        }
        return String(value);
      });
      this.filled.set(key, filled);
    }
    return filled;
  }

  /** The text a reference names. */
  text(ref: StatementRef): string {
    return typeof ref === 'string' ? this.get(ref) : this.get(ref.name, ref.slots);
  }

  /** The slots of a statement, in order of first appearance ([] for most). */
  slots(name: string): string[] {
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`no Cypher file named ${name}.cypher`);
    return slotsOf(text);
  }

  has(name: string): boolean {
    return this.texts.has(name);
  }

  names(): string[] {
    return [...this.texts.keys()].sort();
  }

  /** The statements of a multi-statement file (schema files), split on `;` at line ends. */
  statements(name: string): string[] {
    return this.get(name)
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
}

/** The name of a reference, for logs and counts. */
export function statementName(ref: StatementRef): string {
  return typeof ref === 'string' ? ref : ref.name;
}

function slotsOf(text: string): string[] {
  return [...new Set([...text.matchAll(SLOT)].map((m) => m[1] as string))];
}

/** Writes each `{{> part}}` into the text, parts within parts too; a cycle or a missing part throws. */
function includeParts(text: string, parts: ReadonlyMap<string, string>, statement: string, trail: string[]): string {
  return text.replace(INCLUDE, (_, name: string) => {
    const part = parts.get(name);
    if (part === undefined) throw new Error(`${statement}.cypher includes ${name}${PART_SUFFIX}, which does not exist`);
    if (trail.includes(name)) throw new Error(`Cypher parts include each other: ${[...trail, name].join(' > ')}`);
    return includeParts(part, parts, statement, [...trail, name]);
  });
}

/** Drops `//` line comments (outside strings, which our files never put them in). */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}
