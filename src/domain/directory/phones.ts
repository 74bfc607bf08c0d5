import type { Suspect } from './types.js';
import { normaliseSpace } from './text.js';

// Phone cells of annexes 1–4. Printed forms seen in the seed:
//   "8 (7162) 25-80-12"                      one number
//   "8 (7112) 50-02-36 51-31-48"             a second number, its area code left out (annex 1 rows 8, 12)
//   "8 (7172) 55-64-06, 55-64-82"            the same, comma-separated (annex 3)
//   "8 (7272) 71-66-47, ф. 71-66-47"         "ф." marks a fax number (annex 3)
//   "8 (7172) 55 -66-92", "8 (725 48) 2-19-10", "8(72534) 6-15-67"   stray or missing spaces
//   "8 (72237) 3-18-61,"                     a trailing comma: a second number lost in the PDF
// A number printed without its area code takes the cell's first one (rule "inherited area code").

export interface ParsedPhones {
  phones: string[];
  phonesE164: string[];
  faxes: string[];
  faxesE164: string[];
  suspect: Suspect[];
}

/** Rule "stray spaces in phone numbers": no spaces inside the parentheses or around hyphens. */
export function tidyPhoneText(s: string): string {
  return normaliseSpace(s)
    .replace(/\(([\d ]+)\)/gu, (_m, code: string) => `(${code.replace(/ /gu, '')})`)
    .replace(/ *- */gu, '-')
    .replace(/8\(/gu, '8 (');
}

const NUMBER = /(ф\. *)?(?:8 \((\d+)\) )?(\d+(?:-\d+)+)/gu;

/**
 * The +7 form of a Kazakh number: trunk prefix 8 dropped, country code 7 added. A Kazakh national
 * number has 10 digits (area code + subscriber); anything else cannot be normalised.
 */
export function toE164(areaCode: string, local: string): string | null {
  const national = areaCode + local.replace(/\D/gu, '');
  return national.length === 10 ? `+7${national}` : null;
}

export function parsePhoneCell(cell: string): ParsedPhones {
  const out: ParsedPhones = { phones: [], phonesE164: [], faxes: [], faxesE164: [], suspect: [] };
  const text = tidyPhoneText(cell);
  if (text === '') return out;
  let cellArea: string | null = null;
  let rest = text;
  for (const m of text.matchAll(NUMBER)) {
    const [whole, faxLabel, area, local] = m as unknown as [
      string,
      string | undefined,
      string | undefined,
      string,
    ];
    rest = rest.replace(whole, '');
    const printed = area ? `8 (${area}) ${local}` : local;
    if (area && cellArea === null) cellArea = area;
    const useArea = area ?? cellArea;
    const e164 = useArea === null ? null : toE164(useArea, local);
    const isFax = faxLabel !== undefined;
    (isFax ? out.faxes : out.phones).push(printed);
    if (e164) (isFax ? out.faxesE164 : out.phonesE164).push(e164);
    else {
      const digits = ((useArea ?? '') + local).replace(/\D/gu, '').length;
      out.suspect.push({
        field: isFax ? 'faxes' : 'phones',
        value: printed,
        reason: `${digits} digits after the trunk prefix 8; a Kazakh number has 10 (a digit too ${digits > 10 ? 'many' : 'few'})`,
      });
    }
  }
  const leftover = rest.replace(/[ ,]/gu, '');
  if (leftover !== '')
    throw new Error(`unrecognised text in phone cell ${JSON.stringify(cell)}: ${JSON.stringify(leftover)}`);
  if (/,$/u.test(text)) {
    out.suspect.push({
      field: 'phones',
      value: text,
      reason: 'printed with a trailing comma: a further number seems lost in the PDF',
    });
  }
  return out;
}
