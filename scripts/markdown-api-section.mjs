/**
 * Writing generated reference into Markdown: table helpers, and the sections between
 * `<!-- name:start -->` and `<!-- name:end -->` markers that the generators own (`api` in the
 * READMEs, named sections in the guides).
 */

/**
 * Text for one table cell: one line, with the pipes that would end the cell escaped.
 * @param {string | undefined} text
 */
export function cell(text) {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** @param {string | undefined} text */
export function code(text) {
  return text ? `\`${cell(text)}\`` : '';
}

/**
 * @param {string[]} headings
 * @param {string[][]} rows
 */
export function table(headings, rows) {
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/**
 * The markers around a generated section: `<!-- api:start -->` and `<!-- api:end -->` for a
 * README's API section, `<!-- rules:start -->`… for a guide's named sections.
 * @param {string} name
 */
function markers(name) {
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` };
}

/**
 * The generated section, with a note naming its source and the command that writes it.
 * @param {string} body
 * @param {string} note
 * @param {string} [name] The section's name in its markers.
 */
export function markedSection(body, note, name = 'api') {
  const { start, end } = markers(name);
  return `${start}\n<!-- ${note} -->\n\n${body}\n\n${end}`;
}

/**
 * The document with its section `name` (the README's API section by default) replaced by
 * `section`, markers included.
 * @param {string} document
 * @param {string} section
 * @param {string} documentName For the error when the markers are missing.
 * @param {string} [name]
 */
export function withApiSection(document, section, documentName, name = 'api') {
  const marker = markers(name);
  const start = document.indexOf(marker.start);
  const end = document.indexOf(marker.end);
  if (start === -1 || end < start) {
    throw new Error(
      `${documentName} needs the markers ${marker.start} and ${marker.end}, in that order.`,
    );
  }
  return `${document.slice(0, start)}${section}${document.slice(end + marker.end.length)}`;
}

/**
 * A document with the generated section named `name` (between `<!-- name:start -->` and
 * `<!-- name:end -->`) replaced by `body`, with a note naming its source.
 * @param {string} document
 * @param {string} name
 * @param {string} body
 * @param {string} note
 * @param {string} documentName For the error when the markers are missing.
 */
export function withNamedSection(document, name, body, note, documentName) {
  return withApiSection(document, markedSection(body, note, name), documentName, name);
}
