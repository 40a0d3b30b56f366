import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(__dirname, '../../src/renderer/src');

/** Props whose value a user reads or hears: a literal here is untranslated text. */
const USER_VISIBLE_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'legend',
  'submitLabel',
  'busyLabel',
  'cancelLabel',
  'emptyText',
]);

/** Text that is the same in every language: codes, symbols, formats. */
const NOT_WORDS = /^(A4|DD\/MM\/YYYY|MM\/DD\/YYYY|YYYY-MM-DD|SHA-256|FHIR|CSV|PDF)$/;
const hasWords = (text: string) => /[A-Za-z]{2,}/.test(text) && !NOT_WORDS.test(text.trim());

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

/** Every literal English string a component renders: JSX text, and literals in user-visible props. */
function literalStrings(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${path.relative(RENDERER, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${where(node)} ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && USER_VISIBLE_PROPS.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null;
      if (literal && hasWords(literal.text))
        found.push(`${where(node)} ${node.name.getText(sf)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no literal English in components', () => {
  it('every text a component renders goes through t()', () => {
    const found = tsxFiles(RENDERER).flatMap((file) => literalStrings(file, fs.readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('finds JSX text and literal labels, and leaves translated, symbolic and code values alone', () => {
    const sample = `export const A = () => (
      <div className="x" aria-label="Close dialog">
        Save patient
        {t('form.save')} · — A4
        <input placeholder={'Type a name'} title={t('x')} type="text" />
      </div>
    );`;
    expect(literalStrings(path.join(RENDERER, 'Sample.tsx'), sample)).toEqual([
      'Sample.tsx:2 aria-label="Close dialog"',
      'Sample.tsx:3 Save patient',
      'Sample.tsx:5 placeholder="Type a name"',
    ]);
  });
});
