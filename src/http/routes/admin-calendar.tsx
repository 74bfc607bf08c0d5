import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, translate } from '../../i18n/i18n.js';
import { addCalendarYear } from '../../app/calendar/add-calendar-year.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { enteredYears } from '../../db/calendar-years-query.js';
import { BUILT_IN_YEARS, type CalendarYearData } from '../../domain/calendar/index.js';
import { plainDateAt, toParts } from '../../domain/time/plain-date.js';
import { CalendarPage, TRANSFER_ROWS, type CalendarYearRow } from '../../views/pages/calendar-page.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';

const str = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 500) : '');

/** The form as a CalendarYearData record (domain.md §9); the use-case validates it. */
function yearData(form: Record<string, string>): CalendarYearData {
  const transfersAct = {
    kind: form.actKind === 'ministry-order' ? ('ministry-order' as const) : ('government-decree' as const),
    title: form.actTitle ?? '',
    number: form.actNumber || null,
    date: form.actDate || null,
    source: form.actSource ?? '',
  };
  const transfers = Array.from({ length: TRANSFER_ROWS }, (_, i) => ({
    workingDay: form[`working${i}`] ?? '',
    dayOff: form[`off${i}`] ?? '',
  }))
    .filter((t) => t.workingDay || t.dayOff)
    .map((t) => ({ ...t, act: transfersAct }));
  return {
    year: /^\d{4}$/.test(form.year ?? '') ? Number(form.year) : NaN,
    kurbanAit: {
      date: form.kurbanDate ?? '',
      act: {
        kind: 'announcement',
        title: form.kurbanTitle ?? '',
        number: null,
        date: null,
        source: form.kurbanSource ?? '',
      },
    },
    transfers,
  };
}

// domain.md §9: administrators of the national authority enter a year's calendar data.
export function registerAdminCalendar(app: FastifyInstance): void {
  const guard = async (req: FastifyRequest) => {
    if (!can(req.actor!, 'calendar.manage')) throw new DomainError('FORBIDDEN');
  };
  async function render(
    req: FastifyRequest,
    reply: FastifyReply,
    extra: {
      errors?: { field: string; message: string }[];
      notice?: string | null;
      form?: Record<string, string>;
    },
    status = 200,
  ) {
    const entered = new Map((await enteredYears(app.deps.database.db)).map((y) => [y.year, y.enteredAt]));
    const thisYear = toParts(plainDateAt(app.deps.now(), 'Asia/Almaty')).year;
    const builtIn = new Set(BUILT_IN_YEARS.map((y) => y.year));
    const years: CalendarYearRow[] = [];
    for (let y = thisYear + 1; y >= 2011; y--) {
      const at = entered.get(y);
      years.push({
        year: y,
        status: at ? 'entered' : builtIn.has(y) ? 'built_in' : 'provisional',
        enteredAt: at ? at.toISOString().slice(0, 16).replace('T', ' ') : null,
      });
    }
    return sendPage(
      req,
      reply,
      'calendar.title',
      (ctx) => (
        <CalendarPage
          ctx={ctx}
          years={years}
          errors={extra.errors ?? []}
          notice={extra.notice ?? null}
          form={extra.form ?? {}}
        />
      ),
      status,
    );
  }
  for (const lang of LANGS) {
    const path = `/${lang}/staff/admin/calendar`;
    app.get(path, { preHandler: [requireActor, guard] }, async (req, reply) => render(req, reply, {}));
    app.post(path, { preHandler: [app.csrfProtection, requireActor, guard] }, async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const form = Object.fromEntries(
        Object.entries(body)
          .filter(([k]) => k !== '_csrf')
          .map(([k, v]) => [k, str(v)]),
      );
      try {
        const r = await addCalendarYear(app.deps, req.actor!, originOf(req), yearData(form));
        return render(req, reply, {
          notice: translate(lang, 'calendar.saved', { year: form.year ?? '', recomputed: r.recomputed }),
        });
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        const errors = [
          {
            field: 'year',
            message: translate(lang, 'field.calendar_invalid', { detail: e.fields.year ?? '' }),
          },
        ];
        return render(req, reply, { errors, form }, 400);
      }
    });
  }
}
