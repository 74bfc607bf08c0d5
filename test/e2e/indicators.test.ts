// The national supervisor's journey with the annex 9 indicators (ru; §19, domain.md §7): from the
// desk to the table, the year's normative value and next year's target entered with the order
// cited, a wrong entry refused with its message beside the field and nothing lost, the table showing
// the values, and the same table downloaded as XLSX and as a PDF whose text is real.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD } from '../../src/app/demo/seed-demo.js';
import { pdfText } from '../../src/documents/pdf-test-helper.js';
import { AxeBuilder } from '@axe-core/playwright';
import { clickForDocument, message, signIn, squash, useSuite } from './support.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('annex 9 indicators (ru)', () => {
  const suite = useSuite();

  it("the national supervisor enters the year's values and downloads the table", async () => {
    const page = await suite.page({ acceptDownloads: true });
    const year = Number(plainDateAt(new Date(), 'Asia/Almaty').slice(0, 4)); // the year in Kazakhstan
    await signIn(page, 'ru', 'agency.supervisor', DEMO_PASSWORD);
    await page.waitForURL('**/ru/staff');
    await Promise.all([
      page.waitForURL('**/ru/staff/indicators'),
      page.click(`main a:text-is("${message('ru', 'indicators.nav')}")`),
    ]);
    assert.equal(squash(await page.locator('h1').textContent()), message('ru', 'indicators.title'));
    await Promise.all([
      page.waitForURL('**/ru/staff/indicators/values'),
      page.click(`main a:text-is("${message('ru', 'indicators.enter_values')}")`),
    ]);

    // A wrong percentage: refused, the message linked from the summary, what was typed kept.
    await page.selectOption('#indicator', '1.1');
    await page.fill('#year', String(year));
    await page.fill('#normative', '120');
    await page.fill('#target', '');
    await page.fill('#orderNumber', '45-п');
    await page.fill('#orderDate', `${year}-01-15`);
    const refused = await clickForDocument(
      page,
      'main form[method="post"][action="/ru/staff/indicators/values"] button[type=submit]',
    );
    assert.equal(refused.status(), 400);
    assert.equal(
      squash(await page.locator('#normative-error').textContent()),
      message('ru', 'indicators.error.percent_range'),
    );
    assert.equal(await page.locator('.error-summary a[href="#normative"]').count(), 1);
    assert.equal(await page.inputValue('#orderNumber'), '45-п');

    // This year's normative value, then next year's target.
    await page.fill('#normative', '90');
    assert.equal(
      (
        await clickForDocument(
          page,
          'main form[method="post"][action="/ru/staff/indicators/values"] button[type=submit]',
        )
      ).status(),
      200,
    );
    assert.equal(
      squash(await page.locator('.notice-success').textContent()),
      message('ru', 'indicators.saved'),
    );
    await page.selectOption('#indicator', '1.1');
    await page.fill('#year', String(year + 1));
    await page.fill('#normative', '');
    await page.fill('#target', '95,5');
    await page.fill('#orderNumber', '46-п');
    await page.fill('#orderDate', `${year}-01-15`);
    assert.equal(
      (
        await clickForDocument(
          page,
          'main form[method="post"][action="/ru/staff/indicators/values"] button[type=submit]',
        )
      ).status(),
      200,
    );

    // The country's table for the year shows both.
    await page.goto(`/ru/staff/indicators?scope=country&year=${year}`);
    const row = page.locator('tbody tr').first();
    assert.match(
      squash(await row.locator('th').textContent()),
      /^1\.1\. % \(доля\) случаев предоставления услуги/,
    );
    assert.equal(squash(await row.locator('td').nth(0).textContent()), '90 %');
    assert.equal(squash(await row.locator('td').nth(1).textContent()), '95,5 %');

    // Downloads: XLSX and PDF of the same table.
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`a:text-is("${message('ru', 'indicators.download_xlsx')}")`),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String);
    assert.ok(cells.includes('95,5 %'), cells.join(' | '));
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`a:text-is("${message('ru', 'indicators.download_pdf')}")`),
    ]);
    assert.match(pdf.suggestedFilename(), /\.ru\.pdf$/);
    const text = pdfText(fs.readFileSync((await pdf.path())!)).replace(/\s+/g, ' ');
    for (const expected of [
      'Таблица. Значения показателей качества и эффективности',
      'Республика Казахстан',
      '90 %',
      '95,5 %',
    ])
      assert.ok(text.includes(expected), `${expected} in ${text}`);
  });

  it('the national supervisor rebuilds the roll-ups and reads the dashboard in kk, ru and en: charts beside their tables, no axe violation', async () => {
    const page = await suite.page();
    await signIn(page, 'ru', 'agency.supervisor', DEMO_PASSWORD);
    await page.waitForURL('**/ru/staff');
    await page.goto('/ru/staff/indicators?scope=country');
    await Promise.all([
      page.waitForURL('**/ru/staff/indicators/dashboard**'),
      page.click(`main a:text-is("${message('ru', 'dashboard.nav')}")`),
    ]);
    assert.equal(squash(await page.locator('h1').textContent()), message('ru', 'dashboard.title'));
    // The rebuild button: the roll-ups made now, the dashboard shown again with the count.
    const rebuilt = await clickForDocument(
      page,
      'main form[method="post"][action="/ru/staff/indicators/rollups"] button[type=submit]',
    );
    assert.equal(rebuilt.status(), 200);
    assert.match(
      squash(await page.locator('.notice-success').textContent()),
      /^Ежедневные своды пересчитаны/,
    );
    assert.match(squash(await page.locator('.freshness p').first().textContent()), /^Показатели на /);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await page.goto(`/${lang}/staff/indicators/dashboard?scope=country`);
      assert.equal(squash(await page.locator('h1').textContent()), message(lang, 'dashboard.title'));
      // Every chart is hidden from screen readers and has its table beside it.
      const pairs = page.locator('.chart-pair');
      assert.ok((await pairs.count()) >= 7, 'five trends, the ranking and the queue at least');
      for (let i = 0; i < (await pairs.count()); i++) {
        assert.equal(await pairs.nth(i).locator('svg[aria-hidden="true"]').count(), 1);
        assert.equal(await pairs.nth(i).locator('table caption').count(), 1);
      }
      const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      assert.ok(result.passes.length > 10, 'axe ran its rules');
      assert.deepEqual(
        result.violations.map(
          (v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
        [],
      );
    }
  });
});
