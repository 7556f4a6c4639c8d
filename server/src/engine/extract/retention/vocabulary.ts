// The words of retention statements in English, Russian and Kazakh, as patterns over folded text
// (lower case, «ё» as «е», one kind of dash and quote; see language/normalize.ts).
// Kept apart from the code that reads them, so that a linguist can review them in one place.

/** Words that make a sentence speak of keeping data: a period near them is a retention period. */
export const RETENTION_CUE = new RegExp(
  [
    '(?<![\\p{L}])(?:retain\\p{L}*|retention|stor(?:e|ed|es|ing|age)|keep\\p{L}*|kept)(?![\\p{L}])',
    '(?<![\\p{L}])(?:хран\\p{L}*|сохраня\\p{L}*|сохранен\\p{L}*)',
    '(?<![\\p{L}])(?:сақта\\p{L}*|сақтал\\p{L}*)',
  ].join('|'),
  'u',
);

/** Words that say a data-storage place, not a period: «хранилище», "storage systems", «облачные хранилища». */
export const STORAGE_PLACE = /(?<![\p{L}])(?:хранилищ\p{L}*|storage\s+(?:systems?|facilit\p{L}*|servers?|media|devices?|locations?)|data\s+centres?|data\s+centers?)/u;

/** Headings and table headers that name the retention period. */
export const RETENTION_HEADER = /(?<![\p{L}])(?:retention|storage\s+period|period\s+of\s+(?:storage|retention)|how\s+long|срок\p{L}*\s+(?:обработки\s+и\s+)?хранени\p{L}*|хранени\p{L}*|сақтау\s+мерзім\p{L}*|сақта\p{L}*)/u;

// Bounds before a period: "at least 5 years", «не менее пяти лет», «кемінде 5 жыл».
export const MIN_BEFORE = /(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum(?:\s+of)?|не\s+менее|не\s+меньше|как\s+минимум|минимум|кемінде|кем\s+дегенде|ең\s+аз)\s*(?:a\s+period\s+of\s+|срок\p{L}*\s+|мерзім\p{L}*\s+)?$/u;
export const MAX_BEFORE = /(?:up\s+to|no\s+more\s+than|not\s+more\s+than|no\s+longer\s+than|not\s+longer\s+than|not\s+exceeding|a\s+maximum\s+of|maximum(?:\s+of)?|at\s+most|within|не\s+более|не\s+больше|не\s+дольше|не\s+свыше|не\s+превышающ\p{L}*|в\s+пределах|максимум|сроком\s+до|(?<![\p{L}])до|ең\s+көбі)\s*(?:a\s+period\s+of\s+|срок\p{L}*\s+|мерзім\p{L}*\s+)?$/u;
// Kazakh puts bounds after the period: «5 жылдан кем емес», «5 жылға дейін», «5 жылдан аспайтын».
export const MIN_AFTER = /^\s*(?:кем\s+емес|кем\s+болмайтын|кем\s+болмауы|or\s+(?:more|longer))(?![\p{L}])/u;
export const MAX_AFTER = /^\s*(?:дейін|аспайтын|аспауы|аспайды|артық\s+емес|артық\s+болмайтын|көп\s+емес|or\s+less|at\s+most|at\s+the\s+latest|максимум)(?![\p{L}])/u;

/** When the period starts, after the period: "from the date of payment", «с момента отзыва согласия». */
export const FROM_AFTER = /^\s*(?:,\s*)?(?:(?<marker>(?:starting\s+)?from|after|following|since|as\s+of|после|по\s+истечении)\s+|(?:начиная\s+)?(?:с|со)\s+(?=(?:момента|даты|дня|начала|окончания|прекращения|истечения|закрытия|расторжения|получения|отзыва|завершения|последнего|последней|совершения|осуществления|предоставления|достижения|выдачи|подписания|заключения|исполнения)(?![\p{L}])))(?<event>[^.;!?\n]{3,160})/u;
/** Where an event's wording stops: a clause break, or what follows it in the sentence. */
export const EVENT_END = /,|;|:|\.(?=\s|$)|\s(?:in\s+(?:encrypted|electronic|paper|anonymi[sz]ed|accordance|order)|for\s+the\s+purposes?|on\s+(?:our|secure)|at\s+our|within|under|в\s+(?:зашифрованном|электронном|обезличенном|бумажном|соответствии|течение|целях|порядке)|для|при|согласно|без|на\s+(?:территории|серверах))(?![\p{L}])|\s(?:and\s+(?:then|are|is|will|shall|may|must)|after\s+which|whichever|in\s+accordance|unless|or\s+longer|or\s+until|then|после\s+чего|в\s+соответствии|если|либо|а\s+затем|кейін\s+|содан)(?![\p{L}])/u;
/** Kazakh puts the event first: «төлем жүргізілген кезден 5 жыл», «шот жабылғаннан кейін 5 жыл». */
export const FROM_BEFORE_KK = /(?:кезден|кезінен|сәттен|сәтінен|күннен|күнінен|уақыттан|уақытынан|\p{L}+(?:ған|ген|қан|кен)(?:нан|нен))(?:\s+бастап|\s+кейін)?[\s,]*$/u;
/** Words that head the data phrase, where a Kazakh start event (read backwards) stops. */
export const KK_DATA_HEAD = /^(?:\p{L}*(?:деректер|мәліметтер|ақпарат|жазбалар|журналдар)\p{L}*|\p{L}+(?:лері|лары|дері|дары|тері|тары))$/u;

/** A start event that opens the sentence: "After an account is closed, its data are kept for 90 days". */
export const LEADING_EVENT = /^(?:(?:after|following|upon)\s+(?<en>[^,;:]{3,100}),\s*|(?:после|по\s+истечении|по\s+окончании)\s+(?:(?<ru>[^,;:]{3,100}),\s*|(?<ru2>[^,;:]{3,100}?)\s+(?=(?:ее|его|их|все|эти)\s))|(?<kk>[^,;:]{3,80}?\p{L}+(?:ған|ген|қан|кен)(?:нан|нен)\s+(?:кейін|бастап))\s+)/u;

/** A period-less end: what the data are kept until. Each names its criterion. */
export type Criterion = 'purposes' | 'consent' | 'contract' | 'account' | 'activity' | 'event';

export const CRITERIA: Array<[Criterion, RegExp]> = [
  ['purposes', /(?:to\s+)?achieve\s+the\s+purposes?\s+for\s+which|(?:until|till)\s+(?:the\s+)?(?:(?:processing\s+)?purposes?|goals?)[^.;]{0,60}?(?:achieved|fulfilled|attained|accomplished|met)|(?:necessary|required|needed|period\s+required)\s+(?:for\s+(?:the\s+)?purposes?|to\s+(?:achieve|fulfil+|accomplish|attain|meet)\s+(?:the\s+)?(?:purposes?|goals?))|до\s+(?:момента\s+)?достижени\p{L}*\s+(?:цел\p{L}*|задач\p{L}*)[^.;,]{0,40}|(?:необходим\p{L}*|требуем\p{L}*)\s+(?:для|в\s+целях)\s+достижени\p{L}*\s+цел\p{L}*|определя\p{L}*\s+датой\s+достижения\s+цел\p{L}*|(?:\p{L}+[уү]\s+(?:(?:және|мен)\s+\p{L}+[уү]\s+)?)?мақсат\p{L}*\s+(?:қол\s+)?жеткіз\p{L}*[^.;]{0,40}?(?:дейін|айқындалады|мерзім\p{L}*)/u],
  ['consent', /(?:until|till)\s+(?:(?:you|the\s+(?:data\s+)?subject|the\s+user|the\s+client)\s+)?(?:withdraw\p{L}*|revok\p{L}*)[^.;]{0,60}?consent|(?:until|till)\s+(?:the\s+)?(?:your\s+)?consent\s+(?:is\s+|has\s+been\s+)?(?:withdrawn|revoked)|(?:until|till)\s+(?:the\s+)?(?:withdrawal|revocation)\s+of\s+(?:your\s+|the\s+)?consent|до\s+(?:момента\s+)?(?:отзыва|отзыв\p{L}*)\s+(?:\p{L}+\s+){0,2}согласи\p{L}*|до\s+(?:момента\s+)?(?:отзыва|отзыв\p{L}*)\s+согласи\p{L}*|до\s+момента\s+отзыва\s*$|келісім\p{L}*\s+(?:кері\s+)?(?:қайтарып|шақырып)\s+ал\p{L}*[^.;]{0,20}?дейін/u],
  ['contract', /(?:for\s+the\s+(?:duration|term|life)\s+of\s+(?:the|your|our|this)\s+(?:contract|agreement|relationship|business\s+relationship))|(?:until|till)\s+(?:the\s+)?(?:contract|agreement)\s+(?:is\s+)?(?:terminated|ends|expires)|в\s+течение\s+(?:всего\s+)?срока\s+действия\s+(?:договор\p{L}*|соглашени\p{L}*)|до\s+(?:момента\s+)?(?:прекращения|расторжения|истечения\s+срока\s+действия)\s+(?:\p{L}+\s+){0,2}(?:договор\p{L}*|соглашени\p{L}*|отношени\p{L}*)|шарт\p{L}*\s+(?:қолданылу\s+мерзімі\s+ішінде|(?:мерзімі\s+)?(?:аяқталғанға|бұзылғанға|тоқтатылғанға)\s+дейін)/u],
  ['account', /(?:until|till)\s+(?:you\s+close\s+your\s+account|(?:the|your)\s+account\s+is\s+(?:closed|deleted))|for\s+as\s+long\s+as\s+(?:you|your\s+account)\s+(?:have\s+an\s+account|remains?\s+active|is\s+active)|до\s+(?:момента\s+)?(?:закрытия|удаления)\s+(?:\p{L}+\s+){0,2}(?:счет\p{L}*|учетн\p{L}*\s+запис\p{L}*|аккаунт\p{L}*)|(?:шот\p{L}*|есептік\s+жазба\p{L}*)\s+(?:жабылғанға|жойылғанға)\s+дейін/u],
  ['activity', /for\s+the\s+(?:entire|whole)\s+(?:period|duration|term)\s+of\s+(?:the\s+)?[^.;]{0,40}?(?:activit\p{L}*|existence|operations?)|в\s+течение\s+всего\s+(?:срока|периода)\s+(?:осуществления\s+)?деятельности[^.;,]{0,40}|қызмет\p{L}*\s+(?:бүкіл|барлық)\s+(?:кезеңі|мерзімі)\s+ішінде/u],
  ['event', /(?:(?<![\p{L}])until|(?<![\p{L}])till)\s+(?!\d)[^.;]{3,80}|(?<![\p{L}])до\s+(?:момента\s+)?(?:прекращени\p{L}*|истечени\p{L}*|окончани\p{L}*|завершени\p{L}*|удалени\p{L}*|ликвидаци\p{L}*|отзыв\p{L}*)[^.;,]{0,80}|\p{L}+(?:ғанға|генге|қанға|кенге)\s+дейін/u],
];

/** Phrases that give neither a period nor a usable criterion. */
export type Vagueness = 'as-long-as-necessary' | 'reasonable' | 'as-required-by-law';

export const VAGUE: Array<[Vagueness, RegExp]> = [
  ['as-long-as-necessary', /(?:for\s+)?as\s+long\s+as\s+(?:is\s+|it\s+is\s+|we\s+deem\s+)?(?:necessary|needed|required|appropriate)(?!\s+(?:to|for)\s+(?:achieve|fulfil+|accomplish|attain|meet|the)\s)|(?:в\s+течение\s+)?(?:необходимого|нужного)\s+(?:срока|времени|периода)|столько[,]?\s+сколько\s+(?:это\s+)?(?:необходимо|нужно|требуется)(?![^.;]{0,30}цел)|қажет(?:ті)?\s+(?:мерзім|уақыт)\p{L}*(?![^.;]{0,30}мақсат)|қажет\s+болғанша/u],
  ['reasonable', /for\s+a\s+reasonable\s+(?:period|time)|в\s+течение\s+разумного\s+(?:срока|времени)|(?:разумн\p{L}*|ақылға\s+қонымды)\s+(?:срок\p{L}*|мерзім\p{L}*)/u],
  ['as-required-by-law', /(?:for\s+)?(?:the\s+)?(?:period|time|term)\s+(?:required|prescribed|established|set)\s+by\s+(?:the\s+)?(?:applicable\s+)?(?:law|legislation)|срок\p{L}*[,]?\s+(?:установленн\p{L}*|предусмотренн\p{L}*)\s+(?:действующим\s+)?(?:законодательством|законом)|заңнамада\s+(?:белгіленген|көзделген)\s+мерзім\p{L}*/u],
];

/** Words a "covers" phrase should not keep at its ends. */
export const COVERS_TRIM = /^(?:and|or|also|we|the|our|your|all|any|such|и|или|а|также|ваши|ваш|все|ал|және|немесе|сондай-ақ|біз)\s+|\s+(?:and|or|и|или|және|немесе)$/u;
