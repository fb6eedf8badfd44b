import { z } from './schema.ts';

/**
 * Characters that change how a name is shown without being part of it: bidirectional embeddings,
 * overrides, isolates and marks (a right-to-left override makes "evil‮gpj.exe" read as "evilexe.jpg"),
 * zero-width spaces and joiners, the word joiner and invisible operators, and the byte-order mark.
 * Zero-width joiners are dropped too: in Chinese and Latin names they only ever hide text.
 */
const INVISIBLE = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Control characters (tabs and line breaks among them) become spaces, then spaces collapse. */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;

/**
 * The one normaliser for every name a person types: a person's, a university's, a host unit's, an
 * event's, a trip's, a project's. Composed (NFC) so the same name compares equal however it was
 * typed, invisible characters removed, runs of whitespace made one space, and trimmed. Stripping
 * rather than refusing is kinder to text pasted from chat apps that carry such marks; a name that
 * is left empty is refused by the schema's minimum length.
 */
export function cleanName(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** A name field: cleaned by `cleanName`, then held to its length. */
export const nameSchema = (min: number, max: number) => z.string().overwrite(cleanName).min(min).max(max);
