import { DomainError } from '../errors.ts';

/**
 * What a stored file may be, told by its first bytes rather than by its name or the type the browser
 * declared: both are whatever the sender chose, and a CV that is really an archive or a program must
 * never reach a reviewer as a "PDF".
 */
export const FILE_KINDS = {
  pdf: {
    contentType: 'application/pdf',
    extension: 'pdf',
    // The PDF header. The format lets readers accept it up to 1 KB into the file, but every writer puts
    // it first; demanding it at byte 0 refuses polyglots that hide another format in front of it.
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
    label: 'a PDF',
  },
  // A photo of a document taken with a phone, for a request's attachments.
  png: {
    contentType: 'image/png',
    extension: 'png',
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // \x89PNG\r\n\x1a\n
    label: 'a PNG image',
  },
  // The key is the extension: a stored key's extension names its kind (files.ts).
  jpg: {
    contentType: 'image/jpeg',
    extension: 'jpg',
    magic: [0xff, 0xd8, 0xff],
    label: 'a JPEG image',
  },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

/** How many leading bytes are read to tell a file's kind: enough for every signature below. */
export const SNIFF_BYTES = 16;

/**
 * Formats that are refused but named in the refusal, because they are what a wrong file usually is:
 * a Word or Excel document is a ZIP, and an old one an OLE compound file.
 */
const KNOWN_OTHERS: { magic: number[]; label: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], label: 'a ZIP archive (or a Word/Excel document)' }, // PK\3\4
  { magic: [0x50, 0x4b, 0x05, 0x06], label: 'an empty ZIP archive' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], label: 'an old Word/Excel document' },
  // A PNG cut short of its full signature is still named for what it looks like.
  { magic: [0x89, 0x50, 0x4e, 0x47], label: 'a PNG image' },
  { magic: [0x4d, 0x5a], label: 'a Windows program' }, // MZ
  { magic: [0x7f, 0x45, 0x4c, 0x46], label: 'a program' }, // ELF
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);

/** Which allowed kind these leading bytes are, if any. */
export function sniffKind(bytes: Uint8Array): FileKind | undefined {
  return (Object.keys(FILE_KINDS) as FileKind[]).find((kind) => startsWith(bytes, FILE_KINDS[kind].magic));
}

/** A short description of what the bytes look like, for the refusal's message. */
export function describeBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'an empty file';
  const kind = sniffKind(bytes);
  if (kind) return FILE_KINDS[kind].label;
  return KNOWN_OTHERS.find((other) => startsWith(bytes, other.magic))?.label ?? 'a file of another kind';
}

/**
 * Throws `file_type_mismatch` unless the leading bytes are of one of the expected kinds. `name` is
 * only echoed back so the person knows which file was meant.
 */
export function assertKind(bytes: Uint8Array, expected: readonly FileKind[], name?: string): FileKind {
  const kind = sniffKind(bytes);
  if (kind && expected.includes(kind)) return kind;
  const wanted = expected.map((k) => FILE_KINDS[k].label).join(' or ');
  const found = describeBytes(bytes);
  throw new DomainError(
    'file_type_mismatch',
    `${name ? `"${name}"` : 'The file'} is ${found}, not ${wanted}; save it as ${wanted} and upload it again`,
    { expected: expected.map((k) => FILE_KINDS[k].contentType), found },
  );
}
