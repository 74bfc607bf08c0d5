import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { pageText } from '../helpers/form-client.js';
import { translate } from '../../src/i18n/i18n.js';
import { STANDARD_2011, describeService } from '../../src/domain/standard/index.js';

describeEachDatabase('the public page about the service (§4, §12)', (get) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(get().database);
  });
  after(() => t.close());

  it('describes the service from the rule version in force, in each language', async () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const res = await t.app.inject(`/${lang}/about`);
      assert.equal(res.statusCode, 200);
      const text = pageText(res.body);
      const d = describeService(STANDARD_2011, lang);
      assert.ok(text.includes(d.title), `${lang}: title`);
      for (const s of d.sections) assert.ok(text.includes(s.heading), `${lang}: section ${s.id}`);
      // §11: every document of every checklist is listed.
      for (const item of d.sections.find((s) => s.id === 'documents')!.lists.flatMap((l) => l.items)) {
        assert.ok(text.includes(item.text), `${lang}: document ${item.id}`);
      }
      assert.equal(text.includes(d.notice ?? '\u0000'), lang === 'en', 'only English says it is unofficial');
    }
  });

  it('shows the terms of the version (§7.1, §16), and the home page links to it', async () => {
    const ru = pageText((await t.app.inject('/ru/about')).body);
    assert.match(ru, /7 рабочих дней/);
    assert.match(ru, /3 рабочих дн/);
    assert.ok(ru.includes(translate('ru', 'about.version', { date: '21 января 2011 года' })));
    assert.ok((await t.app.inject('/kk/')).body.includes('href="/kk/about"'));
  });
});
