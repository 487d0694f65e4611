/**
 * Writing a generated API reference into a README: Markdown table helpers and the section
 * between `<!-- api:start -->` and `<!-- api:end -->` that the generators own.
 */

export const START_MARKER = '<!-- api:start -->';
export const END_MARKER = '<!-- api:end -->';

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
 * The generated section, with a note naming its source and the command that writes it.
 * @param {string} body
 * @param {string} note
 */
export function markedSection(body, note) {
  return `${START_MARKER}\n<!-- ${note} -->\n\n${body}\n\n${END_MARKER}`;
}

/**
 * The README with its API section replaced.
 * @param {string} readme
 * @param {string} section
 * @param {string} readmeName For the error when the markers are missing.
 */
export function withApiSection(readme, section, readmeName) {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start === -1 || end < start) {
    throw new Error(
      `${readmeName} needs the markers ${START_MARKER} and ${END_MARKER}, in that order.`,
    );
  }
  return `${readme.slice(0, start)}${section}${readme.slice(end + END_MARKER.length)}`;
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
  const startMarker = `<!-- ${name}:start -->`;
  const endMarker = `<!-- ${name}:end -->`;
  const start = document.indexOf(startMarker);
  const end = document.indexOf(endMarker);
  if (start === -1 || end < start) {
    throw new Error(
      `${documentName} needs the markers ${startMarker} and ${endMarker}, in that order.`,
    );
  }
  return `${document.slice(0, start)}${startMarker}\n<!-- ${note} -->\n\n${body}\n\n${document.slice(end)}`;
}
