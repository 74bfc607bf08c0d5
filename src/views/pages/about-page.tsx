import type { ServiceDescription, DescribedItem } from '../../domain/standard/index.js';
import type { ViewContext } from '../view-context.js';
import { Notice } from '../components/form.js';

function Item({ ctx, item, oneOfLabel }: { ctx: ViewContext; item: DescribedItem; oneOfLabel: string }) {
  const details = [item.form, item.perPerson].filter((x): x is string => !!x);
  return (
    <li>
      {item.text}
      {details.length > 0 && <span class="item-form"> ({details.join('; ')})</span>}
      {item.when && <p class="hint">{ctx.t('about.when', { when: item.when })}</p>}
      {item.oneOf.length > 0 && (
        <>
          <p class="hint">{oneOfLabel}</p>
          <ul>
            {item.oneOf.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      {item.note && <p class="hint">{item.note}</p>}
    </li>
  );
}

/** §4, §12: the service described from the rule version in force; nothing here is written by hand. */
export function AboutPage({
  ctx,
  description,
  since,
}: {
  ctx: ViewContext;
  description: ServiceDescription;
  since: string;
}) {
  return (
    <>
      <h1>{description.title}</h1>
      {description.notice && <Notice kind="info">{description.notice}</Notice>}
      <p class="hint">{ctx.t('about.version', { date: since })}</p>
      <nav aria-labelledby="contents-title" class="contents">
        <h2 id="contents-title">{ctx.t('about.contents')}</h2>
        <ol>
          {description.sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      {description.sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`}>
          <h2 id={`${s.id}-title`}>{s.heading}</h2>
          {s.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {s.lists.map((l) => (
            <div key={l.id}>
              <h3>{l.heading}</h3>
              <ul>
                {l.items.map((item) => (
                  <Item key={item.id} ctx={ctx} item={item} oneOfLabel={description.oneOfLabel} />
                ))}
              </ul>
            </div>
          ))}
          {s.after.map((p, i) => (
            <p key={`a${i}`}>{p}</p>
          ))}
          <p class="clause-ref">
            {ctx.t('about.clauses', { clauses: s.clauses.map((c) => c.replace('§', '')).join(', ') })}
          </p>
        </section>
      ))}
    </>
  );
}
