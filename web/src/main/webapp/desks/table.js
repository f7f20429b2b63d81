// Tables of appeals as producers keep them: CSV (comma, semicolon or tab, as spreadsheets in each
// locale save it; RFC 4180 quotes), read into rows of named cells.

/** {header, rows}: the first line names the columns; blank lines are skipped; cells are trimmed. */
export function parseCsv(text) {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0];
  const delimiter = [';', '\t', ','].reduce((best, d) => (count(firstLine, d) > count(firstLine, best) ? d : best), ',');
  const lines = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i];
    if (quoted) {
      if (c === '"' && clean[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === delimiter) {
      row.push(cell); cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && clean[i + 1] === '\n') i++;
      row.push(cell); lines.push(row); row = []; cell = '';
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length) { row.push(cell); lines.push(row); }
  const nonBlank = lines.filter((r) => r.some((v) => v.trim() !== ''));
  const [header = [], ...rows] = nonBlank;
  return { header: header.map((h) => h.trim()), rows: rows.map((r) => r.map((v) => v.trim())) };
}

function count(line, d) {
  return line.split(d).length - 1;
}
