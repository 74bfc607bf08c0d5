import type { AnnexNo, Suspect } from '../types.js';

// Seed values found plainly wrong on review, which no general rule in suspects.ts catches. Each
// entry names the row and the printed value (the parse checks the value is really there) and says
// why. The value stays as printed; it is only marked.
export interface ReviewedSuspect extends Suspect {
  annex: AnnexNo;
  n: number;
}

export const REVIEWED_SUSPECTS: readonly ReviewedSuspect[] = [
  {
    annex: 2,
    n: 145,
    field: 'address',
    value: 'Рысқұлов көшесі, ба',
    reason: 'house number "ба" is a misreading of "6а", which annex 4 row 145 prints for the same building',
  },
  {
    annex: 4,
    n: 34,
    field: 'name',
    value: 'Бірғыз',
    reason: 'misprint of "Ырғыз": annex 2 row 34 prints Ырғыз and the row\'s own website is www.irgiz.akto.kz',
  },
  {
    annex: 4,
    n: 34,
    field: 'address',
    value: 'Бірғыз ауылы',
    reason: 'misprint of "Ырғыз ауылы" (annex 2 row 34)',
  },
  {
    annex: 4,
    n: 190,
    field: 'name',
    value: 'Мақтаарал ауданының Ішкі саясат бөлімі',
    reason: "the division's name (annex 2 row 190) printed where the akimat's name belongs",
  },
  {
    annex: 4,
    n: 171,
    field: 'websites',
    value: 'www.airtau.ministers.kz',
    reason: 'the website of Айыртау district (printed again for row 172), not of the city of Петропавл',
  },
  {
    annex: 4,
    n: 181,
    field: 'websites',
    value: 'www.tsh.cko.kz',
    reason: 'domain "cko.kz": every other North Kazakhstan district site is under sko.kz (СКО typed in Latin letters)',
  },
  {
    annex: 2,
    n: 52,
    field: 'name',
    value: 'Қапшағай ауданының',
    reason: 'Қапшағай is a city, not a district (the decree of 3 May 2022 renames "город Капшагай")',
  },
  {
    annex: 4,
    n: 52,
    field: 'name',
    value: 'Қапшағай ауданының',
    reason: 'Қапшағай is a city, not a district (the decree of 3 May 2022 renames "город Капшагай")',
  },
  {
    annex: 2,
    n: 58,
    field: 'name',
    value: 'Қызылкүйгін',
    reason: 'no district of this name: Миялы, the address printed, is the seat of Қызылқоға district',
  },
  {
    annex: 4,
    n: 58,
    field: 'name',
    value: 'Қызылкүйгін',
    reason: 'no district of this name: Миялы, the address printed, is the seat of Қызылқоға district',
  },
];
