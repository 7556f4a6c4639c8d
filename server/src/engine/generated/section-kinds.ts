// Generated from server/src/engine/extract/vocabulary/section-kinds.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { VocabularyFile } from '../extract/vocabulary/types.js';

const data: VocabularyFile = {
 "general": {
  "headings": {
   "en": [
    "general provisions",
    "general",
    "introduction",
    "scope",
    "scope of ** policy",
    "about this policy",
    "purpose of ** policy",
    "application of ** policy",
    "who ** policy applies to",
    "legal basis and guidance"
   ],
   "ru": [
    "общие положения",
    "введение",
    "область применения",
    "сфера действия",
    "цель ** политики",
    "распространение ** политики",
    "назначение политики",
    "предмет политики"
   ],
   "kk": [
    "жалпы ережелер",
    "жалпы ереже",
    "кіріспе",
    "қолданылу аясы",
    "саясат* мақсаты",
    "** саясатының мақсаты",
    "саясат* қатыстылығы",
    "саясат* қолданылуы"
   ]
  },
  "text": {
   "en": [
    "this ** policy applies to",
    "this ** policy has been prepared",
    "this ** policy explains",
    "this ** policy describes"
   ],
   "ru": [
    "настоящая политика распространяется",
    "политика распространяется на",
    "настоящая политика определяет",
    "политика разработана в соответствии",
    "политика устанавливает"
   ],
   "kk": [
    "осы саясат ** қатысты",
    "саясат ** қолданылады",
    "саясаты ** әзірленді"
   ]
  }
 },
 "definitions": {
  "headings": {
   "en": [
    "definitions",
    "terms and definitions",
    "terms used",
    "basic concepts",
    "key terms",
    "defined terms",
    "interpretation",
    "conceptual framework",
    "glossary",
    "concepts"
   ],
   "ru": [
    "основные понятия",
    "термины и определения",
    "понятия",
    "понятийный аппарат",
    "определения",
    "используемые термины",
    "термины"
   ],
   "kk": [
    "негізгі ұғымдар",
    "ұғымдар",
    "ұғымдар туралы",
    "терминдер мен анықтамалар",
    "анықтамалар",
    "терминдер"
   ]
  },
  "text": {
   "en": [
    "the following terms",
    "terms are used in the following meaning*",
    "basic concepts used in this policy"
   ],
   "ru": [
    "используются следующие ** понятия",
    "в следующ* значени*",
    "основные понятия, используемые"
   ],
   "kk": [
    "мынадай мағынада",
    "мағынада қолданылады",
    "келесі ұғымдар"
   ]
  },
  "clause": {
   "en": [
    "the following terms",
    "terms are used in the following meaning*",
    "basic concepts used in this policy",
    "terms used in this policy",
    "the following definitions"
   ],
   "ru": [
    "используются следующие ** понятия",
    "в следующ* значени*",
    "основные понятия, используемые",
    "термины ** используются в ** значении"
   ],
   "kk": [
    "мынадай мағынада",
    "мағынада қолданылады",
    "келесі ұғымдар",
    "ұғымдар ** қолданылады"
   ]
  }
 },
 "controller": {
  "headings": {
   "en": [
    "operator",
    "data controller",
    "controller",
    "who we are",
    "about us",
    "contact us",
    "contact information",
    "contact details",
    "contacts",
    "our details",
    "company details",
    "feedback",
    "questions and suggestions",
    "how to contact us",
    "address and contacts",
    "operator details"
   ],
   "ru": [
    "оператор",
    "сведения об операторе",
    "реквизиты оператора",
    "реквизиты",
    "контакты",
    "контактная информация",
    "контактные данные",
    "обратная связь",
    "как с нами связаться",
    "вопросы и предложения",
    "адрес и контакты",
    "вопросы о конфиденциальности"
   ],
   "kk": [
    "оператор",
    "оператор туралы мәліметтер",
    "деректемелер",
    "байланыс ақпарат*",
    "байланыс деректер*",
    "байланыс дерегі",
    "кері байланыс",
    "бізбен байланыс"
   ]
  },
  "text": {
   "en": [
    "bin",
    "business identification number",
    "registered office",
    "registered address",
    "legal address",
    "contact us at",
    "you can contact us",
    "please contact us",
    "by e-mail at",
    "by email at"
   ],
   "ru": [
    "бин",
    "юридический адрес",
    "место нахождения",
    "местонахождение оператора",
    "можете обратиться по",
    "связаться с нами",
    "адрес электронной почты"
   ],
   "kk": [
    "бсн",
    "заңды мекенжай*",
    "мекенжайы",
    "мына мекенжайға",
    "электрондық пошта мекенжайы",
    "бізге хабарласу*"
   ]
  },
  "clause": {
   "en": [
    "is the operator",
    "is the data controller",
    "is the controller",
    "operator of ** personal data is",
    "controller of ** personal data is",
    "acts as ** operator",
    "acts as ** controller",
    "business identification number",
    "registered office",
    "registered address",
    "legal address"
   ],
   "ru": [
    "является оператором",
    "оператором ** данных является",
    "выступает оператором",
    "юридический адрес",
    "место нахождения оператора",
    "местонахождение оператора",
    "бизнес-идентификационный номер"
   ],
   "kk": [
    "операторы болып табылады",
    "оператор болып табылады",
    "оператор ретінде",
    "заңды мекенжай*",
    "бизнес-сәйкестендіру нөмірі"
   ]
  }
 },
 "dpo": {
  "headings": {
   "en": [
    "data protection officer",
    "dpo",
    "person responsible for ** processing",
    "responsible person",
    "privacy officer"
   ],
   "ru": [
    "ответственн* за организаци* обработк*",
    "ответственное лицо",
    "ответственный за обработку",
    "лицо, ответственное",
    "инспектор* по защите данных",
    "ответственный за защиту данных"
   ],
   "kk": [
    "өңдеуді ұйымдастыруға жауапты",
    "жауапты тұлға",
    "деректерді қорғау жөніндегі лауазымды адам*"
   ]
  },
  "text": {
   "en": [
    "data protection officer",
    "person responsible for organizing|organising ** processing",
    "responsible for organizing|organising the processing"
   ],
   "ru": [
    "ответственн* за организаци* обработк*",
    "назначено лицо, ответственное",
    "назначен ответственный"
   ],
   "kk": [
    "өңдеуді ұйымдастыруға жауапты",
    "жауапты тұлға тағайындал*"
   ]
  },
  "clause": {
   "en": [
    "data protection officer",
    "person responsible for organizing|organising ** processing",
    "responsible for organizing|organising the processing",
    "person responsible for ** personal data",
    "privacy officer"
   ],
   "ru": [
    "ответственн* за организаци* обработк*",
    "назначено лицо, ответственное",
    "назначен ответственный",
    "ответственн* за обработку персональных данных",
    "инспектор* по защите данных"
   ],
   "kk": [
    "өңдеуді ұйымдастыруға жауапты",
    "жауапты тұлға тағайындал*",
    "өңдеуге жауапты тұлға",
    "деректерді қорғау жөніндегі лауазымды адам*"
   ]
  }
 },
 "data_categories": {
  "headings": {
   "en": [
    "what data",
    "what ** data",
    "what information",
    "information we collect",
    "data we collect",
    "** data we collect",
    "categories of ** data",
    "categories of ** information",
    "types of ** information",
    "types of ** data",
    "personal data collected",
    "data collected",
    "collected data",
    "what data the ** collects",
    "personal data of users received ** processed",
    "information ** collect",
    "personal data processed",
    "data ** we process"
   ],
   "ru": [
    "какие данные",
    "какие ** данные",
    "перечень ** данных",
    "состав ** данных",
    "категории ** данных",
    "собираемые данные",
    "обрабатываемые данные",
    "данные, которые мы собираем",
    "что ** считает данными",
    "какие данные о вас",
    "категории ** информации"
   ],
   "kk": [
    "деректердің тізбесі",
    "** деректер тізбесі",
    "жиналатын деректер",
    "деректер санаттары",
    "ақпарат санаттары",
    "қандай деректер*",
    "қандай ** деректер*"
   ]
  },
  "text": {
   "en": [
    "we collect the following",
    "we may collect",
    "collect the following categories",
    "the following personal data",
    "the following personal information",
    "categories of personal information",
    "such information includes",
    "personal data includes"
   ],
   "ru": [
    "собирает следующие",
    "собираем следующие",
    "следующие персональные данные",
    "перечень персональных данных",
    "пользовательские данные",
    "получает или собирает"
   ],
   "kk": [
    "келесі дербес деректер",
    "келесі деректер",
    "деректерді жинаймыз",
    "жиналатын дербес деректер"
   ]
  },
  "clause": {
   "en": [
    "we collect the following",
    "collect the following categories",
    "the following personal data",
    "the following personal information",
    "categories of personal data",
    "categories of personal information",
    "personal data includes",
    "personal information includes",
    "list of personal data",
    "we process the following ** data",
    "we collect ** personal data",
    "data we collect include*"
   ],
   "ru": [
    "собирает следующие",
    "собираем следующие",
    "следующие персональные данные",
    "перечень ** персональных данных",
    "состав ** персональных данных",
    "обрабатывае* следующие ** данные",
    "категории персональных данных",
    "собирае* ** персональные данные",
    "к персональным данным относятся",
    "категори* персональной информации"
   ],
   "kk": [
    "келесі дербес деректер",
    "дербес деректердің тізбесі",
    "деректердің тізбесі",
    "келесі деректерді",
    "деректерді жинаймыз",
    "жиналатын дербес деректер",
    "дербес деректер санаттары",
    "дербес деректерге ** жатады",
    "деректердің ** санаттар*",
    "ақпараттың ** санаттар*",
    "дербес ақпарат санаттар*"
   ]
  }
 },
 "sources": {
  "headings": {
   "en": [
    "sources of ** data",
    "sources of ** information",
    "where we get",
    "how we collect ** information",
    "information from third parties",
    "data received from third parties",
    "from our partners"
   ],
   "ru": [
    "источники ** данных",
    "источники получения",
    "поступающ* от третьих лиц",
    "получение данных от третьих лиц",
    "информация, поступающая от",
    "источники ** информации"
   ],
   "kk": [
    "деректердің көздері",
    "деректер көздері",
    "** деректердің көздері",
    "үшінші тұлғалардан алынатын",
    "ақпарат көздері"
   ]
  },
  "text": {
   "en": [
    "we receive information from",
    "obtained from third parties",
    "received from third parties",
    "from publicly available sources",
    "we may receive ** information from"
   ],
   "ru": [
    "получает информацию, предоставляемую третьими",
    "получен* от третьих лиц",
    "получает ** от третьих лиц",
    "из общедоступных источников"
   ],
   "kk": [
    "үшінші тұлғалардан алын*",
    "үшінші тұлғалардан ал*"
   ]
  },
  "clause": {
   "en": [
    "we receive information from",
    "obtained from third parties",
    "received from third parties",
    "from publicly available sources",
    "we may receive ** information from",
    "collect ** from third parties",
    "receive ** from ** partners",
    "receive ** data from",
    "obtain ** data from",
    "sources of ** data",
    "sources of ** information",
    "directly from you",
    "from you directly",
    "you provide to us directly"
   ],
   "ru": [
    "получает информацию, предоставляемую третьими",
    "получен* от третьих лиц",
    "получае* ** от третьих лиц",
    "из общедоступных источников",
    "источник* получения",
    "получае* ** от ** партнеров",
    "получае* ** данные от",
    "источники ** данных",
    "непосредственно от вас",
    "от вас непосредственно"
   ],
   "kk": [
    "үшінші тұлғалардан алын*",
    "үшінші тұлғалардан ал*",
    "деректер көздері",
    "деректердің көздері",
    "серіктестерден ал*",
    "деректерді ** ал* ** көздерден",
    "тікелей сізден",
    "сізден тікелей",
    "деректердің көзі",
    "деректер көзі"
   ]
  }
 },
 "purposes": {
  "headings": {
   "en": [
    "purposes",
    "purpose of processing",
    "purposes of processing",
    "purpose of ** processing",
    "how we use",
    "how ** will use",
    "how ** uses",
    "use of ** information",
    "use of ** data",
    "why we collect",
    "why we process",
    "purposes for which",
    "for what purpose"
   ],
   "ru": [
    "цели обработки",
    "цель обработки",
    "цели сбора",
    "цели ** обработки",
    "в каких целях",
    "для чего",
    "использование ** данных",
    "как мы используем",
    "цели",
    "цель"
   ],
   "kk": [
    "өңдеу мақсаттары",
    "өңдеу мақсаты",
    "мақсаттары",
    "мақсаты",
    "қандай мақсатта",
    "деректерді пайдалану",
    "олардың мақсаты",
    "ақпаратты пайдалану",
    "** пайдалану мақсаттары"
   ]
  },
  "text": {
   "en": [
    "for the following purposes",
    "for the purposes of",
    "for the purpose of",
    "we use ** information to",
    "we use ** data to",
    "used for the following",
    "processes ** for the following purposes"
   ],
   "ru": [
    "в следующих целях",
    "для следующих целей",
    "в целях",
    "обрабатывает ** в целях",
    "обрабатываются в целях",
    "для достижения следующ*"
   ],
   "kk": [
    "мақсатында",
    "мақсаттарда",
    "келесі мақсаттар*",
    "мақсаттары үшін"
   ]
  },
  "clause": {
   "en": [
    "for the following purposes",
    "for the purposes of processing",
    "purposes of processing",
    "purpose of processing",
    "processed for the purpose*",
    "processes ** for the following purposes",
    "we use ** data to",
    "we use ** information to",
    "we use ** data for",
    "we use ** information for",
    "is used to"
   ],
   "ru": [
    "в следующих целях",
    "для следующих целей",
    "цели обработки",
    "цель обработки",
    "обрабатываются в целях",
    "обрабатывае* ** в целях",
    "для достижения следующ*",
    "используе* ** данные для",
    "используются для",
    "используе* ** информацию для"
   ],
   "kk": [
    "келесі мақсаттар*",
    "өңдеу мақсаттары",
    "өңдеу мақсаты",
    "мақсатында өңде*",
    "мақсаттарда өңде*",
    "мақсаттары үшін",
    "мақсатында пайдалан*"
   ]
  }
 },
 "legal_basis": {
  "headings": {
   "en": [
    "legal basis",
    "lawful basis",
    "legal grounds",
    "legal bases",
    "grounds for processing",
    "legitimate interests",
    "basis for processing",
    "what basis",
    "on what basis"
   ],
   "ru": [
    "правовые основания",
    "правовое основание",
    "основания обработки",
    "правовые основы",
    "законные основания",
    "основание",
    "основания"
   ],
   "kk": [
    "құқықтық негіз*",
    "өңдеу негізі",
    "өңдеу негіздері",
    "негізі",
    "негіздері"
   ]
  },
  "text": {
   "en": [
    "on the basis of your consent",
    "legitimate interest*",
    "legal basis",
    "lawful basis",
    "legal grounds for processing",
    "performance of a contract",
    "article 6"
   ],
   "ru": [
    "на основании согласия",
    "законн* интерес*",
    "правов* основани*",
    "основани* обработки"
   ],
   "kk": [
    "келісім негізінде",
    "құқықтық негіз*",
    "өңдеу негізі"
   ]
  },
  "clause": {
   "en": [
    "on the basis of your consent",
    "legitimate interest*",
    "legal basis",
    "lawful basis",
    "legal grounds",
    "performance of a contract",
    "article 6",
    "basis for processing",
    "processing is based on",
    "we rely on"
   ],
   "ru": [
    "на основании согласия",
    "законн* интерес*",
    "правов* основани*",
    "основани* обработки",
    "обработка осуществляется на основании",
    "исполнени* договора"
   ],
   "kk": [
    "келісім негізінде",
    "құқықтық негіз*",
    "өңдеу негізі",
    "өңдеу негіздері",
    "шарт* ** орындау"
   ]
  }
 },
 "consent": {
  "headings": {
   "en": [
    "consent",
    "your consent",
    "consent to ** processing",
    "validity of consent",
    "consent form",
    "consent to the collection and processing"
   ],
   "ru": [
    "согласие",
    "согласие на обработку",
    "срок действия согласия",
    "согласие субъекта",
    "согласие на сбор и обработку"
   ],
   "kk": [
    "келісім",
    "келісімнің қолданылу мерзімі",
    "өңдеуге келісім",
    "жинауға және өңдеуге келісім"
   ]
  },
  "text": {
   "en": [
    "you consent to",
    "you agree to",
    "consent is given",
    "consent is granted",
    "this consent is granted",
    "consent is valid",
    "you give your consent",
    "consent to the collection"
   ],
   "ru": [
    "даете согласие",
    "выражаете согласие",
    "согласие предоставляется",
    "согласие действует",
    "дает согласие",
    "настоящее согласие"
   ],
   "kk": [
    "келісім бересіз",
    "келісім береді",
    "келісім ** қолданылады",
    "осы келісім"
   ]
  },
  "clause": {
   "en": [
    "you consent to",
    "you give your consent",
    "you agree to the processing",
    "consent is given",
    "consent is granted",
    "consent to the collection",
    "consent to the processing",
    "with your consent"
   ],
   "ru": [
    "даете согласие",
    "выражаете согласие",
    "согласие предоставляется",
    "дает согласие",
    "согласие на обработку",
    "с согласия",
    "согласие на сбор"
   ],
   "kk": [
    "келісім бересіз",
    "келісім береді",
    "келісімі негізінде",
    "келісімімен",
    "өңдеуге келісім",
    "жинауға ** келісім"
   ]
  }
 },
 "consent_withdrawal": {
  "headings": {
   "en": [
    "withdraw* ** consent",
    "withdrawal of consent",
    "revocation of consent",
    "revok* ** consent"
   ],
   "ru": [
    "отзыв согласия",
    "отозвать согласие",
    "отзыва согласия",
    "отзыв ** согласия"
   ],
   "kk": [
    "келісімді кері қайтарып алу",
    "келісімді қайтарып алу",
    "келісімді ** қайтарып ал*",
    "келісімді кері қайтару"
   ]
  },
  "text": {
   "en": [
    "withdraw* ** consent",
    "revok* ** consent",
    "withdrawal of ** consent",
    "revocation of ** consent"
   ],
   "ru": [
    "отозвать ** согласие",
    "отзыв* ** согласи*",
    "отзывает согласие"
   ],
   "kk": [
    "келісімді ** қайтарып ал*",
    "келісімін ** қайтарып ал*",
    "келісімді кері қайтар*"
   ]
  },
  "clause": {
   "en": [
    "withdraw* ** consent",
    "revok* ** consent",
    "withdrawal of ** consent",
    "revocation of ** consent"
   ],
   "ru": [
    "отозвать ** согласие",
    "отзыв* ** согласи*",
    "отозвав ** согласие"
   ],
   "kk": [
    "келісімді ** қайтарып ал*",
    "келісімін ** қайтарып ал*",
    "келісімді кері қайтар*",
    "келісімді ** кері қайтарып"
   ]
  }
 },
 "retention": {
  "headings": {
   "en": [
    "retention",
    "data retention",
    "retention period*",
    "storage period*",
    "period* of storage",
    "how long ** keep",
    "how long ** retain",
    "how long ** store",
    "storage of ** data",
    "information storage",
    "data storage",
    "storage and retention",
    "for what period",
    "what period",
    "terms of processing and storage",
    "terms of ** storage"
   ],
   "ru": [
    "срок* хранения",
    "срок* ** хранения",
    "хранение ** данных",
    "сроки обработки и хранения",
    "хранение и уничтожение",
    "на какой срок",
    "срок* обработки"
   ],
   "kk": [
    "сақтау мерзім*",
    "сақтау және жою",
    "деректерді сақтау",
    "** деректерді сақтау",
    "сақталу мерзім*"
   ]
  },
  "text": {
   "en": [
    "retain* ** for",
    "kept for",
    "stored for",
    "store* ** for",
    "retention period",
    "as long as necessary",
    "until the purpose* ** achieved",
    "period of storage",
    "storage period",
    "retains data for",
    "retain ** information"
   ],
   "ru": [
    "хран* ** в течение",
    "срок* хранения",
    "срок* ** хранения",
    "хран* ** до",
    "до достижения целей",
    "хранятся ** лет",
    "хранит ** лет"
   ],
   "kk": [
    "сақта* ** мерзім*",
    "сақталады",
    "сақтау мерзімі",
    "жыл бойы сақта*",
    "мақсаттарына қол жеткізілген"
   ]
  },
  "clause": {
   "en": [
    "retain* ** for",
    "kept for",
    "stored for",
    "store* ** for",
    "keep* ** for",
    "retention period",
    "as long as necessary",
    "until the purpose* ** achieved",
    "period of storage",
    "storage period",
    "retain* ** until",
    "keep* ** until",
    "stored until",
    "retain* ** data ** years"
   ],
   "ru": [
    "хран* ** в течение",
    "срок* хранения",
    "срок* ** хранения",
    "хран* ** до",
    "до достижения целей",
    "хранятся ** лет",
    "хранит ** лет",
    "хран* ** не более",
    "хран* ** не менее",
    "хран* ** срок*"
   ],
   "kk": [
    "сақта* ** мерзім*",
    "сақтау мерзімі",
    "сақталу мерзімі",
    "жыл бойы сақта*",
    "мақсаттарына қол жеткізілген",
    "жыл ** сақтал*",
    "ай ** сақтал*",
    "күн ** сақтал*",
    "дейін сақтал*"
   ]
  }
 },
 "destruction": {
  "headings": {
   "en": [
    "deletion",
    "destruction",
    "anonymization|anonymisation",
    "erasure",
    "depersonalization|depersonalisation",
    "blocking",
    "how to delete",
    "how to destroy",
    "deletion of ** data",
    "destruction of ** data"
   ],
   "ru": [
    "уничтожение",
    "удаление",
    "обезличивание",
    "блокирование",
    "как уничтожить",
    "как удалить",
    "порядок уничтожения",
    "уничтожение ** данных"
   ],
   "kk": [
    "жою",
    "деректерді жою",
    "өшіру",
    "бұғаттау",
    "иесіздендіру",
    "қалай жоюға болады",
    "жоюға болады",
    "** деректерді жою"
   ]
  },
  "text": {
   "en": [
    "destruction of ** data",
    "deletion of ** data",
    "destroy* ** data",
    "delete* ** data",
    "anonymize*|anonymise* ** data"
   ],
   "ru": [
    "уничтожени* ** данных",
    "уничтожает",
    "удаление ** данных",
    "обезличивани*",
    "уничтож* ** данные"
   ],
   "kk": [
    "деректерді жою",
    "деректерін жою",
    "жойылады",
    "иесіздендір*"
   ]
  },
  "clause": {
   "en": [
    "destruction of ** data",
    "deletion of ** data",
    "destroy* ** data",
    "delete* ** data",
    "anonymize*|anonymise* ** data",
    "data ** are destroyed",
    "data ** are deleted",
    "data ** is deleted",
    "data ** is destroyed"
   ],
   "ru": [
    "уничтожени* ** данных",
    "уничтожает",
    "уничтожаются",
    "удаление ** данных",
    "обезличивани*",
    "уничтож* ** данные",
    "удаля* ** данные"
   ],
   "kk": [
    "деректерді жою",
    "деректерін жою",
    "жойылады",
    "иесіздендір*",
    "деректерді ** жоямыз"
   ]
  }
 },
 "localisation": {
  "headings": {
   "en": [
    "data localization|localisation",
    "where ** data ** stored",
    "storage location",
    "location of ** data"
   ],
   "ru": [
    "локализация",
    "место хранения",
    "хранение на территории"
   ],
   "kk": [
    "сақтау орны",
    "аумағында сақтау",
    "сақталу орны"
   ]
  },
  "text": {
   "en": [
    "located ** territory of the republic of kazakhstan",
    "stored in kazakhstan",
    "servers located in",
    "database* located in"
   ],
   "ru": [
    "баз* ** на территории республики казахстан",
    "хранятся на территории",
    "находящ* на территории республики казахстан"
   ],
   "kk": [
    "аумағында орналасқан",
    "аумағында сақта*"
   ]
  },
  "clause": {
   "en": [
    "stor* ** territory of the republic of kazakhstan",
    "database* located in",
    "servers located in",
    "stored in kazakhstan",
    "stored ** in the republic of kazakhstan",
    "stor* ** in ** databases ** kazakhstan",
    "stor* ** territory of the russian federation",
    "databases located in the russian federation",
    "stored ** within the european"
   ],
   "ru": [
    "баз* ** на территории",
    "хран* ** на территории",
    "находящ* на территории республики казахстан",
    "находящ* на территории российской федерации",
    "хранятся на территории",
    "серверах, расположенных"
   ],
   "kk": [
    "аумағында орналасқан ** баз*",
    "аумағында орналасқан дерекқор*",
    "аумағында сақта*",
    "аумағында ** сақта*",
    "сақта* ** аумағында"
   ]
  }
 },
 "recipients": {
  "headings": {
   "en": [
    "sharing",
    "how we share",
    "share ** disclose",
    "disclosure",
    "disclosure to third parties",
    "transfer ** to third parties",
    "third parties",
    "recipients",
    "service providers",
    "processors",
    "who we share ** with",
    "to whom",
    "transfer of information to government"
   ],
   "ru": [
    "передача ** третьим лицам",
    "получатели",
    "раскрытие",
    "как ** обменивается",
    "третьи лица",
    "кому ** передан*",
    "передача информации государственным органам",
    "передача ** данных",
    "кому ** переда*"
   ],
   "kk": [
    "үшінші тұлғаларға беру",
    "үшінші тұлғалар",
    "деректерді беру",
    "кімге",
    "алушылар",
    "мемлекеттік органдарға",
    "ақпаратты беру"
   ]
  },
  "text": {
   "en": [
    "share ** with",
    "disclose* ** to",
    "transfer* ** to third parties",
    "third parties",
    "service providers",
    "to our partners"
   ],
   "ru": [
    "передавать третьим лицам",
    "передает третьим лицам",
    "третьим лицам",
    "передача ** третьим лицам",
    "передать ** партнерам"
   ],
   "kk": [
    "үшінші тұлғаларға",
    "серіктестерге беру*"
   ]
  },
  "clause": {
   "en": [
    "share ** with",
    "disclose* ** to",
    "transfer* ** to third parties",
    "to third parties",
    "with third parties",
    "service providers",
    "provide* ** to third parties",
    "categories of recipients",
    "recipients of ** data"
   ],
   "ru": [
    "передавать третьим лицам",
    "передает третьим лицам",
    "третьим лицам",
    "передача ** третьим лицам",
    "передать ** партнерам",
    "получател* ** данных",
    "передае* ** данные"
   ],
   "kk": [
    "үшінші тұлғаларға",
    "серіктестерге беру*",
    "деректерді алушылар",
    "деректерді ** береміз",
    "деректерді ** береді"
   ]
  }
 },
 "cross_border": {
  "headings": {
   "en": [
    "cross-border",
    "cross border",
    "international transfer*",
    "transfers abroad",
    "transfer* outside",
    "transfer* to third countries"
   ],
   "ru": [
    "трансграничн*",
    "передача за рубеж",
    "передача за пределы"
   ],
   "kk": [
    "трансшекаралық",
    "шекарадан тыс"
   ]
  },
  "text": {
   "en": [
    "cross-border transfer*",
    "cross border transfer*",
    "outside the territory of the republic of kazakhstan",
    "transfer* ** abroad",
    "standard contractual clauses",
    "adequacy decision"
   ],
   "ru": [
    "трансграничн* передач*",
    "за пределы республики казахстан",
    "на территорию иностранных государств"
   ],
   "kk": [
    "трансшекаралық беру*",
    "шет мемлекеттерге"
   ]
  },
  "clause": {
   "en": [
    "cross-border",
    "cross border",
    "outside the territory of the republic of kazakhstan",
    "transfer* ** abroad",
    "standard contractual clauses",
    "adequacy decision",
    "transfer* ** outside the territory",
    "outside the territory of",
    "outside the eea",
    "outside the european economic area",
    "outside the european union",
    "outside kazakhstan",
    "third countr*",
    "to other countries",
    "international transfer*"
   ],
   "ru": [
    "трансграничн*",
    "за пределы республики казахстан",
    "на территорию иностранных государств",
    "за рубеж",
    "за пределы российской федерации",
    "иностранн* государств*"
   ],
   "kk": [
    "трансшекаралық",
    "шет мемлекеттерге",
    "шетелге",
    "шет ** мемлекет*",
    "қазақстан республикасының аумағынан тыс"
   ]
  }
 },
 "public_dissemination": {
  "headings": {
   "en": [
    "publicly available sources",
    "publication in ** sources",
    "public sources",
    "dissemination of ** data"
   ],
   "ru": [
    "общедоступные источники",
    "распространение в общедоступных",
    "распространение ** данных"
   ],
   "kk": [
    "жалпыға қолжетімді көздер*"
   ]
  },
  "text": {
   "en": [
    "publicly accessible sources",
    "publicly available sources",
    "disseminated in public",
    "published in public"
   ],
   "ru": [
    "общедоступн* источник*",
    "распространени* ** в общедоступн*"
   ],
   "kk": [
    "жалпыға қолжетімді",
    "жалпыға қолжетімді көздерде"
   ]
  },
  "clause": {
   "en": [
    "publicly accessible sources",
    "publicly available sources",
    "disseminated in public",
    "published in public",
    "public sources",
    "publicly available"
   ],
   "ru": [
    "общедоступн* источник*",
    "распространени* ** в общедоступн*",
    "не распространя*",
    "распространя* ** общедоступн*"
   ],
   "kk": [
    "жалпыға қолжетімді",
    "жалпыға қолжетімді көздерде",
    "таратылмайды",
    "көпшілікке қолжетімді"
   ]
  }
 },
 "rights": {
  "headings": {
   "en": [
    "your rights",
    "rights",
    "user rights",
    "data subject rights",
    "rights of ** subject*",
    "data protection rights",
    "privacy rights",
    "rights and responsibilities",
    "rights and obligations",
    "california privacy rights",
    "right to know",
    "right to delete",
    "change ** data"
   ],
   "ru": [
    "права",
    "права субъекта",
    "права пользователя",
    "права и обязанности",
    "ваши права",
    "права ** субъекта",
    "изменять данные"
   ],
   "kk": [
    "құқықтар*",
    "субъектісінің құқықтары",
    "пайдаланушы құқықтары",
    "құқықтары мен міндеттері",
    "деректерді өзгерт*"
   ]
  },
  "text": {
   "en": [
    "right to access",
    "right to rectif*",
    "right to eras*",
    "right to object",
    "right to ** portability",
    "right to withdraw",
    "right to restrict*",
    "right to correct",
    "right to delete",
    "right to know",
    "you have the right",
    "has the right to",
    "have the right to"
   ],
   "ru": [
    "имеет право",
    "вправе",
    "права на доступ",
    "право на",
    "имеете право"
   ],
   "kk": [
    "құқылы",
    "құқығы бар",
    "талап етуге",
    "білуге"
   ]
  },
  "clause": {
   "en": [
    "you have the right",
    "you have ** rights",
    "you are entitled to",
    "user has the right",
    "users have the right",
    "subject has the right",
    "subject* ** ha* the right",
    "the following rights",
    "right to access",
    "right of access",
    "right to rectif*",
    "right to correct*",
    "right to eras*",
    "right to delete",
    "right to object",
    "right to ** portability",
    "right to restrict*",
    "right to know",
    "right to request",
    "your rights"
   ],
   "ru": [
    "имеете право",
    "вправе требовать",
    "пользователь вправе",
    "субъект ** вправе",
    "субъект ** имеет право",
    "пользователь имеет право",
    "вы вправе",
    "право на доступ",
    "право на получение",
    "права субъекта",
    "следующие права",
    "право знать",
    "право ** требовать"
   ],
   "kk": [
    "субъекті ** құқылы",
    "пайдаланушы ** құқылы",
    "сіз ** құқылысыз",
    "құқығыңыз бар",
    "білуге құқылы",
    "талап етуге құқылы",
    "субъектісінің құқықтары",
    "келесі құқықтар*",
    "пайдаланушы құқықтары",
    "құқығы бар",
    "құқылысыз",
    "құқықтарыңыз",
    "құқығыңыз"
   ]
  }
 },
 "requests": {
  "headings": {
   "en": [
    "how to exercise ** rights",
    "exercising ** rights",
    "requests",
    "submitting a request",
    "response time*",
    "how to submit",
    "is it possible to change ** data",
    "access requests"
   ],
   "ru": [
    "порядок обращения",
    "обращения субъектов",
    "запросы",
    "сроки ответа",
    "порядок реализации прав",
    "можно ли изменять данные",
    "как реализовать",
    "обращения",
    "направить запрос",
    "как направить"
   ],
   "kk": [
    "өтініш*",
    "сұрау салу",
    "жауап беру мерзім*",
    "деректерді өзгертуге бола ма",
    "құқықтарды іске асыру",
    "сұрауды ** жіберу*"
   ]
  },
  "text": {
   "en": [
    "send ** request",
    "within ** days of receipt",
    "request* ** to the address",
    "request* ** by e-mail",
    "respond ** within",
    "response ** within",
    "submit a request"
   ],
   "ru": [
    "направить запрос",
    "направления запроса",
    "в течение ** рабочих дней",
    "рассмотреть ** обращение",
    "ответ ** в течение",
    "письменный запрос"
   ],
   "kk": [
    "сұрау жібер*",
    "сұрау салу*",
    "жұмыс күні ішінде",
    "өтініш жібер*"
   ]
  },
  "clause": {
   "en": [
    "send ** request",
    "submit a request",
    "submit ** request",
    "request* ** to the address",
    "request* ** by e-mail|email",
    "respond ** within",
    "response ** within",
    "within ** days of receipt",
    "reply ** within",
    "information within",
    "make a request",
    "written request",
    "verifiable consumer request"
   ],
   "ru": [
    "направить запрос",
    "направив запрос",
    "направления запроса",
    "письменный запрос",
    "письменное обращение",
    "рассмотр* ** обращени*",
    "ответ ** в течение",
    "путем направления запроса",
    "направить обращение",
    "оставить ** обращение",
    "запрос ** по адресу"
   ],
   "kk": [
    "сұрау жібер*",
    "сұрау ** жібер*",
    "өтініш жібер*",
    "жұмыс күні ішінде",
    "жазбаша өтініш",
    "сұрау ** жіберу арқылы",
    "өтініш ** беру",
    "сұрауға ** жауап"
   ]
  }
 },
 "security": {
  "headings": {
   "en": [
    "security",
    "data security",
    "information security",
    "how we protect",
    "protection of ** data",
    "protection measures",
    "measures ** to protect",
    "safeguards",
    "measures taken to protect"
   ],
   "ru": [
    "безопасность",
    "меры безопасности",
    "защита ** данных",
    "меры по защите",
    "обеспечение безопасности",
    "меры ** защит*",
    "безопасность информации"
   ],
   "kk": [
    "қауіпсіздік*",
    "деректерді қорғау",
    "қорғау шаралары",
    "ақпараттың қауіпсіздігі",
    "дербес деректерді қорғау"
   ]
  },
  "text": {
   "en": [
    "encrypt*",
    "technical and organizational|organisational measures",
    "organizational|organisational and technical measures",
    "unauthorized|unauthorised access",
    "security measures",
    "protect ** data"
   ],
   "ru": [
    "несанкционированн* доступ*",
    "технические меры",
    "организационные и технические",
    "шифрован*",
    "меры ** защит*",
    "безопасност* ** данных"
   ],
   "kk": [
    "рұқсатсыз кіру*",
    "қорғау шаралар*",
    "техникалық шаралар*",
    "қауіпсіздігін қамтамасыз"
   ]
  },
  "clause": {
   "en": [
    "technical and organizational|organisational measures",
    "organizational|organisational and technical measures",
    "security measures",
    "protect ** data against",
    "protect* ** from unauthorized|unauthorised",
    "unauthorized|unauthorised access",
    "unlawful access",
    "encrypt*",
    "measures to protect"
   ],
   "ru": [
    "несанкционированн* доступ*",
    "организационные и технические меры",
    "меры ** защит*",
    "шифрован*",
    "в зашифрованном виде",
    "защит* ** данных от",
    "меры по обеспечению безопасности"
   ],
   "kk": [
    "рұқсатсыз кіру*",
    "рұқсатсыз қол жеткізу*",
    "қорғау шаралар*",
    "техникалық шаралар*",
    "қауіпсіздігін қамтамасыз ет*",
    "қорғау ** шаралар*"
   ]
  }
 },
 "automated_decisions": {
  "headings": {
   "en": [
    "automated decision*",
    "profiling",
    "automated processing",
    "automated individual decision*"
   ],
   "ru": [
    "автоматизированн* обработк*",
    "автоматизированн* решени*",
    "профилирование",
    "автоматизированн* ** решени*"
   ],
   "kk": [
    "автоматтандырылған өңдеу*",
    "автоматтандырылған шешім*"
   ]
  },
  "text": {
   "en": [
    "automated decision*",
    "based solely on automated processing",
    "profiling",
    "automated individual decision*"
   ],
   "ru": [
    "исключительно автоматизированн*",
    "автоматизированн* решени*",
    "на основании исключительно автоматизированной"
   ],
   "kk": [
    "автоматтандырылған өңдеу*",
    "тек автоматтандырылған"
   ]
  },
  "clause": {
   "en": [
    "automated decision*",
    "based solely on automated processing",
    "solely on automated",
    "profiling",
    "automated individual decision*"
   ],
   "ru": [
    "исключительно автоматизированн*",
    "автоматизированн* решени*",
    "профилировани*",
    "принятие решений ** автоматизированн*"
   ],
   "kk": [
    "тек автоматтандырылған",
    "автоматтандырылған шешім*",
    "автоматтандырылған өңдеу негізінде",
    "автоматтандырылған ** шешім*"
   ]
  }
 },
 "complaints": {
  "headings": {
   "en": [
    "complaints",
    "complaint",
    "supervisory authority",
    "right to lodge a complaint",
    "dispute resolution",
    "disputes",
    "appeals"
   ],
   "ru": [
    "обжалование",
    "жалобы",
    "жалоба",
    "уполномоченный орган",
    "разрешение споров",
    "споры",
    "порядок обжалования"
   ],
   "kk": [
    "шағымдану",
    "шағымдар",
    "уәкілетті орган",
    "дауларды шешу",
    "шағым"
   ]
  },
  "text": {
   "en": [
    "lodge a complaint",
    "supervisory authority",
    "authorized|authorised body",
    "data protection authority",
    "appeal ** to the court",
    "to the court"
   ],
   "ru": [
    "обжаловать",
    "в уполномоченный орган",
    "в суд",
    "подать жалобу",
    "в судебном порядке"
   ],
   "kk": [
    "шағымдан*",
    "уәкілетті орган*",
    "сотқа",
    "сот тәртібімен"
   ]
  },
  "clause": {
   "en": [
    "lodge a complaint",
    "file a complaint",
    "right to complain",
    "complaint with ** supervisory authority",
    "authorized|authorised body",
    "appeal ** to the court",
    "to the court",
    "in court",
    "appeal ** actions"
   ],
   "ru": [
    "обжаловать",
    "в уполномоченный орган",
    "в суд",
    "подать жалобу",
    "в судебном порядке",
    "судебн* орган*",
    "жалоб* ** в"
   ],
   "kk": [
    "шағымдан*",
    "уәкілетті орган*",
    "сотқа",
    "сот тәртібімен",
    "шағым ** беру"
   ]
  }
 },
 "statutory_requirement": {
  "headings": {
   "en": [
    "is providing ** mandatory",
    "is providing ** required",
    "is it necessary to provide",
    "obligation to provide",
    "consequences of not providing",
    "mandatory ** provision",
    "voluntary ** provision",
    "necessary to provide"
   ],
   "ru": [
    "нужно ли предоставлять",
    "обязательно ли",
    "обязательность предоставления",
    "последствия отказа"
   ],
   "kk": [
    "беру керек пе",
    "беру міндетті ме",
    "міндетті ме",
    "бас тартудың салдары"
   ]
  },
  "text": {
   "en": [
    "you are not obliged to provide",
    "you are not required to provide",
    "failure to provide",
    "this is optional",
    "is optional",
    "not mandatory",
    "statutory or contractual requirement"
   ],
   "ru": [
    "не обязаны предоставлять",
    "является необязательн*",
    "это необязательно",
    "отказ от предоставления"
   ],
   "kk": [
    "міндетті емес",
    "беруден бас тарт*"
   ]
  },
  "clause": {
   "en": [
    "you are not obliged to provide",
    "you are not required to provide",
    "failure to provide",
    "this is optional",
    "is optional",
    "not mandatory",
    "statutory or contractual requirement",
    "obliged to provide",
    "if you do not provide",
    "refuse to provide",
    "required to provide",
    "contractual requirement",
    "statutory requirement",
    "requirement to provide"
   ],
   "ru": [
    "не обязаны предоставлять",
    "является необязательн*",
    "это необязательно",
    "отказ от предоставления",
    "обязаны предоставить",
    "в случае непредоставления",
    "не предоставите",
    "договорным требованием",
    "требованием закона",
    "обязательным условием заключения договора"
   ],
   "kk": [
    "міндетті емес",
    "беруден бас тарт*",
    "беруге міндетті",
    "бермеген жағдайда",
    "бермесеңіз",
    "шарт жасасудың міндетті шарты",
    "заң талабы"
   ]
  }
 },
 "sale_share": {
  "headings": {
   "en": [
    "do not sell",
    "sale of ** information",
    "selling ** information",
    "sell or share",
    "do not sell or share ** personal information",
    "sharing for ** advertising",
    "sale or sharing"
   ],
   "ru": [
    "продажа ** данных",
    "продажа ** информации"
   ],
   "kk": [
    "деректерді сату",
    "ақпаратты сату"
   ]
  },
  "text": {
   "en": [
    "we do not sell",
    "sell* ** personal information",
    "opt-out of ** sale",
    "opt out of ** sale",
    "sale or sharing"
   ],
   "ru": [
    "не продаем",
    "продаж* ** данных"
   ],
   "kk": [
    "сатпаймыз"
   ]
  },
  "clause": {
   "en": [
    "we do not sell",
    "do not sell",
    "sell* ** personal information",
    "opt-out of ** sale",
    "opt out of ** sale",
    "sale or sharing",
    "sell or share",
    "sale of ** personal information"
   ],
   "ru": [
    "не продаем",
    "не продает",
    "продаж* ** данных",
    "продаж* ** информации",
    "продае* ** информаци*"
   ],
   "kk": [
    "сатпаймыз",
    "сатпайды",
    "деректерді сату",
    "ақпаратты сату"
   ]
  }
 },
 "sensitive_data": {
  "headings": {
   "en": [
    "sensitive personal information",
    "sensitive data",
    "sensitive personal data",
    "special categories",
    "biometric data"
   ],
   "ru": [
    "специальные категории",
    "биометрическ*",
    "чувствительные данные"
   ],
   "kk": [
    "арнайы санаттағы",
    "биометриялық"
   ]
  },
  "text": {
   "en": [
    "sensitive personal information",
    "special categor*",
    "biometric",
    "racial or ethnic origin"
   ],
   "ru": [
    "специальн* категори*",
    "биометрическ*"
   ],
   "kk": [
    "биометриялық",
    "арнайы санаттағы"
   ]
  },
  "clause": {
   "en": [
    "sensitive personal information",
    "sensitive personal data",
    "special categor*",
    "biometric",
    "racial or ethnic origin"
   ],
   "ru": [
    "специальн* категори*",
    "биометрическ*",
    "чувствительн* ** данн*",
    "чувствительн* ** информац*"
   ],
   "kk": [
    "биометриялық",
    "арнайы санаттағы",
    "сезімтал ** деректер*",
    "сезімтал ** ақпарат*"
   ]
  }
 },
 "children": {
  "headings": {
   "en": [
    "children",
    "children's privacy",
    "minors",
    "under 16",
    "under 13"
   ],
   "ru": [
    "несовершеннолетн*",
    "дети",
    "детей"
   ],
   "kk": [
    "кәмелетке толмаған*",
    "балалар*"
   ]
  },
  "text": {
   "en": [
    "under the age of",
    "minors",
    "children under"
   ],
   "ru": [
    "несовершеннолетн*",
    "не достигших возраста",
    "не достигшее"
   ],
   "kk": [
    "кәмелетке толмаған*"
   ]
  },
  "clause": {
   "en": [
    "under the age of",
    "children under",
    "minors",
    "under 16",
    "under 13"
   ],
   "ru": [
    "несовершеннолетн*",
    "не достигших возраста",
    "не достигшее",
    "не достигшим"
   ],
   "kk": [
    "кәмелетке толмаған*",
    "жасқа толмаған"
   ]
  }
 },
 "cookies": {
  "headings": {
   "en": [
    "cookies",
    "cookie*",
    "tracking technologies",
    "similar technologies",
    "web beacons"
   ],
   "ru": [
    "cookie",
    "куки",
    "файлы cookie"
   ],
   "kk": [
    "cookie",
    "cookie файлдары"
   ]
  },
  "text": {
   "en": [
    "cookie*"
   ],
   "ru": [
    "cookie",
    "куки"
   ],
   "kk": [
    "cookie"
   ]
  },
  "clause": {
   "en": [
    "cookie*"
   ],
   "ru": [
    "cookie",
    "куки"
   ],
   "kk": [
    "cookie"
   ]
  }
 },
 "changes": {
  "headings": {
   "en": [
    "changes to ** policy",
    "amendments to ** policy",
    "updates to ** policy",
    "changes",
    "amendments",
    "policy updates",
    "last updated",
    "effective date",
    "revision history",
    "version",
    "changes to this notice"
   ],
   "ru": [
    "изменени* ** политик*",
    "изменения",
    "внесение изменений",
    "дата последнего обновления",
    "редакция",
    "изменения и дополнения"
   ],
   "kk": [
    "өзгерістер",
    "** саясатындағы өзгерістер",
    "саясаттағы өзгерістер",
    "саясатты өзгерту",
    "өзгерту"
   ]
  },
  "text": {
   "en": [
    "last updated",
    "effective date",
    "effective as of",
    "we may change this",
    "we may update this",
    "we may amend this",
    "we reserve the right to change",
    "changes will be posted",
    "version"
   ],
   "ru": [
    "вправе вносить изменения",
    "вносить изменения",
    "изменения ** вступают в силу",
    "новая редакция",
    "дата последнего обновления",
    "оставляем за собой право изменять",
    "изменения будут опубликованы"
   ],
   "kk": [
    "өзгерту құқығын",
    "өзгерістер ** жарияланады",
    "жаңа редакциясы",
    "өзгерістер енгіз*"
   ]
  },
  "clause": {
   "en": [
    "last updated",
    "effective date",
    "effective as of",
    "we may change this",
    "we may update this",
    "we may amend this",
    "we reserve the right to change",
    "changes will be posted",
    "changes to this policy",
    "new version of ** policy"
   ],
   "ru": [
    "вправе вносить изменения",
    "изменения ** вступают в силу",
    "новая редакция",
    "дата последнего обновления",
    "оставляем за собой право изменять",
    "изменения будут опубликованы",
    "вносить изменения в ** политику"
   ],
   "kk": [
    "өзгерту құқығын",
    "өзгерістер ** жарияланады",
    "жаңа редакциясы",
    "өзгерістер енгіз*"
   ]
  }
 },
 "annex": {
  "headings": {
   "en": [
    "annex",
    "annex no",
    "appendix",
    "schedule",
    "attachment"
   ],
   "ru": [
    "приложение",
    "приложение №"
   ],
   "kk": [
    "қосымша",
    "қосымшасы"
   ]
  },
  "text": {
   "en": [],
   "ru": [],
   "kk": []
  }
 }
};
export default data;
