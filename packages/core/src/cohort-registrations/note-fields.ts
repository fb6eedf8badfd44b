/**
 * The optional free-text notes a registration carries, each described once: its longest text, and
 * how the import template prints and recognises its column. The entity's attributes, the field
 * rules, the request body, the view and the template column all come from this table, so a new note
 * is one entry here (and its label in the web form's list and language files).
 */
export const NOTE_FIELDS = {
  dietaryNotes: {
    max: 500,
    header: '饮食备注',
    aliases: ['饮食', '饮食习惯', '饮食禁忌', '饮食/健康备注'],
    hint: '如：清真、素食',
    width: 14,
  },
  healthNotes: {
    max: 500,
    header: '健康备注',
    aliases: ['健康状况', '健康', '过敏'],
    hint: '需要我们知道的健康情况',
    width: 16,
  },
} as const;

export type NoteField = keyof typeof NOTE_FIELDS;
export const NOTE_FIELD_NAMES = Object.keys(NOTE_FIELDS) as NoteField[];

/** One value per note, built from the note's name and description. */
export function perNote<T>(build: (name: NoteField, note: (typeof NOTE_FIELDS)[NoteField]) => T): Record<NoteField, T> {
  return Object.fromEntries(NOTE_FIELD_NAMES.map((name) => [name, build(name, NOTE_FIELDS[name])])) as Record<
    NoteField,
    T
  >;
}
