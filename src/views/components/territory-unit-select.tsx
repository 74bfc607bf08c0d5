// §1, §13: where the activity takes place, by the directory (beside the annex's free-text line), so
// that the office can tell whether it is competent (app/organisations/competent-office.ts). One
// choice per region ("several districts or the whole region": its department) and one per district
// or town (its division). Optional: nothing chosen, nothing checked.
import type { ViewContext } from '../view-context.js';
import { fieldId } from './case-field-labels.js';

export interface TerritoryGroup {
  region: { code: string; kk: string; ru: string };
  choices: readonly { value: string; kk: string; ru: string | null; whole: boolean }[];
}

export const TERRITORY_UNIT_PATH = 'territoryUnit';

export function TerritoryUnitSelect({
  ctx,
  groups,
  value,
  warning,
}: {
  ctx: ViewContext;
  groups: readonly TerritoryGroup[];
  value: string;
  /** The office competent for the choice, when it is not this one (a warning, never a refusal). */
  warning: { name: string; code: string } | null;
}) {
  const t = ctx.t;
  const id = fieldId(TERRITORY_UNIT_PATH);
  const name = (n: { kk: string; ru: string | null }) => (ctx.lang === 'kk' ? n.kk : (n.ru ?? n.kk));
  return (
    <div class="field">
      <label for={id}>{t('intake.territory_unit')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('intake.territory_unit_hint')}
      </p>
      {warning && (
        <p class="warning-message" id={`${id}-warning`} role="status">
          {t('intake.competence_warning', { office: warning.name, code: warning.code })}
        </p>
      )}
      <select
        id={id}
        name={TERRITORY_UNIT_PATH}
        aria-describedby={warning ? `${id}-hint ${id}-warning` : `${id}-hint`}
      >
        <option value="">{t('intake.territory_unit_none')}</option>
        {groups.map((g) => (
          <optgroup key={g.region.code} label={name(g.region)}>
            {g.choices.map((c) => (
              <option key={c.value} value={c.value} selected={c.value === value}>
                {c.whole ? t('intake.territory_unit_region', { region: name(c) }) : name(c)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
