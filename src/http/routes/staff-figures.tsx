// Supervisors' figures (issue 6; domain.md §8): /{lang}/staff/figures (?on=DATE&by=DIMENSION, and
// &format=csv|xlsx for the same tables as files) and the overdue drill-down /{lang}/staff/figures/overdue.
// CSV is written here (RFC 4180 quoting of three columns needs no library); XLSX by exceljs.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { LANGS, translate, type Lang } from '../../i18n/i18n.js';
import { DomainError } from '../../app/errors.js';
import { overdueCasesOf, registryFigures, type RegistryFigures } from '../../app/registry/figures.js';
import { cellText, figureKey, FiguresPage, OverdueCasesPage } from '../../views/pages/figures-page.js';
import type { ViewContext } from '../../views/view-context.js';
import { requireActor } from '../plugins/session.js';
import { originOf, sendPage } from '../request-context.js';

const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 20) : '');

/** The tables as rows: table, key in words, count ("< 5" for a suppressed cell). */
function rowsOf(lang: Lang, f: RegistryFigures): string[][] {
  const ctx = {
    lang,
    t: (k: string, v?: Record<string, unknown>) => translate(lang, k as never, v as never),
  } as unknown as ViewContext;
  const t = ctx.t;
  const rows: string[][] = [[t('regfigures.col.table'), t('regfigures.col.key'), t('regfigures.col.count')]];
  const reg = t('regfigures.registrations', { date: f.on, by: t(`regfigures.by.${f.by}`) });
  for (const c of f.registrations.cells) rows.push([reg, figureKey(ctx, f.by, c.key), cellText(ctx, c)]);
  rows.push([reg, t('regfigures.total'), String(f.registrations.total)]);
  const groups = t('regfigures.groups', { date: f.on });
  for (const c of f.groups.cells) rows.push([groups, figureKey(ctx, 'groups', c.key), cellText(ctx, c)]);
  rows.push([groups, t('regfigures.total'), String(f.groups.total)]);
  for (const o of f.overdue) rows.push([t('regfigures.overdue'), o.officeCode, String(o.count)]);
  return rows;
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function registerStaffFigures(app: FastifyInstance): void {
  for (const lang of LANGS) {
    app.get(`/${lang}/staff/figures`, { preHandler: requireActor }, async (req, reply) => {
      const q = req.query as Record<string, unknown>;
      const values = { on: str(q.on), by: str(q.by) };
      let figures: RegistryFigures | null = null;
      let errors: Record<string, string> = {};
      try {
        figures = await registryFigures(app.deps, req.actor!, originOf(req), values);
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        errors = e.fields;
      }
      const format = q.format;
      if (figures && (format === 'csv' || format === 'xlsx')) {
        const rows = rowsOf(lang, figures);
        const name = `figures-${figures.on}-${figures.by}`;
        if (format === 'csv')
          return reply
            .header('content-type', 'text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${name}.csv"`)
            .send(`\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`);
        const book = new ExcelJS.Workbook();
        const sheet = book.addWorksheet(figures.on);
        for (const r of rows) sheet.addRow(r);
        sheet.columns.forEach((c) => (c.width = 40));
        const buffer = Buffer.from(await book.xlsx.writeBuffer());
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(buffer);
      }
      return sendPage(
        req,
        reply,
        'regfigures.title',
        (ctx) => (
          <FiguresPage
            ctx={ctx}
            figures={figures}
            values={{ on: figures?.on ?? values.on, by: figures?.by ?? (values.by || 'office') }}
            errors={errors}
          />
        ),
        Object.keys(errors).length ? 400 : 200,
      );
    });

    app.get(`/${lang}/staff/figures/overdue`, { preHandler: requireActor }, async (req, reply) => {
      const office = str((req.query as Record<string, unknown>).office);
      const list = await overdueCasesOf(app.deps, req.actor!, originOf(req), office);
      return sendPage(req, reply, 'regfigures.overdue', (ctx) => (
        <OverdueCasesPage ctx={ctx} officeCode={list.officeCode} cases={list.cases} />
      ));
    });
  }
}
