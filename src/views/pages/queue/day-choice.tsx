// The day a queue page shows (the pass bureau's day, the figures' day): a date field and its button,
// inside the page's GET form.
import type { ViewContext } from '../../view-context.js';

export function DayChoice(props: { ctx: ViewContext; day: string; primary?: boolean }) {
  const { ctx } = props;
  return (
    <>
      <label for="day">{ctx.t('pass.day')}</label> <input id="day" name="day" type="date" value={props.day} />{' '}
      <button type="submit" class={props.primary ? 'button' : 'button button-secondary'}>
        {ctx.t('pass.show_day')}
      </button>
    </>
  );
}
