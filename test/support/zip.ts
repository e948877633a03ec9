/**
 * The entries of a zip file (the store package `wxt zip` writes), read from its central
 * directory: names and sizes only, no extraction. Enough for the tests and the bench to say what
 * the package holds and how much each part weighs.
 *
 * @example
 * (await zipEntries('.output/loketgids-0.1.0-chrome.zip')).find((e) => e.name === 'oefenmodus.html');
 */
import { readFile } from 'node:fs/promises';

export interface ZipEntry {
  name: string;
  compressed: number;
  size: number;
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;

export async function zipEntries(file: string): Promise<ZipEntry[]> {
  const data = await readFile(file);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes (after an optional comment).
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${file}: not a zip file (no end of central directory)`);
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(at) !== CENTRAL) throw new Error(`${file}: broken central directory at entry ${i}`);
    const compressed = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30);
    const comment = data.readUInt16LE(at + 32);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, compressed, size });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}
