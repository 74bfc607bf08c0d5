// §9: the hall's board — the called tickets and their desks — at /{lang}/queue/board/{office code}
// (public: ticket letters and desk numbers are what the hall's TV shows to everyone, no personal
// data), and its live feed of server-sent events through the board hub (LISTEN/NOTIFY across app
// servers). Without script the page reloads itself every few seconds.
import type { FastifyInstance } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { boardOfficeId, readBoard } from '../../app/queue/read-queue.js';
import { queueOffice } from '../../app/queue/queue-office.js';
import { organisationName } from '../../views/organisation-name.js';
import { clockTime } from '../../views/queue-format.js';
import { BoardPage } from '../../views/pages/queue/board-page.js';
import { renderScreen } from '../../views/pages/queue/screen-layout.js';
import { BoardHub } from '../board-hub.js';
import { viewContext } from '../request-context.js';

/** Without script, the board reloads this often. */
export const BOARD_REFRESH_SECONDS = 5;

export function registerQueueBoard(app: FastifyInstance): BoardHub {
  const deps = app.deps;
  const hub = new BoardHub(
    deps.database,
    (officeId) => readBoard(deps, officeId),
    (e) => app.log.error({ err: e }, 'board refresh failed'),
  );
  // Long-lived streams would hold the server open: end them first, the browsers reconnect elsewhere.
  app.addHook('preClose', async () => {
    await hub.close();
  });

  for (const lang of LANGS) {
    app.get(`/${lang}/queue/board/:code`, async (req, reply) => {
      const { code } = req.params as { code: string };
      const officeId = await boardOfficeId(deps, code);
      const office = await queueOffice(deps, deps.database.db, officeId);
      const board = await readBoard(deps, officeId);
      const ctx = viewContext(req, reply);
      const html = renderScreen(
        ctx,
        {
          title: ctx.t('board.title'),
          bodyClass: 'board-screen',
          refresh: { seconds: BOARD_REFRESH_SECONDS, onlyWithoutScript: true },
          script: '/static/queue-board.js',
          languages: true,
        },
        <BoardPage
          ctx={ctx}
          officeName={organisationName(lang, office.row)}
          entries={board.entries.map(({ ticketId: _id, ...e }) => ({
            ...e,
            time: clockTime(e.calledAt, office.timeZone),
          }))}
          events={`/queue/board/${office.row.code}/events`}
          timeZone={office.timeZone}
        />,
      );
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(html);
    });
  }

  app.get('/queue/board/:code/events', async (req, reply) => {
    const { code } = req.params as { code: string };
    const officeId = await boardOfficeId(deps, code);
    const res = reply.raw;
    reply.hijack();
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no', // a proxy must not buffer the stream
      'x-request-id': req.id,
    });
    res.write('retry: 2000\n\n');
    try {
      if (!(await hub.add(officeId, res))) {
        res.end('event: full\ndata: {}\n\n');
      }
    } catch (e) {
      req.log.error({ err: e }, 'board stream failed');
      res.end();
    }
  });

  return hub;
}
