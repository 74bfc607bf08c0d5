// Annex 4 row n is the akimat of the territory of annex 2 row n (linked by region and row, never
// by name). The names are checked all the same: the territory part of the two names must be equal
// ("Ақкөл ауданының" in "Ақкөл ауданының Ішкі саясат бөлімі" and "Ақкөл ауданының әкімдігі"),
// except for the pairs reviewed here. A mismatch not listed fails the directory's tests.
export interface NameLinkException {
  /** The row number, the same in annexes 2 and 4. */
  n: number;
  annex2: string;
  annex4: string;
  reason: string;
}

export const NAME_LINK_EXCEPTIONS: readonly NameLinkException[] = [
  {
    n: 15,
    annex2: 'Жаксы ауданының Ішкі саясат бөлімі',
    annex4: 'Жақсы ауданының әкімдігі',
    reason: 'spelling variant (к / қ) of the same district: same address and phone in both annexes',
  },
  {
    n: 34,
    annex2: 'Ырғыз ауданының Ішкі саясат бөлімі',
    annex4: 'Бірғыз ауданының әкімдігі',
    reason: 'misprint in annex 4 (flagged suspect there): same address and house, website irgiz.akto.kz',
  },
  {
    n: 87,
    annex2: 'Мойынқұм ауданының Ішкі саясат бөлімі',
    annex4: 'Мойынкүм ауданының әкімдігі',
    reason: 'spelling variant (құ / кү) of the same district: same address and phone',
  },
  {
    n: 137,
    annex2: 'Меңдіқара ауданының Ішкі саясат бөлімі',
    annex4: 'Мендікара ауданының әкімдігі',
    reason: 'spelling variant (ң / н, қ / к) of the same district: same address',
  },
  {
    n: 144,
    annex2: 'Жаңақорған ауданының Ішкі саясат бөлімі',
    annex4: 'Жанақорған ауданының әкімдігі',
    reason: 'spelling variant (ң / н) of the same district: same address and phone',
  },
  {
    n: 184,
    annex2: 'Шал ақын ауданының Ішкі саясат бөлімі',
    annex4: 'Шал акын ауданының әкімдігі',
    reason: 'spelling variant (қ / к) of the same district: same address',
  },
  {
    n: 190,
    annex2: 'Мақтаарал ауданының Ішкі саясат бөлімі',
    annex4: 'Мақтаарал ауданының Ішкі саясат бөлімі',
    reason: "annex 4 prints the division's name where the akimat's belongs (flagged suspect there); same territory",
  },
];
