// The retention phrase families (server/src/engine/extract/vocabulary/retention.yaml): for each
// family and each language it speaks, phrases written for this test that must match and near
// misses that must not. A family added to the file without rows here fails the last test.
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicon } from '../../server/src/engine/extract/vocabulary/lexicon.js';
import type { Lang } from '../../server/src/engine/types.js';

type Rows = Partial<Record<Lang, { match: string[]; miss: string[] }>>;

const FAMILIES: Record<string, Rows> = {
  'retention-cue': {
    en: {
      match: ['We retain payment records', 'records are kept', 'we store your e-mail'],
      miss: ['We restore access', 'a keeper of records'],
    },
    ru: {
      match: ['данные хранятся', 'Оператор сохраняет сведения', 'сохраним запись'],
      miss: ['данные передаются', 'сохранность данных'],
    },
    kk: { match: ['деректер сақталады', 'біз сақтаймыз'], miss: ['деректер беріледі'] },
  },
  'retention-not-keeping': {
    en: {
      match: ['we keep you informed', 'kept confidential', 'keep your password confidential'],
      miss: ['we keep your data'],
    },
    ru: { match: ['сохранять конфиденциальность', 'сохраняет за собой право'], miss: ['сохраняет данные'] },
    kk: { match: ['тілді есте сақтайды', 'құпиялылығын сақтау'], miss: ['деректерді сақтайды'] },
  },
  'retention-storage-place': {
    en: { match: ['secure storage systems', 'our data centres'], miss: ['storage of data'] },
    ru: { match: ['облачные хранилища', 'место хранения данных'], miss: ['хранение данных'] },
    kk: { match: ['деректер қоймасы', 'сақтау орны'], miss: ['сақтау мерзімі'] },
  },
  'retention-deletion': {
    en: { match: ['logs are deleted', 'we purge backups', 'data are anonymised'], miss: ['we delegate tasks'] },
    ru: { match: ['данные удаляются', 'подлежат уничтожению', 'обезличиваются'], miss: ['удаленный доступ'] },
    kk: { match: ['деректер жойылады', 'өшіріледі', 'иесіздендіріледі'], miss: ['жолдау'] },
  },
  'retention-processing-cue': {
    en: { match: ['data processing', 'we process data'], miss: ['a procession'] },
    ru: { match: ['обработка данных', 'обрабатываются'], miss: ['обратная связь'] },
    kk: { match: ['деректерді өңдеу'], miss: ['деректерді беру'] },
  },
  'retention-header': {
    en: { match: ['Data Retention', 'How long we keep data', 'Storage periods'], miss: ['Data security'] },
    ru: {
      match: ['Сроки хранения', 'Сколько мы храним данные', 'Как долго хранятся данные'],
      miss: ['Передача данных'],
    },
    kk: { match: ['Сақтау мерзімі', 'Деректерді қанша сақтаймыз'], miss: ['Деректерді беру'] },
  },
  'retention-column': {
    en: { match: ['Lifetime', 'Expiry', 'Duration'], miss: ['Provider'] },
    ru: { match: ['Срок', 'Срок действия'], miss: ['Назначение'] },
    kk: { match: ['Мерзімі', 'Жарамдылық мерзімі'], miss: ['Мақсаты'] },
  },
  'retention-data-column': {
    en: { match: ['Data type', 'Category of information'], miss: ['Purpose'] },
    ru: { match: ['Категория данных', 'Сведения'], miss: ['Цель'] },
    kk: { match: ['Деректер санаты'], miss: ['Мақсаты'] },
  },
  'retention-purpose-column': {
    en: { match: ['Purpose', 'Purposes of processing'], miss: ['Data'] },
    ru: { match: ['Цель', 'Назначение'], miss: ['Данные'] },
    kk: { match: ['Мақсаты'], miss: ['Деректер'] },
  },
  'retention-cookie-column': {
    en: { match: ['Cookie', 'Name'], miss: ['Purpose'] },
    ru: { match: ['Cookie', 'Название'], miss: ['Назначение'] },
    kk: { match: ['Cookie', 'Атауы'], miss: ['Мақсаты'] },
  },
  'retention-cookie-word': {
    en: { match: ['analytics cookies'], miss: ['analytics events'] },
    ru: { match: ['файлы cookie', 'куки'], miss: ['журналы'] },
    kk: { match: ['cookie файлдары'], miss: ['журналдар'] },
  },
  'retention-lead-until': {
    en: { match: ['are kept until'], miss: ['are kept for'] },
    ru: { match: ['хранятся до', 'вплоть до'], miss: ['хранятся в течение'] },
  },
  'retention-bound-min': {
    en: { match: ['at least', 'no less than', 'a minimum of'], miss: ['at most'] },
    ru: { match: ['не менее', 'как минимум'], miss: ['не более'] },
    kk: { match: ['кемінде', 'кем дегенде'], miss: ['көп дегенде'] },
  },
  'retention-bound-max': {
    en: { match: ['up to', 'no longer than', 'within'], miss: ['at least'] },
    ru: { match: ['не более', 'не превышающий', 'до'], miss: ['не менее'] },
    kk: { match: ['ең көбі', 'көп дегенде'], miss: ['кемінде'] },
  },
  'retention-bound-min-after': {
    en: { match: ['or more', 'or longer'], miss: ['or less'] },
    kk: { match: ['кем емес', 'кем болмайтын'], miss: ['аспайтын'] },
  },
  'retention-bound-max-after': {
    en: { match: ['or less', 'at the latest'], miss: ['or more'] },
    ru: { match: ['максимум'], miss: ['минимум'] },
    kk: { match: ['дейін', 'аспайтын', 'өткенге дейін'], miss: ['кем емес'] },
  },
  'retention-period-noun': {
    en: { match: ['after this period', 'the term'], miss: ['after this date'] },
    ru: { match: ['по истечении срока'], miss: ['по истечении года'] },
    kk: { match: ['мерзімі өткеннен кейін'], miss: ['жыл өткеннен кейін'] },
  },
  'retention-or': {
    en: { match: ['180 days or until'], miss: ['180 days and until'] },
    ru: { match: ['3 года или до'], miss: ['3 года и до'] },
    kk: { match: ['немесе 7 күн'], miss: ['және 7 күн'] },
  },
  'retention-period-word': {
    en: { match: ['for a period of'], miss: ['for a term'] },
    ru: { match: ['сроком'], miss: ['годом'] },
    kk: { match: ['мерзімге'], miss: ['жылға'] },
  },
  'retention-from-marker': {
    en: {
      match: ['from the date of payment', 'after account closure', 'following the request'],
      miss: ['before the payment'],
    },
    ru: { match: ['после прекращения договора', 'по истечении срока'], miss: ['до прекращения договора'] },
  },
  'retention-from-marker-noun': {
    ru: { match: ['с момента платежа', 'с даты закрытия счета', 'со дня получения'], miss: ['с клиентом'] },
  },
  'retention-event-end': {
    en: { match: ['in encrypted form', 'for the purposes of', 'whichever is earlier'], miss: ['of payment'] },
    ru: { match: ['в электронном виде', 'в соответствии с законом', 'после чего'], miss: ['закрытия счета'] },
    kk: { match: ['содан кейін'], miss: ['шот жабылғаннан'] },
  },
  'retention-leading-event': {
    en: {
      match: ['After the account is closed', 'Upon termination', 'Once the payment is completed'],
      miss: ['Before the account is closed'],
    },
    ru: {
      match: ['После удаления аккаунта', 'По истечении срока', 'По достижении целей'],
      miss: ['До удаления аккаунта'],
    },
  },
  'retention-deletion-event': {
    en: {
      match: ['deleted once the payment is completed', 'erased after the loan is repaid'],
      miss: ['deleted unless the law requires'],
    },
    ru: {
      match: ['удаляются после завершения платежа', 'уничтожаются по окончании проверки'],
      miss: ['удаляются, если закон не требует'],
    },
  },
  'retention-leading-condition': {
    en: { match: ['If you close your account', 'In case of withdrawal'], miss: ['Unless you close your account'] },
    ru: { match: ['В случае отзыва согласия', 'Если вы закроете счет'], miss: ['Кроме случаев'] },
  },
  'retention-data-word': {
    en: { match: ['the data are deleted', 'records'], miss: ['the account'] },
    ru: { match: ['данные удаляются', 'персональные данные'], miss: ['аккаунт удаляется'] },
  },
  'retention-kk-from-anchor': {
    kk: { match: ['төлем жүргізілген кезден', 'келісім берген күннен'], miss: ['төлем жүргізілген кезде'] },
  },
  'retention-kk-data-head': {
    kk: { match: ['дербес деректер', 'жеке мәліметтері', 'сервер журналдары'], miss: ['шот жабылғаннан'] },
  },
  'retention-not-period': {
    en: { match: ['we respond within', 'we will notify you', 'children under the age of'], miss: ['we keep records'] },
    ru: { match: ['ответ направляется', 'уведомляет субъекта', 'достигших возраста'], miss: ['хранятся записи'] },
    kk: { match: ['16 жасқа толмаған', 'жауап береді', 'өтініш қаралады'], miss: ['деректер сақталады'] },
  },
  'retention-anonymous-data': {
    en: {
      match: ['aggregated and anonymised data', 'de-identified records', 'anonymous usage statistics'],
      miss: ['your personal data', 'anonymise your data'],
    },
    ru: { match: ['обезличенные статистические данные', 'агрегированная статистика'], miss: ['обезличивание данных'] },
    kk: { match: ['иесіздендірілген деректер'], miss: ['деректерді иесіздендіру'] },
  },
  'retention-request-handled': {
    en: {
      match: ['once your enquiry has been answered', 'after the ticket is closed'],
      miss: ['when you send us a request', 'the request form'],
    },
    ru: { match: ['после рассмотрения обращения', 'запрос обработан'], miss: ['направить запрос оператору'] },
    kk: { match: ['өтініш қаралғаннан кейін'], miss: ['өтініш жіберу'] },
  },
  'retention-deletion-request': {
    en: { match: ['within 30 days of your request', 'unlawful processing'], miss: ['after account closure'] },
    ru: {
      match: ['после получения требования', 'выявления неправомерной обработки', 'по вашему запросу'],
      miss: ['в силу прямого требования законодательства'],
    },
    kk: { match: ['сұрау алынған күннен', 'өтініш бойынша', 'заңсыз өңдеу'], miss: ['сақтау мерзімі өткеннен'] },
  },
  'retention-deletion-within': {
    en: { match: ['deleted within', 'no later than'], miss: ['deleted after'] },
    ru: { match: ['в течение', 'не позднее'], miss: ['по истечении'] },
    kk: { match: ['30 күн ішінде'], miss: ['30 күн өткен соң'] },
  },
  'retention-deletion-after': {
    en: { match: ['deleted after 90 days'], miss: ['deleted within 90 days'] },
    ru: {
      match: ['уничтожаются по истечении 3 лет', 'удаляются через 90 дней'],
      miss: ['удаляются в течение 90 дней'],
    },
  },
  'retention-deletion-after-kk': {
    kk: { match: ['90 күн өткен соң', '90 күннен кейін'], miss: ['90 күн ішінде'] },
  },
  'retention-criteria-purposes': {
    en: {
      match: [
        'until the purposes of processing are achieved',
        'as soon as the purpose for its storage ceases to apply',
        'retention periods follow from the purposes of processing',
      ],
      miss: ['as necessary for evaluating an application'],
    },
    ru: {
      match: [
        'до достижения целей обработки',
        'сроки хранения определяются целями обработки',
        'не дольше, чем этого требуют цели обработки',
      ],
      miss: ['цели обработки указаны в разделе 3'],
    },
    kk: {
      match: ['өңдеу мақсаттарына қол жеткізілгенге дейін', 'мақсаттарына жету үшін қажет мерзімнен'],
      miss: ['өңдеу мақсаттары 3-бөлімде'],
    },
  },
  'retention-criteria-consent': {
    en: {
      match: ['until you withdraw your consent', 'until consent is withdrawn'],
      miss: ['you may withdraw your consent'],
    },
    ru: {
      match: ['до отзыва согласия', 'до момента отзыва Пользователем согласия'],
      miss: ['вы можете отозвать согласие'],
    },
    kk: { match: ['келісімді кері қайтарып алғанға дейін'], miss: ['келісімді қайтарып алуға болады'] },
  },
  'retention-criteria-contract': {
    en: {
      match: ['for the term of the contract', 'until the agreement is terminated'],
      miss: ['the contract may be terminated'],
    },
    ru: {
      match: ['в течение срока действия договора', 'до прекращения договора'],
      miss: ['договор может быть расторгнут'],
    },
    kk: { match: ['шарттың қолданылу мерзімі ішінде', 'шарт тоқтатылғанға дейін'], miss: ['шарт жасалады'] },
  },
  'retention-criteria-account': {
    en: {
      match: ['while your account is open', 'as long as you have an account', "for the duration of the User's account"],
      miss: ['when you open an account'],
    },
    ru: {
      match: ['пока существует аккаунт', 'до удаления учетной записи', 'в течение всего срока действия аккаунта'],
      miss: ['при создании аккаунта'],
    },
    kk: {
      match: ['аккаунт бар кезде', 'аккаунтының қолданылу мерзімі ішінде', 'есептік жазба жабылғанға дейін'],
      miss: ['аккаунт ашқанда'],
    },
  },
  'retention-criteria-activity': {
    en: { match: ["for the entire period of the Operator's activity"], miss: ["the Operator's activity"] },
    ru: { match: ['в течение всего срока деятельности Оператора'], miss: ['деятельность Оператора'] },
    kk: { match: ['қызметінің бүкіл кезеңі ішінде'], miss: ['қызметі туралы'] },
  },
  'retention-criteria-service': {
    en: { match: ['while the service runs', 'as long as you use the app'], miss: ['while you wait'] },
    ru: { match: ['пока работает сервис', 'пока вы пользуетесь приложением'], miss: ['пока вы ждете'] },
    kk: { match: ['сервис жұмыс істеп тұрғанша'], miss: ['сервис жұмыс істейді'] },
  },
  'retention-criteria-request': {
    en: {
      match: ['until you ask us to delete them', 'until you request deletion'],
      miss: ['you may ask us to delete them'],
    },
    ru: {
      match: ['пока вы не попросите их удалить', 'до получения требования об удалении'],
      miss: ['вы можете попросить их удалить'],
    },
    kk: { match: ['сіз жоюды сұрағанша'], miss: ['жоюды сұрай аласыз'] },
  },
  'retention-criteria-need': {
    en: {
      match: ['as long as needed to respond', 'as long as we need it to provide the service'],
      miss: ['as long as necessary'],
    },
    ru: {
      match: ['сколько нужно, чтобы ответить', 'пока они нужны для предоставления сервиса'],
      miss: ['сколько нужно'],
    },
    kk: {
      match: ['қызмет көрсету үшін қажет уақыт', 'жауап беру үшін қажет мерзімге'],
      miss: ['қажетті мерзім ішінде'],
    },
  },
  'retention-criteria-reference': {
    en: {
      match: ["according to Vercel's retention periods", 'in accordance with our data retention policy'],
      miss: ['according to our privacy policy'],
    },
    ru: {
      match: ['по срокам хранения провайдера', 'согласно политике хранения'],
      miss: ['согласно политике конфиденциальности'],
    },
    kk: { match: ['провайдердің сақтау мерзімдері бойынша'], miss: ['провайдердің шарттары бойынша'] },
  },
  'retention-criteria-linked': {
    en: {
      match: ['kept with the records they relate to', 'together with the account'],
      miss: ['shared with the processor'],
    },
    ru: {
      match: ['вместе с записями, к которым относятся', 'вместе с учетной записью'],
      miss: ['вместе с партнерами'],
    },
    kk: { match: ['тиісті жазбалармен бірге'], miss: ['серіктестермен бірге'] },
  },
  'retention-criteria-event': {
    en: { match: ['until the end of the calendar year'], miss: ['unless the law requires'] },
    ru: { match: ['до окончания проверки', 'до истечения срока исковой давности'], miss: ['до 5 лет'] },
  },
  'retention-until-marker': {
    en: { match: ['until consent is withdrawn', 'for as long as'], miss: ['unless'] },
    ru: { match: ['до отзыва', 'в течение срока'], miss: ['после отзыва'] },
  },
  'retention-session': {
    en: {
      match: ['We store a cookie in a session', 'until the browser is closed', 'browser session'],
      miss: ['session identifiers'],
    },
    ru: { match: ['в течение сеанса', 'до закрытия браузера'], miss: ['идентификатор сессии'] },
    kk: { match: ['браузер жабылғанша', 'браузер жабылғанға дейін', 'сеанс бойы'], miss: ['сессия идентификаторы'] },
  },
  'retention-session-cell': {
    en: { match: ['Session'], miss: ['Persistent'] },
    ru: { match: ['Сеанс', 'Сессия'], miss: ['Постоянный'] },
    kk: { match: ['Сеанс'], miss: ['Тұрақты'] },
  },
  'retention-indefinite': {
    en: {
      match: ['indefinitely', 'without any time limit', 'the period of personal data processing is unlimited'],
      miss: ['unlimited access to the service'],
    },
    ru: {
      match: ['бессрочно', 'без ограничения срока', 'срок обработки персональных данных является неограниченным'],
      miss: ['неограниченному кругу лиц'],
    },
    kk: { match: ['мерзімсіз', 'шектеусіз мерзімге'], miss: ['шектеусіз қолжетімділік'] },
  },
  'retention-indefinite-end': {
    en: {
      match: ['until the liquidation of the company', 'until the operator ceases to exist'],
      miss: ['liquidation of the company'],
    },
    ru: {
      match: ['до ликвидации Оператора', 'до ликвидации или реорганизации Оператора'],
      miss: ['при ликвидации Оператора'],
    },
    kk: { match: ['оператор таратылғанға дейін'], miss: ['оператор таратылған кезде'] },
  },
  'retention-vague-necessary': {
    en: { match: ['for as long as necessary', 'no longer than necessary'], miss: ['if necessary'] },
    ru: { match: ['в течение необходимого срока', 'столько, сколько необходимо'], miss: ['при необходимости'] },
    kk: { match: ['қажетті мерзім ішінде', 'қажет болғанша'], miss: ['қажет болған жағдайда'] },
  },
  'retention-vague-reasonable': {
    en: { match: ['for a reasonable period'], miss: ['reasonable measures'] },
    ru: { match: ['в течение разумного срока'], miss: ['разумные меры'] },
    kk: { match: ['ақылға қонымды уақыт ішінде'], miss: ['ақылға қонымды шаралар'] },
  },
  'retention-vague-law': {
    en: {
      match: ['for the period required by law', 'for a period specified by law'],
      miss: ['as the law requires us to disclose'],
    },
    ru: {
      match: ['в течение срока, установленного законодательством', 'в течение определенного законом срока'],
      miss: ['установленного законодательством порядка'],
    },
    kk: { match: ['заңнамада белгіленген мерзім ішінде'], miss: ['заңнамада белгіленген тәртіппен'] },
  },
  'retention-law-exception': {
    en: {
      match: ['unless the legislation provides for storage', 'except where the law requires it'],
      miss: ['the exception is a legal hold'],
    },
    ru: {
      match: ['за исключением случаев, когда законодательством предусмотрено', 'кроме случаев, установленных законом'],
      miss: ['исключение составляют платежи'],
    },
    kk: { match: ['заңнамада көзделген жағдайларды қоспағанда'], miss: ['заңнамада көзделген жағдайларда'] },
  },
  'retention-law-hold-data': {
    en: {
      match: ['invoices we are required by law to keep', 'records the law requires us to retain'],
      miss: ['we are required to answer within a month'],
    },
    ru: {
      match: ['данные, обязательные к хранению по законодательству', 'сведения, которые школа обязана хранить'],
      miss: ['школа обязана ответить на запрос'],
    },
    kk: { match: ['заң бойынша сақтауға міндетті деректер'], miss: ['жауап беруге міндетті'] },
  },
  'retention-validity': {
    en: { match: ['the code is valid for', 'the link expires'], miss: ['a valuable service', 'we value your data'] },
    ru: { match: ['код действует', 'ссылка действительна'], miss: ['действия с данными', 'действительный адрес'] },
    kk: { match: ['код жарамды', 'сілтеме әрекет етеді'], miss: ['код жіберіледі', 'сілтеме жіберіледі'] },
  },
  'retention-denied-cue': {
    en: { match: ['is not stored', 'we do not keep'], miss: ['is stored', 'we keep'] },
    ru: { match: ['не хранится', 'не сохраняем'], miss: ['хранится', 'сохраняем'] },
    kk: { match: ['сақталмайды', 'сақтамаймыз'], miss: ['сақталады', 'сақтаймыз'] },
  },
  'retention-vague-limited': {
    en: {
      match: ['for a limited period', 'for a long time', 'for an extended period'],
      miss: ['limited access', 'a long list'],
    },
    ru: {
      match: ['ограниченный период', 'длительное время', 'в течение долгого срока'],
      miss: ['ограниченный доступ', 'длительное сотрудничество'],
    },
    kk: { match: ['шектеулі мерзім', 'ұзақ уақыт'], miss: ['шектеулі қолжетімділік', 'ұзақ сапар'] },
  },
  'period-unit-year': {
    en: { match: ['5 years', '1 yr'], miss: ['yearly report'] },
    ru: { match: ['5 лет', '3 года', 'одним годом'], miss: ['годовой отчет'] },
    kk: { match: ['5 жыл', 'бес жылға'], miss: ['5 ай'] },
  },
  'period-unit-month': {
    en: { match: ['6 months'], miss: ['monthly'] },
    ru: { match: ['6 месяцев', '6 мес.'], miss: ['месье'] },
    kk: { match: ['6 ай', '13 айға'], miss: ['айтылған'] },
  },
  'period-unit-week': {
    en: { match: ['2 weeks'], miss: ['weekly'] },
    ru: { match: ['2 недели'], miss: ['недельный'] },
    kk: { match: ['2 апта'], miss: ['аптечка'] },
  },
  'period-unit-day': {
    en: { match: ['30 days'], miss: ['daily'] },
    ru: { match: ['30 дней', '1 сутки'], miss: ['30 часов'] },
    kk: { match: ['30 күн', '30 күнге'], miss: ['күшті'] },
  },
  'period-unit-hour': {
    en: { match: ['24 hours'], miss: ['hourly'] },
    ru: { match: ['24 часа'], miss: ['частота'] },
    kk: { match: ['24 сағат'], miss: ['сағынышы'] },
  },
  'period-qualifier-calendar': {
    en: { match: ['30 calendar days'], miss: ['30 days'] },
    ru: { match: ['30 календарных дней'], miss: ['30 дней'] },
    kk: { match: ['30 күнтізбелік күн'], miss: ['30 күн'] },
  },
  'period-qualifier-working': {
    en: { match: ['10 business days', '10 working days'], miss: ['10 days'] },
    ru: { match: ['15 рабочих дней'], miss: ['15 дней'] },
    kk: { match: ['3 жұмыс күні'], miss: ['3 күн'] },
  },
  'period-qualifier-plain': {
    en: { match: ['5 full years'], miss: ['5 years'] },
    ru: { match: ['5 полных лет'], miss: ['5 лет'] },
    kk: { match: ['5 толық жыл'], miss: ['5 жыл'] },
  },
  'period-half-year': {
    ru: { match: ['полгода', 'в течение полугода'], miss: ['год'] },
    kk: { match: ['жарты жыл'], miss: ['бір жыл'] },
  },
  'period-year-and-half': {
    ru: { match: ['полтора года', 'полутора лет'], miss: ['два года'] },
  },
  'period-one-year': { ru: { match: ['в течение года'], miss: ['в течение срока'] } },
  'period-one-month': { ru: { match: ['в течение месяца'], miss: ['в течение срока'] } },
  'period-one-week': { ru: { match: ['в течение недели'], miss: ['в течение срока'] } },
  'period-one-day': { ru: { match: ['в течение суток'], miss: ['в течение срока'] } },
};

describe('retention vocabulary: phrase families', () => {
  const lex = lexicon();
  for (const [family, rows] of Object.entries(FAMILIES)) {
    for (const [lang, { match, miss }] of Object.entries(rows) as Array<[Lang, { match: string[]; miss: string[] }]>) {
      it(`${family} (${lang})`, () => {
        for (const text of match) assert.ok(lex.test(family, text), `«${text}» should match ${family}`);
        for (const text of miss) assert.ok(!lex.test(family, text), `«${text}» should not match ${family}`);
      });
    }
  }

  it('every family of retention.yaml has rows here, in every language it speaks', () => {
    const file = parse(
      readFileSync(join(import.meta.dirname, '../../server/src/engine/extract/vocabulary/retention.yaml'), 'utf8'),
    ) as Record<string, Record<string, unknown>>;
    for (const [family, entry] of Object.entries(file)) {
      const langs = (['en', 'ru', 'kk'] as const).filter(
        (l) => Array.isArray(entry[l]) && (entry[l] as unknown[]).length > 0,
      );
      for (const lang of langs) {
        const rows = FAMILIES[family]?.[lang];
        assert.ok(
          rows && rows.match.length > 0 && rows.miss.length > 0,
          `${family} (${lang}) needs rows that match and rows that do not`,
        );
      }
    }
  });
});
