/** RFC 4180, as a spreadsheet program reads it: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || record.length) throw new Error('the last record has no CRLF');
  return records;
}

/** Records under their header record's names. */
export function csvObjects([header, ...rows]: string[][]): Record<string, string>[] {
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** The records of an exported CSV file (after its byte-order mark). */
export function csvFile(text: string): Record<string, string>[] {
  return csvObjects(parseCsv(text.replace(/^\uFEFF/, '')));
}
