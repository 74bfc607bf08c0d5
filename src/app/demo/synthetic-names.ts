// Name lists of the synthetic data (domain.md §2: surname, name and patronymic in Cyrillic; for a
// foreigner also the passport's Latin spelling as in its machine-readable zone, A–Z only). Common
// names, written for this generator: any likeness to a real person is the likeness of a common name.
// Lists are written as one string each, `|` between entries and `=` between spellings.

const list = (s: string): string[] => s.split('|');

/** A Cyrillic spelling and its MRZ (Latin) spelling. */
export type NamePair = readonly [cyrillic: string, latin: string];

const pairs = (s: string): NamePair[] => list(s).map((e) => e.split('=') as unknown as NamePair);

/** Kazakh given names; the patronymic is the father's name + «ұлы» / «қызы». */
export const KAZAKH_MALE = list(
  'Нұрлан|Ерлан|Асқар|Бауыржан|Дәурен|Ержан|Қайрат|Марат|Серік|Талғат|Жандос|Арман|Ақжол|Нұржан|' +
    'Әділет|Ілияс|Мұрат|Дархан|Ғалым|Бекзат|Айдос|Саят|Темірлан|Еркебұлан|Абылай|Алмас|Мақсат|' +
    'Руслан|Самат|Төлеген',
);

export const KAZAKH_FEMALE = list(
  'Айгүл|Гүлнар|Әсел|Жанар|Сәуле|Айгерім|Динара|Меруерт|Назгүл|Ақмарал|Балжан|Гүлмира|Жұлдыз|' +
    'Қарлығаш|Мөлдір|Нұргүл|Раушан|Салтанат|Толқын|Ұлжан|Әйгерім|Ботагөз|Дана|Жансая|Іңкәр|Камила|' +
    'Аружан|Перизат',
);

/** Masculine forms; the feminine adds «а» (Ахметов → Ахметова). */
export const KAZAKH_SURNAMES = list(
  'Ахметов|Омаров|Серікбаев|Жұмабаев|Әбдіров|Қасымов|Сәрсенбаев|Тоқтаров|Бекмұханов|Ысқақов|' +
    'Мұқанов|Байжанов|Оспанов|Есенов|Жақсылықов|Қуанышев|Сейітов|Мамыров|Төлегенов|Дүйсенов|' +
    'Нұрпейісов|Әлімжанов|Құрманғалиев|Исаев|Әубәкіров|Рахымжанов|Шәріпов|Иманбаев|Қалиев|Тұрсынов',
);

/** Russian given names of fathers: name=patronymic (m)=patronymic (f). */
export const RUSSIAN_MALE = list(
  'Александр=Александрович=Александровна|Сергей=Сергеевич=Сергеевна|Андрей=Андреевич=Андреевна|' +
    'Дмитрий=Дмитриевич=Дмитриевна|Владимир=Владимирович=Владимировна|Николай=Николаевич=Николаевна|' +
    'Алексей=Алексеевич=Алексеевна|Евгений=Евгеньевич=Евгеньевна|Игорь=Игоревич=Игоревна|' +
    'Олег=Олегович=Олеговна|Виктор=Викторович=Викторовна|Михаил=Михайлович=Михайловна|' +
    'Павел=Павлович=Павловна|Юрий=Юрьевич=Юрьевна|Константин=Константинович=Константиновна|' +
    'Иван=Иванович=Ивановна|Роман=Романович=Романовна|Денис=Денисович=Денисовна',
).map((e) => e.split('=') as [string, string, string]);

export const RUSSIAN_FEMALE = list(
  'Ольга|Елена|Татьяна|Наталья|Ирина|Светлана|Анна|Мария|Людмила|Галина|Екатерина|Юлия|Марина|' +
    'Валентина|Надежда|Оксана|Дарья|Вера',
);

/** masculine=feminine: Russian, Ukrainian and German surnames common in Kazakhstan. */
export const RUSSIAN_SURNAMES = pairs(
  'Иванов=Иванова|Петров=Петрова|Смирнов=Смирнова|Кузнецов=Кузнецова|Попов=Попова|Соколов=Соколова|' +
    'Лебедев=Лебедева|Козлов=Козлова|Новиков=Новикова|Морозов=Морозова|Волков=Волкова|' +
    'Соловьёв=Соловьёва|Васильев=Васильева|Зайцев=Зайцева|Павлов=Павлова|Семёнов=Семёнова|' +
    'Фёдоров=Фёдорова|Михайлов=Михайлова|Тарасов=Тарасова|Орлов=Орлова|Киселёв=Киселёва|' +
    'Макаров=Макарова|Шевченко=Шевченко|Бондаренко=Бондаренко|Ткаченко=Ткаченко|Шмидт=Шмидт|' +
    'Миллер=Миллер|Вебер=Вебер',
);

/** Foreign countries missionaries come from: names as in their passports, with a Cyrillic spelling. */
export interface ForeignCountry {
  alpha3: string;
  alpha2: string;
  /** [masculine, feminine] surnames. */
  surnames: readonly (readonly [NamePair, NamePair])[];
  male: readonly NamePair[];
  female: readonly NamePair[];
  /** Passport number pattern (`#` a digit, `A` a letter). */
  passport: string;
  issuer: string;
  /** Sending associations of that country, as registered there. */
  associations: readonly string[];
  registrationTitle: string;
}

/** Surnames the same for men and women. */
const unisex = (s: string) => pairs(s).map((p) => [p, p] as const);
/** Surnames as m=M|f=F;m=M|f=F… */
const gendered = (s: string) =>
  s.split(';').map((e) => {
    const [m, f] = pairs(e);
    return [m as NamePair, f as NamePair] as const;
  });

function country(
  alpha3: string,
  alpha2: string,
  names: { surnames: ForeignCountry['surnames']; male: string; female: string },
  rest: Pick<ForeignCountry, 'passport' | 'issuer' | 'registrationTitle'> & { associations: string },
): ForeignCountry {
  return {
    alpha3,
    alpha2,
    surnames: names.surnames,
    male: pairs(names.male),
    female: pairs(names.female),
    ...rest,
    associations: list(rest.associations),
  };
}

export const FOREIGN_COUNTRIES: Readonly<Record<string, ForeignCountry>> = {
  DEU: country(
    'DEU',
    'DE',
    {
      surnames: unisex(
        'Шмидт=SCHMIDT|Вагнер=WAGNER|Беккер=BECKER|Хоффманн=HOFFMANN|Шульц=SCHULZ|Кох=KOCH|Рихтер=RICHTER',
      ),
      male: 'Йоханнес=JOHANNES|Томас=THOMAS|Михаэль=MICHAEL|Андреас=ANDREAS|Штефан=STEFAN|Маркус=MARKUS',
      female: 'Анна=ANNA|Катарина=KATHARINA|Сабина=SABINE|Юлия=JULIA',
    },
    {
      passport: 'C########',
      issuer: 'Stadt Köln',
      associations:
        'Evangelische Mission Köln e.V.|Lutherische Gemeinde Hannover e.V.|Mennonitische Hilfe e.V.',
      registrationTitle: 'Vereinsregister',
    },
  ),
  USA: country(
    'USA',
    'US',
    {
      surnames: unisex(
        'Смит=SMITH|Джонсон=JOHNSON|Уильямс=WILLIAMS|Браун=BROWN|Дэвис=DAVIS|Уилсон=WILSON|Андерсон=ANDERSON',
      ),
      male: 'Джон=JOHN|Дэвид=DAVID|Майкл=MICHAEL|Роберт=ROBERT|Джеймс=JAMES|Дэниел=DANIEL',
      female: 'Мэри=MARY|Сара=SARAH|Эмили=EMILY|Ребекка=REBECCA',
    },
    {
      passport: '#########',
      issuer: 'United States Department of State',
      associations: 'Grace Baptist Mission Inc.|Hope Fellowship International|New Life Ministries Inc.',
      registrationTitle: 'Certificate of Incorporation',
    },
  ),
  KOR: country(
    'KOR',
    'KR',
    {
      surnames: unisex('Ким=KIM|Ли=LEE|Пак=PARK|Чхве=CHOI|Чон=JUNG|Кан=KANG'),
      male: 'Сон Мин=SUNG MIN|Чжун Хо=JUN HO|Хён У=HYUN WOO|Дон Хён=DONG HYUN',
      female: 'Со Ён=SO YEON|Чжи Ын=JI EUN|Мин Чжи=MIN JI|Ха Ын=HA EUN',
    },
    {
      passport: 'M########',
      issuer: 'Ministry of Foreign Affairs',
      associations: 'Seoul Presbyterian Mission Board|Korea Methodist Mission Society|Onnuri Mission Center',
      registrationTitle: 'Certificate of Registration of a Non-profit Corporation',
    },
  ),
  TUR: country(
    'TUR',
    'TR',
    {
      surnames: unisex('Йылмаз=YILMAZ|Кая=KAYA|Демир=DEMIR|Шахин=SAHIN|Челик=CELIK|Озтюрк=OZTURK'),
      male: 'Мехмет=MEHMET|Мустафа=MUSTAFA|Ахмет=AHMET|Али=ALI|Хасан=HASAN',
      female: 'Айше=AYSE|Фатма=FATMA|Зейнеп=ZEYNEP|Эмине=EMINE',
    },
    {
      passport: 'U########',
      issuer: 'T.C. İçişleri Bakanlığı',
      associations: 'Türkiye Diyanet Vakfı|Hayrat İnsani Yardım Derneği',
      registrationTitle: 'Dernek Tescil Belgesi',
    },
  ),
  EGY: country(
    'EGY',
    'EG',
    {
      surnames: unisex('Хасан=HASSAN|Махмуд=MAHMOUD|Ибрахим=IBRAHIM|Абдель Азиз=ABDEL AZIZ'),
      male: 'Мухаммед=MOHAMED|Ахмед=AHMED|Омар=OMAR|Юсеф=YOUSSEF',
      female: 'Фатима=FATMA|Мариам=MARIAM|Нур=NOUR',
    },
    {
      passport: 'A########',
      issuer: 'Passport Department, Cairo',
      associations: 'Al-Azhar Islamic Mission|Islamic Call Society Egypt',
      registrationTitle: 'Registration Certificate',
    },
  ),
  RUS: country(
    'RUS',
    'RU',
    {
      surnames: gendered(
        'Иванов=IVANOV|Иванова=IVANOVA;Петров=PETROV|Петрова=PETROVA;Смирнов=SMIRNOV|Смирнова=SMIRNOVA;' +
          'Кузнецов=KUZNETSOV|Кузнецова=KUZNETSOVA;Соколов=SOKOLOV|Соколова=SOKOLOVA',
      ),
      male: 'Алексей=ALEKSEI|Сергей=SERGEI|Андрей=ANDREI|Дмитрий=DMITRII|Михаил=MIKHAIL',
      female: 'Ольга=OLGA|Елена=ELENA|Мария=MARIIA|Татьяна=TATIANA',
    },
    {
      passport: '#########',
      issuer: 'МВД 77001',
      associations:
        'Местная православная религиозная организация прихода г. Омска|' +
        'Церковь христиан веры евангельской г. Новосибирска',
      registrationTitle: 'Свидетельство о государственной регистрации',
    },
  ),
  POL: country(
    'POL',
    'PL',
    {
      surnames: gendered(
        'Ковальский=KOWALSKI|Ковальская=KOWALSKA;Новак=NOWAK|Новак=NOWAK;' +
          'Вишневский=WISNIEWSKI|Вишневская=WISNIEWSKA;Зелиньский=ZIELINSKI|Зелиньская=ZIELINSKA',
      ),
      male: 'Пётр=PIOTR|Томаш=TOMASZ|Кшиштоф=KRZYSZTOF|Марек=MAREK',
      female: 'Агнешка=AGNIESZKA|Катажина=KATARZYNA|Малгожата=MALGORZATA',
    },
    {
      passport: 'AA#######',
      issuer: 'Wojewoda Mazowiecki',
      associations: 'Zgromadzenie Księży Marianów|Stowarzyszenie Misyjne Ad Gentes',
      registrationTitle: 'Wpis do rejestru kościołów i innych związków wyznaniowych',
    },
  ),
  ITA: country(
    'ITA',
    'IT',
    {
      surnames: unisex('Росси=ROSSI|Руссо=RUSSO|Феррари=FERRARI|Бьянки=BIANCHI'),
      male: 'Марко=MARCO|Джузеппе=GIUSEPPE|Франческо=FRANCESCO|Лука=LUCA',
      female: 'Франческа=FRANCESCA|Кьяра=CHIARA|Джулия=GIULIA',
    },
    {
      passport: 'AA#######',
      issuer: 'Ministero degli Affari Esteri',
      associations: 'Pontificio Istituto Missioni Estere|Missionari della Consolata',
      registrationTitle: 'Decreto di riconoscimento',
    },
  ),
  UZB: country(
    'UZB',
    'UZ',
    {
      surnames: gendered(
        'Каримов=KARIMOV|Каримова=KARIMOVA;Юсупов=YUSUPOV|Юсупова=YUSUPOVA;Рахимов=RAKHIMOV|Рахимова=RAKHIMOVA',
      ),
      male: 'Бахтиёр=BAKHTIYOR|Шерзод=SHERZOD|Улугбек=ULUGBEK',
      female: 'Дилноза=DILNOZA|Нилуфар=NILUFAR',
    },
    {
      passport: 'AA#######',
      issuer: 'IIV 26282',
      associations: 'Oʻzbekiston musulmonlari idorasi',
      registrationTitle: 'Davlat roʻyxatidan oʻtkazilganlik toʻgʻrisida guvohnoma',
    },
  ),
  IND: country(
    'IND',
    'IN',
    {
      surnames: unisex('Шарма=SHARMA|Кумар=KUMAR|Пател=PATEL'),
      male: 'Радж=RAJ|Арджун=ARJUN|Викрам=VIKRAM',
      female: 'Прия=PRIYA|Анджали=ANJALI',
    },
    {
      passport: 'A#######',
      issuer: 'Passport Office Mumbai',
      associations: 'International Society for Krishna Consciousness, Mumbai',
      registrationTitle: 'Certificate of Registration',
    },
  ),
  ISR: country(
    'ISR',
    'IL',
    {
      surnames: unisex('Коэн=COHEN|Леви=LEVI|Мизрахи=MIZRAHI'),
      male: 'Давид=DAVID|Моше=MOSHE|Йосеф=YOSEF',
      female: 'Рахель=RACHEL|Сара=SARA',
    },
    {
      passport: '########',
      issuer: 'Population and Immigration Authority',
      associations: 'Chabad Lubavitch Shluchim Office',
      registrationTitle: 'Certificate of Registration of an Amuta',
    },
  ),
};

/** Where missionaries of each confession (CONFESSIONS_2011 ids) mostly come from. */
export const COUNTRIES_OF_CONFESSION: Readonly<Record<string, readonly string[]>> = {
  islam: ['TUR', 'EGY', 'UZB'],
  orthodox: ['RUS'],
  'old-believers': ['RUS'],
  'armenian-apostolic': ['RUS'],
  'roman-catholic': ['ITA', 'POL', 'DEU'],
  'greek-catholic': ['POL'],
  lutheran: ['DEU'],
  mennonite: ['DEU'],
  'new-apostolic': ['DEU'],
  'evangelical-baptist': ['USA', 'DEU', 'KOR'],
  'evangelical-christian': ['USA', 'KOR'],
  pentecostal: ['USA', 'KOR'],
  charismatic: ['USA', 'KOR'],
  presbyterian: ['KOR', 'USA'],
  methodist: ['KOR', 'USA'],
  adventist: ['USA', 'DEU'],
  'jehovahs-witnesses': ['USA', 'DEU'],
  'latter-day-saints': ['USA'],
  judaism: ['ISR'],
  buddhism: ['KOR'],
  bahai: ['USA'],
  'krishna-consciousness': ['IND'],
  other: ['USA'],
};
