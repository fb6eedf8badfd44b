import { crc32, inflateRawSync } from 'node:zlib';

/**
 * What one uploaded workbook may inflate to, all files together. A class list of 2,000 rows is about
 * 2 MB unzipped; a 1 MB upload could otherwise inflate to about 1 GB, the whole memory of the Lambda.
 */
export const MAX_UNZIPPED_BYTES = 32 * 1024 * 1024;
/** An .xlsx holds a dozen or two files; thousands of tiny ones are a way of making work, not a workbook. */
const MAX_ENTRIES = 1_000;

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export type InflatedZip = { ok: true; entries: ZipEntry[] } | { ok: false; problem: 'unreadable' | 'too_large' };

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/**
 * Inflates every file of a zip, counting the bytes actually produced. The sizes a zip declares are
 * written by whoever made the file, so they are only used to refuse early; inflation itself stops
 * at what is left of the budget (zlib's maxOutputLength), so memory never exceeds the budget
 * whatever the file claims.
 */
export function inflateZip(bytes: Uint8Array, budget = MAX_UNZIPPED_BYTES): InflatedZip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unreadable = { ok: false, problem: 'unreadable' } as const;
  const tooLarge = { ok: false, problem: 'too_large' } as const;
  const end = findEnd(view);
  if (end === undefined) return unreadable;
  const count = view.getUint16(end + 10, true);
  if (count > MAX_ENTRIES) return tooLarge;
  let offset = view.getUint32(end + 16, true);
  let left = budget;
  const names = new Set<string>();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) return unreadable;
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressed = view.getUint32(offset + 20, true);
    const declared = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const local = view.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    // Encrypted entries and a second file of the same name are never in a workbook Excel or WPS wrote.
    if (flags & 1 || names.has(name)) return unreadable;
    names.add(name);
    if (name.endsWith('/')) continue;
    if (declared > left) return tooLarge;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return unreadable;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) return unreadable;
    const raw = bytes.subarray(start, start + compressed);
    let data: Buffer;
    if (method === 0) {
      data = Buffer.from(raw);
    } else if (method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, left) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge;
        return unreadable;
      }
    } else {
      return unreadable;
    }
    if (data.length > left) return tooLarge;
    left -= data.length;
    entries.push({ name, data });
  }
  return { ok: true, entries };
}

/** The end-of-central-directory record: in the last 22 bytes plus a comment of up to 64 KB. */
function findEnd(view: DataView): number | undefined {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === END) return at;
  }
  return undefined;
}

/**
 * The entries again as a zip that stores them uncompressed, for the spreadsheet library: it reads
 * exactly the bytes that were counted, and has nothing left to inflate.
 */
export function storedZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0x0021, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0x0021, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
