// The office an applicant deals with, as the portal pages show it: its name in the page's language,
// its address and printed phones from the directory (annexes 1–2), and whether it is open now.
import type { Deps } from '../../app/deps.js';
import { DomainError } from '../../app/errors.js';
import { findOffice } from '../../app/organisations/find-offices.js';
import { findOrganisationByCode } from '../../db/accounts-store.js';
import type { Lang } from '../../i18n/i18n.js';

export interface PortalOffice {
  code: string;
  name: string;
  address: string | null;
  phones: string[];
  open: 'open' | 'closed' | 'unknown';
}

const pick = (lang: Lang, n: { kk: string; ru: string | null }) => (lang === 'kk' ? n.kk : (n.ru ?? n.kk));

export async function portalOffice(deps: Deps, code: string, lang: Lang): Promise<PortalOffice | null> {
  try {
    const o = await findOffice(deps, code);
    return {
      code,
      name: pick(lang, o.name),
      address: o.address,
      phones: o.phones.map((p) => p.printed),
      open: o.open.state,
    };
  } catch (e) {
    if (!(e instanceof DomainError && e.code === 'NOT_FOUND')) throw e;
  }
  const row = await findOrganisationByCode(deps.database.db, code);
  if (!row || row.kind !== 'service_office') return null;
  return {
    code,
    name: pick(lang, { kk: row.nameKk, ru: row.nameRu }),
    address: row.address ?? null,
    phones: [],
    open: 'unknown',
  };
}

const CONTACTS_TTL_MS = 60_000;
const contactsCache = new WeakMap<Deps, Map<string, { at: number; office: PortalOffice | null }>>();

/**
 * The office's name, address and phones for a page that shows no opening state (the track page),
 * kept a minute per process: the directory changes seldom, and the status look-ups — many at once —
 * then spend no round trips on it.
 */
export async function portalOfficeContacts(
  deps: Deps,
  code: string,
  lang: Lang,
): Promise<PortalOffice | null> {
  let cache = contactsCache.get(deps);
  if (!cache) contactsCache.set(deps, (cache = new Map()));
  const key = `${code}:${lang}`;
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && now - hit.at < CONTACTS_TTL_MS) return hit.office;
  const office = await portalOffice(deps, code, lang);
  cache.set(key, { at: now, office });
  return office;
}
