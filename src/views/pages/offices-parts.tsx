// Pieces shared by the office directory's pages: names in the page language, contacts (a value the
// directory marks suspect is shown as printed, never as a working link: domain.md §1), the weekly
// schedule in words.
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { ViewContext } from '../view-context.js';
import type { WeeklySchedule } from '../../domain/time/weekly-schedule.js';
import {
  nameIn,
  type ContactNumber,
  type ContactValue,
  type Contacts,
  type Names,
} from '../../app/organisations/find-offices.js';

const WEEKDAY: Record<number, MessageKey> = {
  1: 'offices.weekday.1',
  2: 'offices.weekday.2',
  3: 'offices.weekday.3',
  4: 'offices.weekday.4',
  5: 'offices.weekday.5',
  6: 'offices.weekday.6',
  7: 'offices.weekday.7',
};

/** The English pages show the official Russian names (there are no official English ones). */
export function inLang(lang: Lang, names: Names): string {
  return nameIn(lang, names);
}

/** Weekdays as runs: [1,2,3,4,5] → "Monday – Friday"; [6,7] → "Saturday – Sunday"; [3] → "Wednesday". */
export function weekdayRuns(ctx: ViewContext, days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  const name = (d: number) => ctx.t(WEEKDAY[d] as MessageKey);
  return runs.map(([a, b]) => (a === b ? name(a) : `${name(a)} – ${name(b)}`)).join(', ');
}

export function ScheduleLines({ ctx, schedule }: { ctx: ViewContext; schedule: WeeklySchedule | null }) {
  if (!schedule) return <p>{ctx.t('offices.schedule_unknown')}</p>;
  const off = [1, 2, 3, 4, 5, 6, 7].filter((d) => !schedule.days.includes(d));
  return (
    <ul class="link-list">
      <li>{ctx.t('offices.schedule_days', { days: weekdayRuns(ctx, schedule.days) })}</li>
      <li>{ctx.t('offices.schedule_hours', { open: schedule.open, close: schedule.close })}</li>
      {schedule.break && (
        <li>{ctx.t('offices.schedule_break', { start: schedule.break.start, end: schedule.break.end })}</li>
      )}
      {off.length > 0 && <li>{ctx.t('offices.schedule_days_off', { days: weekdayRuns(ctx, off) })}</li>}
    </ul>
  );
}

export function SuspectTag({ ctx }: { ctx: ViewContext }) {
  return (
    <>
      {' '}
      <span class="tag">{ctx.t('offices.suspect')}</span>
    </>
  );
}

function PhoneNumber({ ctx, n }: { ctx: ViewContext; n: ContactNumber }) {
  if (n.e164 && !n.suspect) return <a href={`tel:${n.e164}`}>{n.printed}</a>;
  return (
    <>
      <span>{n.printed}</span>
      {n.suspect && <SuspectTag ctx={ctx} />}
    </>
  );
}

function Value({ ctx, v, href }: { ctx: ViewContext; v: ContactValue; href: string }) {
  if (!v.suspect)
    return (
      <a href={href} rel="noreferrer">
        {v.value}
      </a>
    );
  return (
    <>
      <span>{v.value}</span>
      <SuspectTag ctx={ctx} />
    </>
  );
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Address, phones, faxes, e-mails and websites as a summary list; empty ones are left out. */
export function ContactRows({ ctx, c }: { ctx: ViewContext; c: Contacts }) {
  return (
    <>
      {c.address && (
        <Row label={ctx.t('offices.address')}>
          {c.address}
          {c.addressSuspect && <SuspectTag ctx={ctx} />}
        </Row>
      )}
      {c.phones.length > 0 && (
        <Row label={ctx.t('offices.phones')}>
          <ul class="link-list">
            {c.phones.map((n) => (
              <li key={n.printed}>
                <PhoneNumber ctx={ctx} n={n} />
              </li>
            ))}
          </ul>
        </Row>
      )}
      {c.faxes.length > 0 && (
        <Row label={ctx.t('offices.faxes')}>
          <ul class="link-list">
            {c.faxes.map((n) => (
              <li key={n.printed}>
                <PhoneNumber ctx={ctx} n={n} />
              </li>
            ))}
          </ul>
        </Row>
      )}
      {c.emails.length > 0 && (
        <Row label={ctx.t('offices.emails')}>
          <ul class="link-list">
            {c.emails.map((v) => (
              <li key={v.value}>
                <Value ctx={ctx} v={v} href={`mailto:${v.value}`} />
              </li>
            ))}
          </ul>
        </Row>
      )}
      {c.websites.length > 0 && (
        <Row label={ctx.t('offices.websites')}>
          <ul class="link-list">
            {c.websites.map((v) => (
              <li key={v.value}>
                <Value ctx={ctx} v={v} href={`https://${v.value}`} />
              </li>
            ))}
          </ul>
        </Row>
      )}
    </>
  );
}
