// Every user-facing string comes from a catalogue: the page templates hold no literal text. Checked on
// the syntax tree of every .tsx file under src/ (text between tags, and text in attributes people
// read or hear: title, alt, aria-label, placeholder, value of buttons).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import ts from 'typescript';

const READ_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'placeholder', 'aria-description', 'label']);
const LETTER = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory()
      ? tsxFiles(p)
      : e.name.endsWith('.tsx') && !e.name.endsWith('.test.tsx')
        ? [p]
        : [];
  });
}

export function literalTexts(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteral(node.expression) &&
      LETTER.test(node.expression.text)
    )
      found.push(node.expression.text);
    if (
      ts.isJsxAttribute(node) &&
      READ_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      LETTER.test(node.initializer.text)
    )
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

it('finds literal text where there is some (the check itself works)', () => {
  assert.deepEqual(literalTexts('x.tsx', 'const a = <p title="Hello">Сәлем {"мир"} {t("k")} {"—"}</p>;'), [
    'title="Hello"',
    'Сәлем',
    'мир',
  ]);
});

it('no page template under src/ holds literal user-facing text', () => {
  const problems = tsxFiles(path.resolve('src')).flatMap((f) =>
    literalTexts(f, fs.readFileSync(f, 'utf8')).map((t) => `${path.relative('src', f)}: ${t}`),
  );
  assert.deepEqual(problems, []);
});
