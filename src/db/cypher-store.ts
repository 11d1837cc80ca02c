import fs from 'node:fs';
import path from 'node:path';

/**
 * Every Cypher statement of the project lives in a `.cypher` file under cypher/, loaded once at
 * boot and addressed by its path without the extension ("paths/access-paths"). Asking for a file
 * that does not exist is a wiring error: it throws.
 */
export class CypherStore {
  private constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** Reads every .cypher file below `dir`; an empty file stops the boot. */
  static load(dir: string): CypherStore {
    if (!fs.existsSync(dir)) throw new Error(`Cypher folder not found: ${dir}`);
    const texts = new Map<string, string>();
    const walk = (folder: string): void => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.cypher')) {
          const name = path
            .relative(dir, full)
            .replace(/\\/g, '/')
            .replace(/\.cypher$/, '');
          const text = stripComments(fs.readFileSync(full, 'utf8')).trim();
          if (!text) throw new Error(`Cypher file is empty: ${full}`);
          texts.set(name, text);
        }
      }
    };
    walk(dir);
    return new CypherStore(texts);
  }

  get(name: string): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`no Cypher file named ${name}.cypher`);
    return text;
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

/** Drops `//` line comments (outside strings, which our files never put them in). */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}
