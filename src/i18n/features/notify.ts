// The messages of one part of the system, kept apart so that each part's catalogue can grow on its
// own; kk.ts, ru.ts and en.ts spread them in, and the catalogue test checks the three stay aligned.
// Issue 8: the applicant told of the case's progress, the survey, the accessibility statement.
export const notifyKk = {
  // The counter's intake form: the optional contact.
  'notify.intake.legend': 'Өтініш берушіге хабарлау (міндетті емес)',
  'notify.intake.hint':
    'Өтініш беруші қаласа, өтініштің барысы туралы қысқа хабарламалар осы мекенжайға немесе телефонға жіберіледі.',
  'notify.intake.email': 'Электрондық пошта',
  'notify.intake.phone': 'Ұялы телефон (SMS үшін)',
  'notify.intake.phone_hint': 'Мысалы: 8 701 123 45 67 немесе +7 701 123 45 67',
  'notify.intake.consent':
    'Өтініш беруші хабарламалар алуға және осы байланыс деректерін өңдеуге келісім берді',
  'notify.error.email_invalid': 'Электрондық пошта мекенжайын name@example.kz түрінде енгізіңіз.',
  'notify.error.phone_invalid': 'Телефон нөмірін 8 701 123 45 67 немесе +7 701 123 45 67 түрінде енгізіңіз.',
  'notify.error.contact_consent_required': 'Хабарлама жіберу үшін өтініш берушінің келісімі қажет.',
  'notify.error.contact_missing': 'Келісім белгіленді, бірақ пошта мекенжайы да, телефон да көрсетілмеген.',

  // The messages sent (kk or ru only: the application's language).
  'notify.msg.subject.received': 'Өтінішіңіз жіберілді ({trackingCode})',
  'notify.msg.body.received':
    'Өтінішіңіз {trackingCode} онлайн жіберілді; оны қабылдайтын бөлім: {office}. Бұдан әрі: жұмыс уақытында бөлімге тіркелген төлқұжатпен және жүктелген құжаттардың түпнұсқаларымен келіп, бақылау кодын айтыңыз (11-тармақ). Нәтиже мерзімі кіріс нөмірі қойылған күннен бастап есептеледі. Өтініштің күйі: {link} (бақылау коды мен жеке кіру коды бойынша).',
  'notify.msg.subject.registered': 'Өтінішіңіз тіркелді ({trackingCode})',
  'notify.msg.body.registered':
    'Өтінішіңіз {trackingCode} тіркелді, кіріс № {incomingNumber}. Нәтиже {resultDue} дейін дайын болады; дайын болғанда хабарлаймыз. Барысын бақылау коды: {trackingCode}.',
  'notify.msg.subject.ready': 'Құжатыңыз дайын ({trackingCode})',
  'notify.msg.body.ready':
    'Өтініш {trackingCode} бойынша құжат № {documentNumber} қол қойылып, беруге дайын. Оны алу үшін төлқұжатыңызбен бөлімге келіңіз.',
  'notify.msg.subject.refused': 'Өтініш бойынша бас тарту ({trackingCode})',
  'notify.msg.body.refused':
    'Өтініш {trackingCode} бойынша дәлелді бас тарту шығарылды, шығыс № {outgoingNumber}. Оны бөлімнен алуға болады, әйтпесе {refusalDue} дейін поштамен жіберіледі.',
  'notify.msg.subject.expiry': 'Куәліктің мерзімі аяқталып келеді',
  'notify.msg.body.expiry':
    'Куәлік № {documentNumber} {validUntil} дейін жарамды. Қызметті жалғастыру үшін осы күнге дейін қайта тіркеуге өтініш беріңіз.',
  'notify.msg.subject.survey': 'Қызметті бағалаңыз ({trackingCode})',
  'notify.msg.body.survey':
    'Өтініш {trackingCode} бойынша қызмет аяқталды. Оны бағалаңыз (бір минут, жасырын): {link}',

  // The case page: the messages and their delivery.
  'notify.case.title': 'Өтініш берушіге хабарламалар',
  'notify.case.none': 'Хабарлама жоқ: өтініш беруші байланыс деректерін қалдырмаған.',
  'notify.case.col_event': 'Оқиға',
  'notify.case.col_channel': 'Арна',
  'notify.case.col_state': 'Жеткізу',
  'notify.case.col_queued': 'Кезекке қойылды',
  'notify.event.received': 'Онлайн жіберілді',
  'notify.event.registered': 'Тіркелді',
  'notify.event.ready': 'Дайын',
  'notify.event.refused': 'Бас тартылды',
  'notify.event.expiry': 'Мерзімі аяқталады',
  'notify.event.survey': 'Бағалауға шақыру',
  'notify.channel.email': 'Электрондық хат',
  'notify.channel.sms': 'SMS-хабарлама',
  'notify.state.queued': 'Кезекте',
  'notify.state.sending': 'Жіберілуде',
  'notify.state.sent': 'Жіберілді',
  'notify.state.failed': 'Жіберілмеді',
  'notify.state.retried': 'Қайталанады (талпыныс {attempts})',
  'notify.case.survey_link': 'Қызметті бағалау сілтемесі (өтініш берушіге беріңіз):',

  // The survey (domain.md §7: indicators 2.1, 3.1, 5.1).
  'notify.survey.title': 'Қызметті бағалаңыз',
  'notify.survey.intro':
    'Жауаптарыңыз жасырын: есептерде олар сіздің өтінішіңізбен де, есіміңізбен де байланыстырылмайды. Әр сұраққа 1-ден (өте нашар) 5-ке (өте жақсы) дейін баға беріңіз.',
  'notify.survey.q.process': 'Қызмет көрсету процесінің сапасы',
  'notify.survey.q.information': 'Қызмет көрсету тәртібі туралы ақпараттың сапасы мен қолжетімділігі',
  'notify.survey.q.politeness': 'Қызметкерлердің сыпайылығы',
  'notify.survey.scale.1': '1 — өте нашар',
  'notify.survey.scale.2': '2 — нашар',
  'notify.survey.scale.3': '3 — орташа',
  'notify.survey.scale.4': '4 — жақсы',
  'notify.survey.scale.5': '5 — өте жақсы',
  'notify.survey.submit': 'Бағаны жіберу',
  'notify.survey.thanks': 'Рақмет! Бағаңыз қабылданды.',
  'notify.survey.used':
    'Осы өтініш бойынша баға бұрын берілген. Бір өтінішке бір рет қана баға беруге болады.',
  'notify.survey.invalid': 'Сілтеме жарамсыз. Хабарламадағы немесе бөлімде берілген сілтемені толық ашыңыз.',
  'notify.survey.score_required': 'Бағаны таңдаңыз.',
  'notify.survey.score_invalid': 'Баға 1-ден 5-ке дейін болуы тиіс.',

  // The accessibility statement.
  'notify.a11y.title': 'Қолжетімділік туралы мәлімдеме',
  'notify.a11y.footer': 'Қолжетімділік',
  'notify.a11y.p1':
    'Бұл сайт WCAG 2.2 AA деңгейіне сай болуға ұмтылады: беттер қазақ, орыс және ағылшын тілдерінде, тек пернетақтамен және JavaScript-сіз жұмыс істейді, көзі нашар көретіндерге арналған оқу бағдарламаларымен оқылады және 320 пиксель енінде көлденең айналдырусыз көрсетіледі.',
  'notify.a11y.p2':
    'Әр ашық бет автоматты түрде axe-core арқылы үш тілде тексеріледі; пішіндер тек пернетақтамен толтырылып тексеріледі.',
  'notify.a11y.p3':
    'Ресми құжаттар (куәлік, анықтама, қолхат, бас тарту) PDF түрінде беріледі және олардың мәтіні бөлімде қағаз түрінде де алынады.',
  'notify.a11y.p4':
    'Бетті пайдалану қиын болса немесе кедергі тапсаңыз, кез келген бөлімге хабарласыңыз: қызметкерлер өтінішті сізбен бірге толтырады.',
} as const;

type Keys = keyof typeof notifyKk;
export const notifyRu: Record<Keys, string> = {
  'notify.intake.legend': 'Уведомления заявителю (необязательно)',
  'notify.intake.hint':
    'По желанию заявителя короткие сообщения о ходе заявления придут на этот адрес или телефон.',
  'notify.intake.email': 'Электронная почта',
  'notify.intake.phone': 'Мобильный телефон (для SMS)',
  'notify.intake.phone_hint': 'Например: 8 701 123 45 67 или +7 701 123 45 67',
  'notify.intake.consent': 'Заявитель согласен получать уведомления и на обработку этих контактных данных',
  'notify.error.email_invalid': 'Введите адрес электронной почты в виде name@example.kz.',
  'notify.error.phone_invalid': 'Введите номер телефона в виде 8 701 123 45 67 или +7 701 123 45 67.',
  'notify.error.contact_consent_required': 'Для отправки уведомлений нужно согласие заявителя.',
  'notify.error.contact_missing': 'Согласие отмечено, но не указаны ни электронная почта, ни телефон.',

  'notify.msg.subject.received': 'Ваше заявление отправлено ({trackingCode})',
  'notify.msg.body.received':
    'Ваше заявление {trackingCode} отправлено онлайн; его примет отдел: {office}. Что дальше: приходите в отдел в рабочее время с зарегистрированным паспортом и подлинниками загруженных документов (пункт 11) и назовите код отслеживания. Срок результата считается со дня входящего номера. Состояние заявления: {link} (по коду отслеживания и личному коду доступа).',
  'notify.msg.subject.registered': 'Ваше заявление зарегистрировано ({trackingCode})',
  'notify.msg.body.registered':
    'Ваше заявление {trackingCode} зарегистрировано, вх. № {incomingNumber}. Результат будет готов до {resultDue}; мы сообщим, когда он будет готов. Код для отслеживания: {trackingCode}.',
  'notify.msg.subject.ready': 'Ваш документ готов ({trackingCode})',
  'notify.msg.body.ready':
    'Документ № {documentNumber} по заявлению {trackingCode} подписан и готов к выдаче. Для получения придите в отдел с паспортом.',
  'notify.msg.subject.refused': 'Отказ по заявлению ({trackingCode})',
  'notify.msg.body.refused':
    'По заявлению {trackingCode} вынесен мотивированный отказ, исх. № {outgoingNumber}. Его можно получить в отделе, иначе он будет отправлен почтой до {refusalDue}.',
  'notify.msg.subject.expiry': 'Срок свидетельства истекает',
  'notify.msg.body.expiry':
    'Свидетельство № {documentNumber} действительно до {validUntil}. Чтобы продолжить деятельность, подайте заявление о перерегистрации до этой даты.',
  'notify.msg.subject.survey': 'Оцените услугу ({trackingCode})',
  'notify.msg.body.survey':
    'Услуга по заявлению {trackingCode} оказана. Оцените её (одна минута, анонимно): {link}',

  'notify.case.title': 'Сообщения заявителю',
  'notify.case.none': 'Сообщений нет: заявитель не оставил контактов.',
  'notify.case.col_event': 'Событие',
  'notify.case.col_channel': 'Канал',
  'notify.case.col_state': 'Доставка',
  'notify.case.col_queued': 'Поставлено в очередь',
  'notify.event.received': 'Отправлено онлайн',
  'notify.event.registered': 'Зарегистрировано',
  'notify.event.ready': 'Готово',
  'notify.event.refused': 'Отказ',
  'notify.event.expiry': 'Истекает срок',
  'notify.event.survey': 'Приглашение оценить',
  'notify.channel.email': 'Электронное письмо',
  'notify.channel.sms': 'SMS-сообщение',
  'notify.state.queued': 'В очереди',
  'notify.state.sending': 'Отправляется',
  'notify.state.sent': 'Отправлено',
  'notify.state.failed': 'Не доставлено',
  'notify.state.retried': 'Будет повторено (попытка {attempts})',
  'notify.case.survey_link': 'Ссылка для оценки услуги (передайте заявителю):',

  'notify.survey.title': 'Оцените услугу',
  'notify.survey.intro':
    'Ответы анонимны: в отчётах они не связываются ни с вашим заявлением, ни с вашим именем. Оцените каждый вопрос от 1 (очень плохо) до 5 (очень хорошо).',
  'notify.survey.q.process': 'Качество процесса оказания услуги',
  'notify.survey.q.information': 'Качество и доступность информации о порядке оказания услуги',
  'notify.survey.q.politeness': 'Вежливость сотрудников',
  'notify.survey.scale.1': '1 — очень плохо',
  'notify.survey.scale.2': '2 — плохо',
  'notify.survey.scale.3': '3 — удовлетворительно',
  'notify.survey.scale.4': '4 — хорошо',
  'notify.survey.scale.5': '5 — очень хорошо',
  'notify.survey.submit': 'Отправить оценку',
  'notify.survey.thanks': 'Спасибо! Ваша оценка принята.',
  'notify.survey.used': 'По этому заявлению оценка уже дана. Одно заявление можно оценить только один раз.',
  'notify.survey.invalid':
    'Ссылка недействительна. Откройте полностью ссылку из сообщения или выданную в отделе.',
  'notify.survey.score_required': 'Выберите оценку.',
  'notify.survey.score_invalid': 'Оценка должна быть от 1 до 5.',

  'notify.a11y.title': 'Заявление о доступности',
  'notify.a11y.footer': 'Доступность',
  'notify.a11y.p1':
    'Сайт стремится соответствовать уровню WCAG 2.2 AA: страницы на казахском, русском и английском языках работают с одной клавиатурой и без JavaScript, читаются программами экранного доступа и показываются на ширине 320 пикселей без горизонтальной прокрутки.',
  'notify.a11y.p2':
    'Каждая публичная страница автоматически проверяется axe-core на трёх языках; формы проверяются заполнением только с клавиатуры.',
  'notify.a11y.p3':
    'Официальные документы (свидетельство, справка, расписка, отказ) выдаются в PDF, их текст можно получить и на бумаге в отделе.',
  'notify.a11y.p4':
    'Если страницей трудно пользоваться или вы нашли препятствие, обратитесь в любой отдел: сотрудники заполнят заявление вместе с вами.',
};

export const notifyEn: Record<Keys, string> = {
  'notify.intake.legend': 'Telling the applicant (optional)',
  'notify.intake.hint':
    "If the applicant wishes, short messages on the application's progress go to this address or phone.",
  'notify.intake.email': 'E-mail address',
  'notify.intake.phone': 'Mobile phone (for text messages)',
  'notify.intake.phone_hint': 'For example: 8 701 123 45 67 or +7 701 123 45 67',
  'notify.intake.consent': 'The applicant agrees to be told and to the processing of these contact details',
  'notify.error.email_invalid': 'Enter an e-mail address like name@example.kz.',
  'notify.error.phone_invalid': 'Enter a phone number like 8 701 123 45 67 or +7 701 123 45 67.',
  'notify.error.contact_consent_required': "Messages need the applicant's consent.",
  'notify.error.contact_missing': 'Consent is ticked but neither an e-mail address nor a phone is given.',

  'notify.msg.subject.received': 'Your application was sent ({trackingCode})',
  'notify.msg.body.received':
    'Your application {trackingCode} was sent online; the office that takes it in: {office}. Next: come to the office in working hours with your registered passport and the originals of the documents you uploaded (clause 11), and give the tracking code. The time limit counts from the day of the incoming number. The application’s status: {link} (with the tracking code and your private access code).',
  'notify.msg.subject.registered': 'Your application is registered ({trackingCode})',
  'notify.msg.body.registered':
    'Your application {trackingCode} is registered, incoming no. {incomingNumber}. The result will be ready by {resultDue}; we will tell you when it is. Tracking code: {trackingCode}.',
  'notify.msg.subject.ready': 'Your document is ready ({trackingCode})',
  'notify.msg.body.ready':
    'Document no. {documentNumber} for application {trackingCode} is signed and ready. Come to the office with your passport to collect it.',
  'notify.msg.subject.refused': 'Refusal of your application ({trackingCode})',
  'notify.msg.body.refused':
    'A motivated refusal was issued for application {trackingCode}, outgoing no. {outgoingNumber}. You may collect it at the office; otherwise it is posted to you by {refusalDue}.',
  'notify.msg.subject.expiry': 'Your certificate expires soon',
  'notify.msg.body.expiry':
    'Certificate no. {documentNumber} is valid until {validUntil}. To carry on, apply for re-registration before that day.',
  'notify.msg.subject.survey': 'Rate the service ({trackingCode})',
  'notify.msg.body.survey':
    'The service for application {trackingCode} is complete. Please rate it (one minute, anonymous): {link}',

  'notify.case.title': 'Messages to the applicant',
  'notify.case.none': 'No messages: the applicant left no contact.',
  'notify.case.col_event': 'Event',
  'notify.case.col_channel': 'Channel',
  'notify.case.col_state': 'Delivery',
  'notify.case.col_queued': 'Queued',
  'notify.event.received': 'Sent online',
  'notify.event.registered': 'Registered',
  'notify.event.ready': 'Ready',
  'notify.event.refused': 'Refused',
  'notify.event.expiry': 'Expiring',
  'notify.event.survey': 'Survey invitation',
  'notify.channel.email': 'E-mail',
  'notify.channel.sms': 'Text message',
  'notify.state.queued': 'Queued',
  'notify.state.sending': 'Sending',
  'notify.state.sent': 'Sent',
  'notify.state.failed': 'Failed',
  'notify.state.retried': 'To be retried (attempt {attempts})',
  'notify.case.survey_link': 'Link to rate the service (give it to the applicant):',

  'notify.survey.title': 'Rate the service',
  'notify.survey.intro':
    'Your answers are anonymous: reports never link them to your application or your name. Rate each question from 1 (very poor) to 5 (very good).',
  'notify.survey.q.process': 'Quality of the process',
  'notify.survey.q.information': 'Quality and availability of information about the procedure',
  'notify.survey.q.politeness': 'Politeness of the staff',
  'notify.survey.scale.1': '1 — very poor',
  'notify.survey.scale.2': '2 — poor',
  'notify.survey.scale.3': '3 — fair',
  'notify.survey.scale.4': '4 — good',
  'notify.survey.scale.5': '5 — very good',
  'notify.survey.submit': 'Send my rating',
  'notify.survey.thanks': 'Thank you! Your rating is recorded.',
  'notify.survey.used': 'This application has already been rated. Each application can be rated only once.',
  'notify.survey.invalid':
    'This link is not valid. Open the whole link from your message or the one given at the office.',
  'notify.survey.score_required': 'Choose a rating.',
  'notify.survey.score_invalid': 'A rating is from 1 to 5.',

  'notify.a11y.title': 'Accessibility statement',
  'notify.a11y.footer': 'Accessibility',
  'notify.a11y.p1':
    'This site aims to meet WCAG 2.2 level AA: its pages, in Kazakh, Russian and English, work with a keyboard alone and without JavaScript, read with screen readers and show at 320 pixels wide without scrolling sideways.',
  'notify.a11y.p2':
    'Every public page is checked automatically with axe-core in the three languages; the forms are tested by filling them with the keyboard only.',
  'notify.a11y.p3':
    'Official documents (certificate, reference, receipt, refusal) are given as PDF; their text is also available on paper at the office.',
  'notify.a11y.p4':
    'If a page is hard to use or you meet a barrier, contact any office: the staff will fill in the application with you.',
};
