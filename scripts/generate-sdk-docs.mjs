/**
 * The SDK's API reference, generated from its source: reads what packages/sdk/src/index.ts
 * exports with the TypeScript compiler API and renders `createClient` and its options, every
 * client method, `localize`, `resolveLanguage` and the error classes between
 * `<!-- api:start -->` and `<!-- api:end -->` in packages/sdk/README.md. Descriptions are the
 * TSDoc of the declarations; the errors each method may throw come from the contract's
 * operation table (`problems`), so the README cannot promise fewer or more than the API does.
 *
 * Run `node scripts/generate-sdk-docs.mjs` to write the section, or with `--check` to fail,
 * writing nothing, when it differs from what the source gives (as `npm test` does).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// The root's TypeScript 7 is native and has no JavaScript compiler API: 5.9 is installed
// under this alias for reading declarations only.
import ts from 'typescript-api';
import { cell, code, markedSection, table, withApiSection } from './markdown-api-section.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SDK = join(ROOT, 'packages', 'sdk');
// The compiler names files with forward slashes on every platform.
const SDK_SOURCE_PREFIX = `${SDK.replaceAll('\\', '/')}/`;
const ENTRY_FILE = join(SDK, 'src', 'index.ts');
const README_FILE = join(SDK, 'README.md');
const WRITE_COMMAND = 'npm run sdk-docs';

const TYPE_FORMAT =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType |
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

/** The SDK's entry point as the compiler sees it with the project's own settings. */
function loadEntry() {
  const configFile = join(ROOT, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configFile);
  const program = ts.createProgram([ENTRY_FILE], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(ENTRY_FILE);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`Cannot read ${relative(ROOT, ENTRY_FILE)}.`);
  /** @type {Map<string, import('typescript').Symbol>} */
  const exported = new Map();
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    exported.set(symbol.getName(), target);
  }
  return { checker, exported };
}

/** @typedef {ReturnType<typeof loadEntry>} Entry */

/**
 * @param {Entry} entry
 * @param {string} name
 */
function exportedSymbol(entry, name) {
  const symbol = entry.exported.get(name);
  if (!symbol) throw new Error(`packages/sdk/src/index.ts no longer exports ${name}.`);
  return symbol;
}

/**
 * The TSDoc text of a symbol, without its tags.
 * @param {Entry} entry
 * @param {import('typescript').Symbol} symbol
 */
function docText(entry, symbol) {
  return ts.displayPartsToString(symbol.getDocumentationComment(entry.checker)).trim();
}

/** @param {string} text */
function firstParagraph(text) {
  return text.split(/\n\s*\n/, 1)[0] ?? '';
}

/**
 * The text of one TSDoc tag, e.g. `@default`, if the symbol has it.
 * @param {Entry} entry
 * @param {import('typescript').Symbol} symbol
 * @param {string} tagName
 */
function tagText(entry, symbol, tagName) {
  const tag = symbol.getJsDocTags(entry.checker).find((candidate) => candidate.name === tagName);
  return tag ? ts.displayPartsToString(tag.text).trim() : undefined;
}

/** @param {import('typescript').Symbol} symbol */
function declarationOf(symbol) {
  const [declaration] = symbol.getDeclarations() ?? [];
  if (!declaration) throw new Error(`${symbol.getName()} has no declaration.`);
  return declaration;
}

/**
 * The type of a declaration as written (an optional property's type without `| undefined`).
 * @param {Entry} entry
 * @param {import('typescript').Symbol} symbol
 */
function declaredType(entry, symbol) {
  const declaration = declarationOf(symbol);
  const typeNode = /** @type {{ type?: import('typescript').TypeNode }} */ (declaration).type;
  return typeNode
    ? entry.checker.getTypeFromTypeNode(typeNode)
    : entry.checker.getTypeOfSymbolAtLocation(symbol, declaration);
}

/**
 * @param {Entry} entry
 * @param {import('typescript').Type} type
 */
function typeText(entry, type) {
  return entry.checker.typeToString(type, undefined, TYPE_FORMAT);
}

const printer = ts.createPrinter({ removeComments: true });

/**
 * A type as the source names it (`Promise<Booking>`), on one line. The checker would expand
 * every schema-inferred type into its full object shape, unreadable in a table; the names are
 * exported, so readers can look them up. Falls back to the checker's text for inferred types.
 * @param {Entry} entry
 * @param {import('typescript').TypeNode | undefined} typeNode
 * @param {() => import('typescript').Type} inferred
 */
function writtenType(entry, typeNode, inferred) {
  if (!typeNode) return typeText(entry, inferred());
  return printer
    .printNode(ts.EmitHint.Unspecified, typeNode, typeNode.getSourceFile())
    .replace(/\s*\n\s*/g, ' ')
    .replace(/;\s*}/g, ' }');
}

/**
 * The type of a property or parameter as written.
 * @param {Entry} entry
 * @param {import('typescript').Symbol} symbol
 */
function symbolTypeText(entry, symbol) {
  const declaration = declarationOf(symbol);
  const typeNode = /** @type {{ type?: import('typescript').TypeNode }} */ (declaration).type;
  return writtenType(entry, typeNode, () => declaredType(entry, symbol));
}

/** @param {import('typescript').Symbol} symbol */
function isOptional(symbol) {
  return (symbol.flags & ts.SymbolFlags.Optional) !== 0;
}

/** Sentences such as `Default 300 ms.` or `Default: the global \`fetch\`.` in a description. */
const DEFAULT_SENTENCE = /(?:^|\s)Default:?\s+([^\n]+?)\.(?=\s|$)/;

/**
 * A field's description and default: the `@default` tag, else a `Default …` sentence of the
 * description (taken out of it, so the table does not say it twice).
 * @param {Entry} entry
 * @param {import('typescript').Symbol} symbol
 */
function describeField(entry, symbol) {
  const description = docText(entry, symbol);
  const tagged = tagText(entry, symbol, 'default');
  if (tagged !== undefined) return { description, defaultValue: tagged };
  const match = DEFAULT_SENTENCE.exec(description);
  if (!match?.[1]) return { description, defaultValue: undefined };
  return {
    description: description.replace(match[0], '').trim(),
    defaultValue: match[1],
  };
}

/** @param {string | undefined} value */
function defaultCell(value) {
  if (value === undefined) return '';
  // A bare number or literal reads best as code; a phrase such as `the global fetch` as text.
  return /^(-?\d+(\.\d+)?|true|false|'[^']*')$/.test(value) ? code(value) : cell(value);
}

/**
 * The SDK interface in a field's type that has fields of its own (such as `RetryOptions` in
 * `false | RetryOptions`), for a row per nested field.
 * @param {import('typescript').Type} type
 */
function nestedOptions(type) {
  const parts = type.isUnion() ? type.types : [type];
  return parts.find((part) => {
    const symbol = part.getSymbol();
    return (
      symbol !== undefined &&
      (symbol.flags & ts.SymbolFlags.Interface) !== 0 &&
      part.getProperties().length > 0 &&
      declarationOf(symbol).getSourceFile().fileName.startsWith(SDK_SOURCE_PREFIX)
    );
  });
}

/**
 * Rows of an options table: each field in declaration order, then the fields of an options
 * object it takes, as `parent.field`.
 * @param {Entry} entry
 * @param {import('typescript').Type} type
 * @param {string} prefix
 * @returns {string[][]}
 */
function optionRows(entry, type, prefix = '') {
  return type.getProperties().flatMap((property) => {
    const fieldType = declaredType(entry, property);
    const { description, defaultValue } = describeField(entry, property);
    const name = `${prefix}${property.getName()}`;
    const row = [
      code(name),
      code(symbolTypeText(entry, property)),
      isOptional(property) ? defaultCell(defaultValue) : 'required',
      cell(description),
    ];
    const nested = nestedOptions(fieldType);
    return nested ? [row, ...optionRows(entry, nested, `${name}.`)] : [row];
  });
}

/**
 * A function or method signature on one line: its type parameters, parameters and return
 * type as declared (see `writtenType`).
 * @param {Entry} entry
 * @param {string} name
 * @param {import('typescript').Signature} signature
 */
function signatureText(entry, name, signature) {
  const declaration = signature.getDeclaration();
  const typeParameters = (declaration.typeParameters ?? []).map((parameter) =>
    printer.printNode(ts.EmitHint.Unspecified, parameter, parameter.getSourceFile()),
  );
  const parameters = signature.getParameters().map((parameter) => {
    const parameterDeclaration = /** @type {import('typescript').ParameterDeclaration} */ (
      declarationOf(parameter)
    );
    const optional = parameterDeclaration.questionToken !== undefined;
    return `${parameter.getName()}${optional ? '?' : ''}: ${symbolTypeText(entry, parameter)}`;
  });
  const generics = typeParameters.length > 0 ? `<${typeParameters.join(', ')}>` : '';
  const returns = writtenType(entry, declaration.type, () =>
    entry.checker.getReturnTypeOfSignature(signature),
  );
  return `${name}${generics}(${parameters.join(', ')}): ${returns}`;
}

/**
 * `name(first, second?)`: a heading that shows how a function is called.
 * @param {string} name
 * @param {import('typescript').Signature} signature
 */
function callShape(name, signature) {
  const parameters = signature.getParameters().map((parameter) => {
    const declaration = /** @type {import('typescript').ParameterDeclaration} */ (
      declarationOf(parameter)
    );
    return `${parameter.getName()}${declaration.questionToken ? '?' : ''}`;
  });
  return `${name}(${parameters.join(', ')})`;
}

/**
 * @param {Entry} entry
 * @param {import('typescript').Symbol} symbol
 */
function onlySignature(entry, symbol) {
  const type = entry.checker.getTypeOfSymbolAtLocation(symbol, declarationOf(symbol));
  const [signature] = type.getCallSignatures();
  if (!signature) throw new Error(`${symbol.getName()} is not callable.`);
  return signature;
}

/**
 * The string literals of a type: `'a' | 'b'` → `['a', 'b']`.
 * @param {import('typescript').Type} type
 * @returns {string[]}
 */
function stringLiterals(type) {
  const parts = type.isUnion() ? type.types : [type];
  return parts.flatMap((part) => (part.isStringLiteral() ? [part.value] : []));
}

/**
 * Each operation's problem codes, from the `as const` operation table of the contract.
 * @param {Entry} entry
 * @returns {Map<string, string[]>}
 */
function problemsByOperation(entry) {
  const operations = exportedSymbol(entry, 'operations');
  const tableType = entry.checker.getTypeOfSymbolAtLocation(operations, declarationOf(operations));
  /** @type {Map<string, string[]>} */
  const byOperation = new Map();
  for (const operation of entry.checker.getTypeArguments(
    /** @type {import('typescript').TypeReference} */ (tableType),
  )) {
    const idSymbol = operation.getProperty('id');
    const problemsSymbol = operation.getProperty('problems');
    if (!idSymbol || !problemsSymbol) throw new Error('An operation lacks `id` or `problems`.');
    const [id] = stringLiterals(entry.checker.getTypeOfSymbol(idSymbol));
    const problemsType = /** @type {import('typescript').TypeReference} */ (
      entry.checker.getTypeOfSymbol(problemsSymbol)
    );
    const codes = entry.checker
      .getTypeArguments(problemsType)
      .flatMap((codeType) => stringLiterals(codeType));
    if (id) byOperation.set(id, codes);
  }
  return byOperation;
}

/**
 * The HTTP status of each problem code (`PROBLEM_STATUS`).
 * @param {Entry} entry
 * @returns {Map<string, number>}
 */
function problemStatuses(entry) {
  const statuses = exportedSymbol(entry, 'PROBLEM_STATUS');
  const statusType = entry.checker.getTypeOfSymbolAtLocation(statuses, declarationOf(statuses));
  return new Map(
    statusType.getProperties().flatMap((property) => {
      const type = entry.checker.getTypeOfSymbol(property);
      return type.isNumberLiteral() ? [[property.getName(), type.value]] : [];
    }),
  );
}

/**
 * @typedef {{
 *   name: string, symbol: import('typescript').Symbol, parent: string | undefined,
 *   codes: string[], codeType: string, description: string, adds: string[]
 * }} ErrorClass
 */

/**
 * Every exported class that is `AppointmentsError` or extends it, each base class before its
 * subclasses; among siblings, those without subclasses first, then by name.
 * @param {Entry} entry
 * @returns {ErrorClass[]}
 */
function errorClasses(entry) {
  /** @type {ErrorClass[]} */
  const classes = [];
  for (const [name, symbol] of entry.exported) {
    if (!(symbol.flags & ts.SymbolFlags.Class)) continue;
    const declaration = /** @type {import('typescript').ClassDeclaration} */ (
      declarationOf(symbol)
    );
    const heritage = declaration.heritageClauses?.find(
      (clause) => clause.token === ts.SyntaxKind.ExtendsKeyword,
    );
    const parent = heritage?.types[0]?.expression.getText();
    const instanceType = entry.checker.getDeclaredTypeOfSymbol(symbol);
    const codeSymbol = instanceType.getProperty('code');
    const codeType = codeSymbol ? declaredType(entry, codeSymbol) : undefined;
    // Fields the class declares itself; `declare` lines only narrow an inherited field's type.
    const adds = declaration.members
      .filter(ts.isPropertyDeclaration)
      .filter((member) => (ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Ambient) === 0)
      .map((member) => member.name.getText())
      .filter((memberName) => memberName !== 'name');
    classes.push({
      name,
      symbol,
      parent,
      codes: codeType ? stringLiterals(codeType) : [],
      codeType: codeType ? typeText(entry, codeType) : '',
      description: docText(entry, symbol),
      adds,
    });
  }
  if (!classes.some((errorClass) => errorClass.name === 'AppointmentsError')) {
    throw new Error('AppointmentsError is not exported.');
  }
  /** @param {ErrorClass} errorClass */
  const hasSubclasses = (errorClass) =>
    classes.some((candidate) => candidate.parent === errorClass.name);
  /** @type {ErrorClass[]} */
  const ordered = [];
  /** @param {string | undefined} parent */
  const visit = (parent) => {
    const children = classes
      .filter((errorClass) =>
        parent === undefined
          ? errorClass.name === 'AppointmentsError'
          : errorClass.parent === parent,
      )
      // Leaves before branches, so that a subclass list does not separate its siblings.
      .sort(
        (left, right) =>
          Number(hasSubclasses(left)) - Number(hasSubclasses(right)) ||
          left.name.localeCompare(right.name, 'en'),
      );
    for (const child of children) {
      ordered.push(child);
      visit(child.name);
    }
  };
  visit(undefined);
  return ordered;
}

/**
 * "When" for an error class: its description without the leading "`code`: " that the
 * `code` column already shows, or nothing when the description only lists the codes.
 * @param {ErrorClass} errorClass
 */
function whenThrown(errorClass) {
  const text = firstParagraph(errorClass.description);
  const withoutCodes = text.replace(/^(`[^`]+`(, | or )?)+:\s*/, '');
  if (/^(`[^`]+`|,|or|\s|\.)*$/.test(withoutCodes)) return '';
  return `${withoutCodes.charAt(0).toUpperCase()}${withoutCodes.slice(1)}`;
}

/**
 * The HTTP statuses of problem codes, in the codes' order: `400, 422, 409`.
 * @param {string[]} codes
 * @param {Map<string, number>} statuses
 */
function statusCell(codes, statuses) {
  return codes
    .map((problemCode) => statuses.get(problemCode))
    .filter((status) => status !== undefined)
    .map(String)
    .join(', ');
}

/** @param {Entry} entry */
function createClientSection(entry) {
  const createClient = exportedSymbol(entry, 'createClient');
  const signature = onlySignature(entry, createClient);
  const clientOptions = entry.checker.getDeclaredTypeOfSymbol(
    exportedSymbol(entry, 'ClientOptions'),
  );
  const callOptions = ['RequestOptions', 'IdempotentRequestOptions', 'ReleaseHoldOptions'].flatMap(
    (typeName) => {
      const symbol = exportedSymbol(entry, typeName);
      const type = entry.checker.getDeclaredTypeOfSymbol(symbol);
      return type
        .getProperties()
        .filter((property) => declarationOf(property).parent === declarationOf(symbol))
        .map((property) => {
          const { description } = describeField(entry, property);
          return [
            code(property.getName()),
            code(symbolTypeText(entry, property)),
            code(typeName),
            cell(description),
          ];
        });
    },
  );
  return [
    `### \`${callShape('createClient', signature)}\``,
    `\`\`\`ts\n${signatureText(entry, 'createClient', signature)}\n\`\`\``,
    firstParagraph(docText(entry, createClient)),
    `#### \`ClientOptions\`\n\n${table(['Option', 'Type', 'Default', 'Meaning'], optionRows(entry, clientOptions))}`,
    `#### Call options\n\nThe last argument of every method. Methods that change something take \`IdempotentRequestOptions\`, \`releaseHold\` takes \`ReleaseHoldOptions\`, the others \`RequestOptions\`.\n\n${table(['Option', 'Type', 'In', 'Meaning'], callOptions)}`,
  ].join('\n\n');
}

/**
 * @param {Entry} entry
 * @param {ErrorClass[]} classes
 */
function methodsSection(entry, classes) {
  const clientSymbol = exportedSymbol(entry, 'AppointmentsClient');
  const clientType = entry.checker.getDeclaredTypeOfSymbol(clientSymbol);
  const problems = problemsByOperation(entry);
  const allProblemLists = [...problems.values()];
  // Codes every operation may return are listed once, not under each method.
  const everywhere = (allProblemLists[0] ?? []).filter((problemCode) =>
    allProblemLists.every((list) => list.includes(problemCode)),
  );
  /** @param {string[]} codes */
  const errorList = (codes) =>
    classes
      .filter((errorClass) => errorClass.codes.some((problemCode) => codes.includes(problemCode)))
      .map((errorClass) => {
        const own = errorClass.codes.filter((problemCode) => codes.includes(problemCode));
        return `\`${errorClass.name}\` (${own.map((problemCode) => `\`${problemCode}\``).join(', ')})`;
      })
      .join(', ');
  const transportErrors = classes
    .filter((errorClass) => errorClass.parent === 'AppointmentsError')
    .filter((errorClass) => errorClass.codes.length > 0)
    .map((errorClass) => `\`${errorClass.name}\``);
  const lastTransportError = transportErrors.pop();
  // Declaration order: the interface lists them as a booking flow reads.
  const methods = clientType.getProperties().map((method) => {
    const signature = onlySignature(entry, method);
    const name = method.getName();
    const parts = [
      `#### \`client.${callShape(name, signature)}\``,
      `\`\`\`ts\n${signatureText(entry, name, signature)}\n\`\`\``,
    ];
    const description = firstParagraph(docText(entry, method));
    if (description) parts.push(description);
    const codes = problems.get(name)?.filter((problemCode) => !everywhere.includes(problemCode));
    if (codes && codes.length > 0) parts.push(`Errors: ${errorList(codes)}.`);
    return parts.join('\n\n');
  });
  return [
    '### Client methods',
    firstParagraph(docText(entry, clientSymbol)),
    `Any call may reject with ${transportErrors.join(', ')} or ${lastTransportError} (no valid answer came back), and with ${errorList(everywhere)}, which every operation of the API may return. Under each method are the further errors of its own operation.`,
    ...methods,
  ].join('\n\n');
}

/** @param {Entry} entry */
function functionsSection(entry) {
  return ['localize', 'resolveLanguage']
    .map((name) => {
      const symbol = exportedSymbol(entry, name);
      const signature = onlySignature(entry, symbol);
      return [
        `### \`${callShape(name, signature)}\``,
        `\`\`\`ts\n${signatureText(entry, name, signature)}\n\`\`\``,
        docText(entry, symbol),
      ].join('\n\n');
    })
    .join('\n\n');
}

/**
 * @param {Entry} entry
 * @param {ErrorClass[]} classes
 */
function errorsSection(entry, classes) {
  const base = classes[0];
  if (!base) throw new Error('No error class found.');
  const baseType = entry.checker.getDeclaredTypeOfSymbol(base.symbol);
  const baseProperties = baseType
    .getProperties()
    .filter((property) => declarationOf(property).parent === declarationOf(base.symbol))
    .filter((property) => property.getName() !== 'name')
    .map((property) => [
      code(property.getName()),
      code(symbolTypeText(entry, property)),
      cell(docText(entry, property)),
    ]);
  const statuses = problemStatuses(entry);
  const rows = classes.map((errorClass) => [
    code(errorClass.name),
    code(errorClass.parent),
    errorClass.codes.length > 0
      ? errorClass.codes.map((problemCode) => code(problemCode)).join(', ')
      : code(errorClass.codeType),
    statusCell(errorClass.codes, statuses),
    cell(whenThrown(errorClass)),
    errorClass === base ? '' : errorClass.adds.map((property) => code(property)).join(', '),
  ]);
  return [
    '### Errors',
    docText(entry, base.symbol),
    table(['Property', 'Type', 'Meaning'], baseProperties),
    table(['Class', 'Extends', '`code`', 'HTTP', 'When', 'Adds'], rows),
  ].join('\n\n');
}

/** The request bodies, in the order a booking uses them; `Applicant` is read within `BookingRequest`. */
const REQUEST_BODIES = [
  { schema: 'HoldRequest', method: 'createHold' },
  { schema: 'BookingRequest', method: 'createBooking' },
  { schema: 'RescheduleRequest', method: 'rescheduleBooking' },
  { schema: 'CancelRequest', method: 'cancelBooking' },
];

/**
 * The object literal of a schema declared as `z.object({ … })` (possibly followed by
 * `.register(…)`), whose properties carry the fields' TSDoc.
 * @param {import('typescript').Symbol} symbol
 * @returns {import('typescript').ObjectLiteralExpression}
 */
function schemaShape(symbol) {
  /** @type {import('typescript').ObjectLiteralExpression | undefined} */
  let shape;
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (
      !shape &&
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'object' &&
      node.expression.expression.getText() === 'z' &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      shape = node.arguments[0];
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(declarationOf(symbol));
  if (!shape) throw new Error(`${symbol.getName()} is not declared as z.object({ … }).`);
  return shape;
}

/**
 * What a field of a request body means: its TSDoc, else the TSDoc of the schema it is
 * (`mobile: MobileNumber` reads MobileNumber's), else the schema's registered description.
 * @param {Entry} entry
 * @param {import('typescript').ObjectLiteralElementLike} property
 * @param {Record<string, any>} openApiSchema
 */
function fieldMeaning(entry, property, openApiSchema) {
  const own = ts
    .getJSDocCommentsAndTags(property)
    .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ''))
    .join(' ')
    .trim();
  if (own) return own;
  if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.initializer)) {
    const symbol = entry.checker.getSymbolAtLocation(property.initializer);
    const target =
      symbol && symbol.flags & ts.SymbolFlags.Alias
        ? entry.checker.getAliasedSymbol(symbol)
        : symbol;
    const text = target ? docText(entry, target) : '';
    if (text) return firstParagraph(text);
  }
  return openApiSchema.description ?? '';
}

/**
 * A field's type and rules in words, from the OpenAPI document the schemas generate.
 * @param {Record<string, any>} schema
 * @param {Record<string, Record<string, any>>} components
 * @returns {string}
 */
function fieldType(schema, components) {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop();
    const target = components[name] ?? {};
    if (target.enum) return target.enum.map((value) => `\`${value}\``).join(', ');
    return `\`${name}\``;
  }
  if (schema.anyOf) {
    const [value, ...rest] = schema.anyOf.filter((option) => option.type !== 'null');
    const text = value ? fieldType(value, components) : 'null';
    return rest.length === 0 && schema.anyOf.length > 1 ? `${text}, or null` : text;
  }
  if (schema.type === 'array') return `list of ${fieldType(schema.items, components)}`;
  const rules = [];
  if (schema.format === 'email') rules.push('an email address');
  if (schema.minLength !== undefined && schema.maxLength !== undefined) {
    rules.push(`${schema.minLength} to ${schema.maxLength} characters`);
  } else if (schema.maxLength !== undefined) {
    rules.push(`at most ${schema.maxLength} characters`);
  } else if (schema.minLength > 1) {
    rules.push(`at least ${schema.minLength} characters`);
  } else if (schema.minLength === 1) {
    rules.push('not empty');
  }
  return [schema.type, ...rules].join(', ');
}

/**
 * The request bodies as tables: each field, whether it is required, its type and rules (from
 * the OpenAPI document) and what it means (from the schemas' TSDoc).
 * @param {Entry} entry
 */
function requestBodiesSection(entry) {
  const document = JSON.parse(readFileSync(join(SDK, 'openapi', 'openapi.json'), 'utf8'));
  /** @type {Record<string, Record<string, any>>} */
  const components = document.components.schemas;
  /**
   * @param {string} name
   * @param {string} prefix
   * @returns {string[][]}
   */
  const rows = (name, prefix) => {
    const schema = components[name];
    if (!schema) throw new Error(`The OpenAPI document has no schema ${name}.`);
    const shape = schemaShape(exportedSymbol(entry, name));
    return Object.entries(schema.properties ?? {}).flatMap(([field, fieldSchema]) => {
      const property = shape.properties.find((candidate) => candidate.name?.getText() === field);
      if (!property) throw new Error(`${name}.${field} is not in the schema's source.`);
      // A field whose schema is an object of its own (`applicant`) is followed by its fields.
      const nestedName = fieldSchema.$ref?.split('/').pop();
      const nested = nestedName && components[nestedName]?.properties ? nestedName : undefined;
      const row = [
        code(`${prefix}${field}`),
        (schema.required ?? []).includes(field) ? 'yes' : 'no',
        cell(nested ? 'object' : fieldType(fieldSchema, components)),
        cell(fieldMeaning(entry, property, nested ? components[nested] : fieldSchema)),
      ];
      return nested ? [row, ...rows(nested, `${prefix}${field}.`)] : [row];
    });
  };
  const tables = REQUEST_BODIES.map(({ schema, method }) => {
    const description = components[schema]?.description;
    return [
      `#### \`${schema}\` (\`client.${method}\`)`,
      ...(description ? [description] : []),
      table(['Field', 'Required', 'Type and rules', 'Meaning'], rows(schema, '')),
    ].join('\n\n');
  });
  return [
    '### Request bodies',
    'What the methods that change something send, field by field, as the contract checks it. A body that breaks a rule is refused with `ValidationError`, whose `fieldErrors` point at the field (`/applicant/mobile`).',
    ...tables,
  ].join('\n\n');
}

/**
 * The generated part of the README, markers included.
 * @returns {string}
 */
export function sdkApiSection() {
  const entry = loadEntry();
  const classes = errorClasses(entry);
  const body = [
    createClientSection(entry),
    methodsSection(entry, classes),
    requestBodiesSection(entry),
    functionsSection(entry),
    errorsSection(entry, classes),
  ].join('\n\n');
  return markedSection(
    body,
    `Generated from packages/sdk/src by \`${WRITE_COMMAND}\`: edit the TSDoc there, not this section.`,
  );
}

/**
 * Generates the README's API section; writes it, or with `check` only compares.
 * @param {{ check?: boolean }} [options]
 * @returns {boolean} Whether the README was (or, with `check`, would be) changed.
 */
export function generateSdkDocs({ check = false } = {}) {
  const readme = readFileSync(README_FILE, 'utf8');
  const updated = withApiSection(readme, sdkApiSection(), relative(ROOT, README_FILE));
  const changed = updated !== readme;
  if (changed && !check) writeFileSync(README_FILE, updated);
  return changed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  const readmePath = relative(ROOT, README_FILE);
  try {
    const changed = generateSdkDocs({ check });
    if (check && changed) {
      console.error(
        `The API section of ${readmePath} is out of date with the SDK's source. Run \`${WRITE_COMMAND}\` and commit the result.`,
      );
      process.exitCode = 1;
    } else if (check) {
      console.log(`The API section of ${readmePath} matches the SDK's source.`);
    } else {
      console.log(changed ? `Wrote ${readmePath}` : 'Already up to date.');
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
