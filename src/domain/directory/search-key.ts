// Search folding: people type Kazakh names on Russian keyboards, so "Аккол" must find "Ақкөл".
// Lower case, then each Kazakh letter folds to the Russian letter it is usually typed as; ё → е.
const FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[әғқңөұүһіё]/gu, (c) => FOLD[c] ?? c)
    .replace(/\s+/gu, ' ')
    .trim();
}
