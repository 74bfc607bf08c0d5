// Annex 9 (§18–19, domain.md §7): /{lang}/staff/indicators (?scope=country|region:NN|OFFICE&year=YYYY,
// and &format=pdf|xlsx|csv for the same table as a file) and the national supervisor's entry of the
// yearly values at /{lang}/staff/indicators/values. CSV is written here (quoting only); XLSX by
// exceljs; the PDF by the documents' renderer, in Kazakh or Russian (English pages get the Russian
// official text, domain.md §6).
import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { rebuildRollups } from '../../app/indicators/rebuild-rollups.js';
import type { RollupRun } from '../../db/indicator-rollups.js';
import { showDashboard } from './staff-indicator-dashboard.js';
import { LANGS, translate, type Lang } from '../../i18n/i18n.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { annex9Table, scopeChoices, type Annex9Table } from '../../app/indicators/annex9-table.js';
import { setYearValue } from '../../app/indicators/set-year-value.js';
import { findOfficeYearValues, findYearValues } from '../../db/indicator-values-store.js';
import { renderAnnex9Table } from '../../documents/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import {
  currentText,
  indicatorTitle,
  IndicatorsPage,
  IndicatorValuesPage,
  metText,
  resolvedText,
  scopeTitle,
} from '../../views/pages/indicators-page.js';
import type { ViewContext } from '../../views/view-context.js';
import { requireActor } from '../plugins/session.js';
import { originOf, sendPage } from '../request-context.js';

const str = (v: unknown, max = 40) => (typeof v === 'string' ? v.slice(0, max) : '');
const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function fileContext(lang: Lang): ViewContext {
  return {
    lang,
    t: (k: string, v?: Record<string, unknown>) => translate(lang, k as never, v as never),
  } as unknown as ViewContext;
}

function rowsOf(lang: Lang, table: Annex9Table): string[][] {
  const ctx = fileContext(lang);
  const t = ctx.t;
  const head = [
    t('indicators.col.indicator'),
    t('indicators.col.normative'),
    t('indicators.col.next_target'),
    t('indicators.col.current'),
    t('indicators.col.met'),
  ];
  return [
    [t('indicators.table_title', { scope: scopeTitle(ctx, table), year: table.year })],
    head,
    ...table.rows.map((r) => [
      indicatorTitle(ctx, r),
      resolvedText(ctx, r.normative),
      resolvedText(ctx, r.nextTarget),
      currentText(ctx, r.current),
      metText(ctx, r),
    ]),
    [t('indicators.footnote_32')],
  ];
}

export function registerStaffIndicators(app: FastifyInstance): void {
  for (const lang of LANGS) {
    const showTable = async (
      req: FastifyRequest,
      reply: FastifyReply,
      q: Record<string, unknown>,
      rebuilt: RollupRun | null,
    ) => {
      const actor = req.actor!;
      if (!can(actor, 'indicators.read')) throw new DomainError('FORBIDDEN');
      const values = { scope: str(q.scope), year: str(q.year, 8) };
      let table: Annex9Table | null = null;
      let errors: Record<string, string> = {};
      try {
        table = await annex9Table(app.deps, actor, values);
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        errors = e.fields;
      }
      const scopeValue =
        values.scope ||
        (table?.scope.kind === 'country'
          ? 'country'
          : table?.scope.kind === 'region'
            ? `region:${table.scope.code}`
            : table?.scope.kind === 'office'
              ? table.scope.code
              : '');
      const format = q.format;
      if (table && (format === 'csv' || format === 'xlsx' || format === 'pdf')) {
        const name = `annex9-${scopeValue.replace(':', '-') || 'scope'}-${table.year}`;
        if (format === 'pdf') {
          // Official documents are in Kazakh or Russian only; the English pages get the Russian text.
          const docLang = lang === 'kk' ? 'kk' : 'ru';
          const s = table.scope;
          const scopeName =
            s.kind === 'country'
              ? docLang === 'kk'
                ? 'Қазақстан Республикасы'
                : 'Республика Казахстан'
              : docLang === 'kk'
                ? s.nameKk
                : (s.nameRu ?? s.nameKk);
          const pdf = await renderAnnex9Table(
            {
              scope: scopeName,
              year: table.year,
              period: { from: table.from, to: table.to },
              rows: table.rows.map((r) => ({
                indicator: r.indicator,
                normative: r.normative.value,
                nextTarget: r.nextTarget.value,
                current: r.current,
              })),
            },
            { lang: docLang },
          );
          return reply
            .header('content-type', 'application/pdf')
            .header('content-disposition', `attachment; filename="${name}.${docLang}.pdf"`)
            .send(pdf);
        }
        const rows = rowsOf(lang, table);
        if (format === 'csv')
          return reply
            .header('content-type', 'text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${name}.csv"`)
            .send(`\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`);
        const book = new ExcelJS.Workbook();
        const sheet = book.addWorksheet(String(table.year));
        for (const r of rows) sheet.addRow(r);
        sheet.columns.forEach((c, i) => (c.width = i === 0 ? 70 : 28));
        const buffer = Buffer.from(await book.xlsx.writeBuffer());
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(buffer);
      }
      const choices = await scopeChoices(app.deps, actor);
      return sendPage(
        req,
        reply,
        'indicators.title',
        (ctx) => (
          <IndicatorsPage
            ctx={ctx}
            table={table}
            choices={choices}
            values={{ scope: scopeValue, year: table ? String(table.year) : values.year }}
            errors={errors}
            canEnter={can(actor, 'indicators.enter')}
            canRebuild={can(actor, 'indicators.rebuild', { organisationId: '', regionCode: '__none__' })}
            rebuilt={rebuilt}
          />
        ),
        Object.keys(errors).length ? 400 : 200,
      );
    };

    app.get(`/${lang}/staff/indicators`, { preHandler: requireActor }, (req, reply) =>
      showTable(req, reply, req.query as Record<string, unknown>, null),
    );

    // Issue 10: the national supervisor rebuilds the daily roll-ups, then sees the table again.
    app.post(
      `/${lang}/staff/indicators/rollups`,
      { preHandler: [app.csrfProtection, requireActor] },
      async (req, reply) => {
        const run = await rebuildRollups(app.deps, req.actor!);
        const back = str(((req.body ?? {}) as Record<string, unknown>).back, 300);
        const query = Object.fromEntries(new URLSearchParams(back.split('?')[1] ?? ''));
        if (back.startsWith(`/${lang}/staff/indicators/dashboard`))
          return showDashboard(app, req, reply, query, run);
        return showTable(req, reply, query, run);
      },
    );

    // The values of a year: the national ones and every office's own.
    const valuesPage = async (year: number) => {
      const db = app.deps.database.db;
      return { national: await findYearValues(db, [year]), offices: await findOfficeYearValues(db, year) };
    };
    const thisYear = () => Number(plainDateAt(app.deps.now(), 'Asia/Almaty').slice(0, 4));

    app.get(`/${lang}/staff/indicators/values`, { preHandler: requireActor }, async (req, reply) => {
      const actor = req.actor!;
      if (!can(actor, 'indicators.enter')) throw new DomainError('FORBIDDEN');
      const asked = Number(str((req.query as Record<string, unknown>).show_year, 4));
      const year = asked >= 2011 && asked <= thisYear() + 1 ? asked : thisYear();
      const { national, offices } = await valuesPage(year);
      return sendPage(req, reply, 'indicators.values_title', (ctx) => (
        <IndicatorValuesPage
          ctx={ctx}
          year={year}
          national={national}
          offices={offices}
          form={{}}
          errors={{}}
          saved={false}
        />
      ));
    });

    app.post(
      `/${lang}/staff/indicators/values`,
      { preHandler: [app.csrfProtection, requireActor] },
      async (req, reply) => {
        const actor = req.actor!;
        if (!can(actor, 'indicators.enter')) throw new DomainError('FORBIDDEN');
        const body = (req.body ?? {}) as Record<string, unknown>;
        const form = {
          indicator: str(body.indicator, 8),
          year: str(body.year, 8),
          office: str(body.office, 20),
          normative: str(body.normative, 12),
          target: str(body.target, 12),
          orderNumber: str(body.orderNumber, 100),
          orderDate: str(body.orderDate, 12),
        };
        let errors: Record<string, string> = {};
        let saved = false;
        try {
          await setYearValue(app.deps, actor, originOf(req), form);
          saved = true;
        } catch (e) {
          if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
          errors = e.fields;
        }
        const typed = Number(form.year);
        const year = typed >= 2011 && typed <= thisYear() + 1 ? typed : thisYear();
        const { national, offices } = await valuesPage(year);
        return sendPage(
          req,
          reply,
          'indicators.values_title',
          (ctx) => (
            <IndicatorValuesPage
              ctx={ctx}
              year={year}
              national={national}
              offices={offices}
              form={saved ? {} : form}
              errors={errors}
              saved={saved}
            />
          ),
          saved ? 200 : 400,
        );
      },
    );
  }
}
