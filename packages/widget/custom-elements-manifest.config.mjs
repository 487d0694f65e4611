/**
 * The Custom Elements Manifest of the widget (custom-elements.json): the element's tag,
 * attributes and properties (from the decorated fields and their TSDoc), and its events, CSS
 * parts and CSS custom properties (from the JSDoc header of src/gov-appointment.ts).
 * `npm run api-docs` writes it with the API section of the README; `npm test` fails when
 * either is out of date.
 *
 * Only the element's module is read: the steps are template functions, not public API.
 */

/**
 * The element's documentation is the header comment of its module (the file reads top to
 * bottom: documentation, then imports, then the class), while the analyzer reads only a
 * comment placed directly on a class. This hands a header comment that names a `@tag` to the
 * module's classes that have no comment of their own.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function moduleHeaderDocumentsElement() {
  return {
    name: 'gov-module-header-documents-element',
    collectPhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || node.jsDoc?.length) return;
      const header = node.getSourceFile().statements[0]?.jsDoc?.[0];
      if (header && /@tag\s/.test(header.getFullText())) node.jsDoc = [header];
    },
  };
}

/**
 * Keeps the manifest to the element's public API, so that it changes only when the API does:
 * - private members are left out (they change with every refactoring, and no user sees them);
 * - so are the events the analyzer finds as `dispatchEvent(new GovSomethingEvent(…))`, which it
 *   lists without a name (the name is the event class's static `type`, which it does not
 *   follow): the header's `@event` tags name and describe every event.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function publicApiOnly() {
  return {
    name: 'gov-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!('members' in declaration)) continue;
          declaration.members = declaration.members?.filter(
            (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
          );
          declaration.events = declaration.events?.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/gov-appointment.ts'],
  outdir: '.',
  litelement: true,
  // The package.json `customElements` field is maintained by hand.
  packagejson: false,
  plugins: [moduleHeaderDocumentsElement(), publicApiOnly()],
};
