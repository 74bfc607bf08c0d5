import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pdfInfo, pdfWordBoxes } from '../pdf-test-helper.js';
import { MARGINS, onOnePage, Sheet } from './sheet.js';

const options = { lang: 'kk' as const };

describe('the sheet', () => {
  it('keeps a line whole by shrinking it, and wraps only below the smallest size', async () => {
    const sheet = new Sheet({ options, title: 't' });
    const number = '63-018-A/2026/1048576-1048576-1048576-1048576';
    assert.equal(sheet.fitSize('19-000', 100, 'regular', 12, 8), 12);
    const shrunk = sheet.fitSize(number, 200, 'bold', 12, 4);
    assert.ok(shrunk !== null && shrunk < 12 && sheet.widthOf(number, 'bold', shrunk) <= 200);
    assert.equal(sheet.fitSize(number, 50, 'bold', 12, 8), null);

    sheet.line(number, { face: 'bold', size: 14, width: 200, align: 'right', minSize: 4 });
    sheet.line(`${number} ${number} ${number}`, { size: 14, minSize: 10 });
    const [page] = pdfWordBoxes(await sheet.finish());
    const whole = page!.words.filter((w) => w.word === number);
    assert.ok(whole.length >= 1, 'the number whole on its own line');
    const first = whole[0]!;
    assert.ok(Math.abs(first.xMax - (MARGINS.left + 200)) < 1, `right-aligned to its column: ${first.xMax}`);
    for (const w of page!.words) assert.ok(w.xMax <= page!.width - MARGINS.right + 0.5, w.word);
  });

  it('lays a document out smaller rather than on a second page, and at full size when it needs several', async () => {
    const scales: number[] = [];
    const lines = (n: number) => (scale: number) => {
      scales.push(scale);
      const sheet = new Sheet({ options, title: 't', scale });
      for (let i = 0; i < n; i++) sheet.text(`Жол ${i}`, { size: 12 });
      return sheet;
    };
    assert.equal(pdfInfo(await onOnePage(lines(50))).pages, 1);
    assert.deepEqual(scales, [1, 0.9]);
    scales.length = 0;
    assert.ok(pdfInfo(await onOnePage(lines(200))).pages > 1);
    assert.deepEqual(scales, [1, 0.9, 0.8, 0.72, 1]);
  });
});
