// The check digit shared by the IIN and the BIN (rules of the national registers of
// identification numbers, Law of the Republic of Kazakhstan of 12 January 2007 No. 223-III;
// algorithm as described e.g. in "ИИН. Алгоритм расчета и проверки", yvision.kz/post/114938):
// first pass weights 1…11, sum mod 11; if that gives 10, a second pass with weights
// 3,4,5,6,7,8,9,10,11,1,2; if that gives 10 again the number is never issued.
// The trap: this rule does not catch every single-digit typo (the 11th digit weighs 11 ≡ 0 in the
// first pass), so a valid check digit is a plausibility test, not proof the number is right.
const FIRST_PASS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_PASS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

/** The check digit of eleven digits, or null when both passes give 10 (never issued). */
export function mod11CheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) throw new RangeError('expected eleven digits');
  const digits = [...first11].map(Number);
  const pass = (weights: readonly number[]) =>
    digits.reduce((s, d, i) => s + d * (weights[i] as number), 0) % 11;
  const first = pass(FIRST_PASS);
  if (first !== 10) return first;
  const second = pass(SECOND_PASS);
  return second === 10 ? null : second;
}
