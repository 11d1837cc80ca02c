import { randomBytes } from 'node:crypto';
import { hashKey } from '../auth/keys';

/**
 * npm run key:hash -- <key>: prints the SHA-256 to put in API_KEYS (principal:role:<hash>).
 * npm run key:hash -- --new: makes a random key and prints it with its hash (keep the key
 * secret, give it to its holder; only the hash goes in the configuration).
 */
function main(argv: string[]): number {
  const [arg] = argv;
  if (!arg || arg === '--help' || arg === '-h' || argv.length > 1) {
    process.stderr.write('usage: npm run key:hash -- <key>   |   npm run key:hash -- --new\n');
    return 2;
  }
  if (arg === '--new') {
    const key = randomBytes(32).toString('base64url');
    process.stdout.write(`key:  ${key}\nhash: ${hashKey(key)}\n`);
    return 0;
  }
  process.stdout.write(`${hashKey(arg)}\n`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
