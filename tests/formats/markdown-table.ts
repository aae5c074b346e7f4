// Reads back the Markdown export's tables the way GFM does, so tests check cells rather than
// substrings: a row splits at each `|` not escaped with a backslash.

/** The cells of a table row, still escaped. */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      cell += c + line[i + 1]!;
      i += 1;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  // A row begins and ends with a pipe, so the first and last pieces are empty.
  return cells.slice(1, -1);
}

/** The text a renderer shows for an escaped cell. */
export function unescapeCell(cell: string): string {
  return cell
    .replace(/\\([\s\S])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The rows (header first, rule skipped) of the table that follows `heading`. */
export function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('|')) rows.push(splitRow(line));
    else if (rows.length > 0) break;
  }
  return rows.filter((_, i) => i !== 1);
}
