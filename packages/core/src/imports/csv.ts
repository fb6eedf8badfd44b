/**
 * CSV as people in China actually save it: Excel writes GBK unless told otherwise ("CSV UTF-8" adds a
 * BOM), WPS writes UTF-8, and "Unicode text" is tab-separated UTF-16 with a BOM. Fields may be quoted,
 * contain commas, doubled quotes and line breaks; lines end in CRLF, LF or CR.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: the GBK family (gb18030 is its superset) is what a Chinese Windows saves.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Tab when the first line has more tabs than commas (Excel's "Unicode text"), else comma. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  if (count('\t') > count(',')) return '\t';
  // A Chinese input method sometimes leaves the header separated by full-width commas.
  if (count(',') === 0 && count('，') > 0) return '，';
  return ',';
}

/**
 * Records of fields. Record n is row n when the file is opened in Excel (a quoted line break stays
 * inside its cell), so row numbers in messages match what the coordinator sees.
 */
export function parseCsv(text: string): string[][] {
  const delimiter = delimiterOf(text);
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    records.push(fields);
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
