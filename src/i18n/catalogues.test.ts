import assert from 'node:assert/strict';
import { it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, LANGS, negotiateLang, translate } from './i18n.js';

// Values that may legitimately read the same in two languages: language names are written in their
// own language everywhere, a pure placeholder pattern has no words, and a few loanwords are spelled
// the same in Kazakh and Russian («Логин», «Телефон»).
const SAME_ALLOWED = new Set([
  'lang.kk',
  'lang.ru',
  'lang.en',
  'site.page_title',
  'signin.login',
  'admin.accounts.login',
  'admin.accounts.phone',
]);

it('the three catalogues have exactly the same keys', () => {
  const keys = (l: (typeof LANGS)[number]) => Object.keys(CATALOGUES[l]).sort();
  assert.deepEqual(keys('ru'), keys('kk'));
  assert.deepEqual(keys('en'), keys('kk'));
});

it('no value is empty', () => {
  for (const lang of LANGS)
    for (const [k, v] of Object.entries(CATALOGUES[lang]))
      assert.ok(v.trim().length > 0, `${lang} ${k} is empty`);
});

it('no value is copied unchanged into another language, outside the allow-list', () => {
  const copied: string[] = [];
  for (const key of Object.keys(CATALOGUES.kk) as (keyof typeof CATALOGUES.kk)[]) {
    if (SAME_ALLOWED.has(key)) continue;
    const [kk, ru, en] = LANGS.map((l) => CATALOGUES[l][key]);
    if (kk === ru || kk === en || ru === en) copied.push(key);
  }
  assert.deepEqual(copied, []);
});

it('every message parses, and the three languages use the same placeholders', () => {
  for (const key of Object.keys(CATALOGUES.kk) as (keyof typeof CATALOGUES.kk)[]) {
    const names = LANGS.map((l) => {
      new IntlMessageFormat(CATALOGUES[l][key], l); // throws on a broken message
      return [...CATALOGUES[l][key].matchAll(/\{(\w+)/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    });
    assert.equal(names[1], names[0], `${key}: ru placeholders differ from kk`);
    assert.equal(names[2], names[0], `${key}: en placeholders differ from kk`);
  }
});

it('Kazakh text uses Kazakh letters, not look-alikes typed from a Russian keyboard', () => {
  // A Kazakh catalogue without any of ә ғ қ ң ө ұ ү һ і would be a sign it was not written in Kazakh.
  const all = Object.values(CATALOGUES.kk).join(' ');
  assert.match(all, /[әғқңөұүһі]/);
  assert.doesNotMatch(all, /[ёэъ]/, 'letters of Russian words only');
});

it('interpolates parameters', () => {
  assert.equal(translate('ru', 'staff.welcome', { name: 'Айгерім' }), 'Добро пожаловать, Айгерім');
  assert.equal(
    translate('kk', 'home.terms_result', { days: 7 }),
    'Нәтиже құжаттар тапсырылған сәттен бастап 7 жұмыс күні ішінде дайын болады.',
  );
});

it('a first visit follows the cookie, then Accept-Language, then defaults to Kazakh', () => {
  assert.equal(negotiateLang('ru-RU,ru;q=0.9,en;q=0.8', undefined), 'ru');
  assert.equal(negotiateLang('en-GB,en;q=0.9', undefined), 'en');
  assert.equal(negotiateLang('kk-KZ', undefined), 'kk');
  assert.equal(negotiateLang('de-DE,fr;q=0.5', undefined), 'kk');
  assert.equal(negotiateLang(undefined, undefined), 'kk');
  assert.equal(negotiateLang('en', 'ru'), 'ru');
  assert.equal(negotiateLang('en', 'xx'), 'en');
});

it('answers a header seen before as the first time, the cookie still first, past the memo’s size too', () => {
  for (let round = 0; round < 2; round++) {
    assert.equal(negotiateLang('ru-RU,ru;q=0.9', undefined), 'ru');
    assert.equal(negotiateLang('ru-RU,ru;q=0.9', 'en'), 'en');
    assert.equal(negotiateLang(`en;q=0.9,${'x'.repeat(300)}`, undefined), 'en'); // too long to remember
  }
  // More distinct headers than the memo holds: each still negotiated right.
  for (let i = 0; i < 1_100; i++)
    assert.equal(negotiateLang(`ru;q=0.${String((i % 9) + 1)}, x-${String(i)}`, undefined), 'ru');
  assert.equal(negotiateLang('en-GB,en;q=0.9', undefined), 'en');
});
