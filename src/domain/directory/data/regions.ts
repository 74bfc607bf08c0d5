// The 16 regions of the 2011 seed (14 regions and the cities of Astana and Almaty).
//
// code: the region's two-digit KATO code (Классификатор административно-территориальных объектов,
//   stat.gov.kz, document ESTAT442785 as referenced in the public repository
//   elessarelfstone/tcomextetl, tasks/sgov_excel.rst). ISO 3166-2:KZ uses the same two digits
//   since its 2020–2023 updates (KZ-11 Akmola … KZ-75 Almaty; the public repository
//   stumpylog/simpleiso3166, src/simpleiso3166/subdivisions/data/KZ.py, generated from
//   iso-codes). South Kazakhstan's 51 no longer appears there: the region became Turkistan
//   region (61) in 2018 (see territorial-changes.ts); 51 is its code as of the seed.
// timeZone: tzdata zone1970.tab comments — Asia/Almaty "most of Kazakhstan",
//   Asia/Qyzylorda "Qyzylorda/Kyzylorda/Kzyl-Orda", Asia/Qostanay "Qostanay/Kostanay/Kustanay",
//   Asia/Aqtobe "Aqtöbe/Aktobe", Asia/Aqtau "Mangghystaū/Mankistau", Asia/Atyrau
//   "Atyraū/Atirau/Gur'yev", Asia/Oral "West Kazakhstan".
// portals: the web domains the seed itself uses for the region's bodies (annex 3 and 4), used to
//   flag a website of another region (suspect rule in suspects.ts).

export interface RegionInfo {
  code: string;
  /** Kazakh, as printed in the annex 2 and 4 headings. */
  kk: string;
  timeZone: string;
  portals: readonly string[];
}

export const REGIONS: readonly RegionInfo[] = [
  { code: '71', kk: 'Астана қаласы', timeZone: 'Asia/Almaty', portals: ['astana.kz'] },
  { code: '75', kk: 'Алматы қаласы', timeZone: 'Asia/Almaty', portals: ['almaty.kz'] },
  { code: '11', kk: 'Ақмола облысы', timeZone: 'Asia/Almaty', portals: ['akmo.kz', 'akmol.kz'] },
  { code: '15', kk: 'Ақтөбе облысы', timeZone: 'Asia/Aqtobe', portals: ['akimat.info', 'akto.kz'] },
  { code: '19', kk: 'Алматы облысы', timeZone: 'Asia/Almaty', portals: ['zhetysu-gov.kz'] },
  { code: '23', kk: 'Атырау облысы', timeZone: 'Asia/Atyrau', portals: ['atyrauobl.kz', 'e-atyrau.kz'] },
  { code: '27', kk: 'Батыс Қазақстан облысы', timeZone: 'Asia/Oral', portals: ['western.kz', 'westkaz.kz'] },
  { code: '31', kk: 'Жамбыл облысы', timeZone: 'Asia/Almaty', portals: ['zhambyl.kz'] },
  { code: '35', kk: 'Қарағанды облысы', timeZone: 'Asia/Almaty', portals: ['karaganda-region.kz'] },
  { code: '39', kk: 'Қостанай облысы', timeZone: 'Asia/Qostanay', portals: ['kostanay.kz', 'kostanai.kz'] },
  { code: '43', kk: 'Қызылорда облысы', timeZone: 'Asia/Qyzylorda', portals: ['kyzylorda.kz'] },
  { code: '47', kk: 'Маңғыстау облысы', timeZone: 'Asia/Aqtau', portals: ['mangistau.kz'] },
  { code: '51', kk: 'Оңтүстік Қазақстан облысы', timeZone: 'Asia/Almaty', portals: ['ontustik.kz'] },
  { code: '55', kk: 'Павлодар облысы', timeZone: 'Asia/Almaty', portals: ['pavlodar.gov.kz'] },
  { code: '59', kk: 'Солтүстік Қазақстан облысы', timeZone: 'Asia/Almaty', portals: ['sko.kz'] },
  { code: '63', kk: 'Шығыс Қазақстан облысы', timeZone: 'Asia/Almaty', portals: ['vko.gov.kz'] },
];

export function regionByKk(kk: string): RegionInfo {
  const r = REGIONS.find((x) => x.kk === kk);
  if (!r) throw new Error(`unknown region ${JSON.stringify(kk)}`);
  return r;
}

export function regionByCode(code: string): RegionInfo | undefined {
  return REGIONS.find((x) => x.code === code);
}
