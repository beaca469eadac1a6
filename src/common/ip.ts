import { isIPv4, isIPv6 } from 'node:net';

/**
 * Canonical text of an IP address, identical to what PostgreSQL's inet type
 * prints, so that SQLite and MySQL (which store text) compare and group the
 * same way PostgreSQL does. Returns null for anything that is not an address.
 */
export function canonicalIp(text: string): string | null {
  if (isIPv4(text)) return text;
  if (!isIPv6(text) || text.includes('%')) return null;
  return formatIPv6(parseIPv6(text));
}

export function canonicalIPv4(text: string): string | null {
  return isIPv4(text) ? text : null;
}

export function canonicalIPv6(text: string): string | null {
  return isIPv6(text) ? canonicalIp(text) : null;
}

function parseIPv6(text: string): number[] {
  let head = text;
  const words: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let tail: number[] = [];
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split('.').map(Number);
    tail = [(a << 8) | b, (c << 8) | d];
    head = text.slice(0, -dotted[1].length);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const [left = '', right] = head.split('::');
  const parseGroup = (part: string) => (part === '' ? [] : part.split(':').map((h) => parseInt(h, 16)));
  const leftWords = parseGroup(left);
  const rightWords = [...(right === undefined ? [] : parseGroup(right)), ...tail];
  const zeros = 8 - leftWords.length - rightWords.length;
  words.push(...leftWords, ...new Array<number>(Math.max(zeros, 0)).fill(0), ...rightWords);
  return words;
}

/** RFC 5952 text, with PostgreSQL's rule for embedded IPv4 (::a.b.c.d and ::ffff:a.b.c.d). */
function formatIPv6(words: number[]): string {
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength && j - i > 1) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const embedsIPv4 = bestStart === 0 && (bestLength === 6 || (bestLength === 5 && words[5] === 0xffff));
  const hex = (from: number, to: number) => words.slice(from, to).map((w) => w.toString(16));
  if (embedsIPv4) {
    const w6 = words[6] ?? 0;
    const w7 = words[7] ?? 0;
    const v4 = `${w6 >> 8}.${w6 & 0xff}.${w7 >> 8}.${w7 & 0xff}`;
    return bestLength === 6 ? `::${v4}` : `::ffff:${v4}`;
  }
  if (bestStart < 0) return hex(0, 8).join(':');
  return `${hex(0, bestStart).join(':')}::${hex(bestStart + bestLength, 8).join(':')}`;
}
