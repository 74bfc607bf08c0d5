// §9: the board on the hall's TV — which ticket is called to which desk. Large type; the latest call
// first and announced in an aria-live region (and a chime that can be turned off) for people with
// low vision or hearing. Without script the page reloads itself every few seconds; with script it
// follows the server-sent events and catches up on reconnection (each event is the whole board).
import type { BoardEntry } from '../../../app/queue/read-queue.js';
import type { ViewContext } from '../../view-context.js';

export interface BoardPageProps {
  ctx: ViewContext;
  officeName: string;
  entries: (Omit<BoardEntry, 'ticketId'> & { time: string })[];
  events: string;
  timeZone: string;
}

export function BoardPage({ ctx, officeName, entries, events, timeZone }: BoardPageProps) {
  const [latest, ...rest] = entries;
  return (
    <div
      class="board"
      data-events={events}
      data-zone={timeZone}
      data-announce={ctx.t('board.announce', { ticket: '{ticket}', desk: '{desk}' })}
      data-desk={ctx.t('board.desk_n', { desk: '{desk}' })}
      data-serving={ctx.t('board.serving')}
      data-sound-on={ctx.t('board.sound_on')}
      data-sound-off={ctx.t('board.sound_off')}
      data-offline={ctx.t('board.offline')}
      data-empty={ctx.t('board.empty')}
    >
      <header class="board-header">
        <h1>{ctx.t('board.title')}</h1>
        <p class="board-office">{officeName}</p>
        <button
          type="button"
          class="button button-secondary board-sound"
          data-sound
          hidden
          aria-pressed="true"
        >
          {ctx.t('board.sound_on')}
        </button>
      </header>
      <p class="board-status" data-status role="status" hidden />
      <section class="board-latest" aria-labelledby="board-latest-title">
        <h2 id="board-latest-title" class="visually-hidden">
          {ctx.t('board.latest')}
        </h2>
        <div class="board-latest-call" data-latest>
          {latest ? (
            <>
              <span class="board-ticket">{latest.label}</span>
              <span class="board-arrow" aria-hidden="true">
                →
              </span>
              <span class="board-desk">{ctx.t('board.desk_n', { desk: latest.deskNumber })}</span>
            </>
          ) : (
            <span class="board-empty">{ctx.t('board.empty')}</span>
          )}
        </div>
      </section>
      <div class="visually-hidden" aria-live="assertive" aria-atomic="true" data-live />
      <section aria-labelledby="board-list-title">
        <h2 id="board-list-title">{ctx.t('board.list')}</h2>
        <table class="board-table">
          <thead>
            <tr>
              <th scope="col">{ctx.t('board.col_ticket')}</th>
              <th scope="col">{ctx.t('board.col_desk')}</th>
              <th scope="col">{ctx.t('board.col_time')}</th>
            </tr>
          </thead>
          <tbody data-rows>
            {rest.map((e) => (
              <tr key={`${e.label}-${e.calledAt}`} class={e.status === 'serving' ? 'is-serving' : undefined}>
                <td class="board-ticket">{e.label}</td>
                <td>{ctx.t('board.desk_n', { desk: e.deskNumber })}</td>
                <td>{e.time}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
