// The settlement of an address: "Көкшетау қаласы, Сәтпаев көшесі, 1 «б»" → "Көкшетау".
// Rule "two settlements": "Байғанин ауылы, Қарауылкелді селосы, …" (annex 2 row 25, annex 4
// row 25) prints the rural district first and the village second: the last settlement of the
// leading run is the town.
const SETTLEMENT = /^(.+?) (қаласы|ауылы|селосы|кенті|поселкесі)$/u;

export function townOf(address: string): string | null {
  let town: string | null = null;
  for (const part of address.split(',')) {
    const m = SETTLEMENT.exec(part.trim());
    if (!m) break;
    town = m[1] as string;
  }
  return town;
}
