import type { DayTransfer, LegalAct } from '../calendar-year-data.js';

// Small constructors that keep the year files readable: one line per fact, each with its act.

export function decree(title: string, number: string | null, date: string | null, source: string): LegalAct {
  return { kind: 'government-decree', title, number, date, source };
}

export function ministryOrder(title: string, number: string | null, date: string | null, source: string): LegalAct {
  return { kind: 'ministry-order', title, number, date, source };
}

/** The Kurban Ait date is announced each year by the Spiritual Administration of Muslims of Kazakhstan. */
export function kurbanAit(date: string, source: string): { date: string; act: LegalAct } {
  return {
    date,
    act: {
      kind: 'announcement',
      title: 'Первый день Курбан айта (ДУМК; Трудовой кодекс: выходной день без переноса)',
      number: null,
      date: null,
      source,
    },
  };
}

export function transfer(workingDay: string, dayOff: string, act: LegalAct): DayTransfer {
  return { workingDay, dayOff, act };
}
