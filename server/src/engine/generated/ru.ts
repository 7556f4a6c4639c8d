// Generated from server/src/engine/profiles/ru.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { ProfileFile } from '../profiles/types.js';

const data: ProfileFile = {
 "id": "ru",
 "law": {
  "en": "Federal Law No. 152-FZ",
  "ru": "Федеральный закон № 152-ФЗ",
  "kk": "№ 152-ФЗ Федералдық заң"
 },
 "title": {
  "en": "Federal Law of the Russian Federation of 27 July 2006 No. 152-FZ \"On Personal Data\"",
  "ru": "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»",
  "kk": "Ресей Федерациясының 2006 жылғы 27 шілдедегі № 152-ФЗ «Дербес деректер туралы» Федералдық заңы"
 },
 "checked": "2026-11",
 "source": "shared/law/requirements.md §A.3 (article numbers unverified; amendments of 266-FZ of 14.07.2022 seen by title only)",
 "order": [
  "general",
  "definitions",
  "controller",
  "data_categories",
  "sources",
  "purposes",
  "legal_basis",
  "consent",
  "recipients",
  "cross_border",
  "retention",
  "destruction",
  "localisation",
  "security",
  "rights",
  "consent_withdrawal",
  "requests",
  "automated_decisions",
  "dpo",
  "complaints",
  "statutory_requirement",
  "sale_share",
  "sensitive_data",
  "children",
  "cookies",
  "changes",
  "annex",
  "public_dissemination"
 ],
 "items": [
  {
   "id": "operator",
   "name": {
    "en": "the operator's name and address",
    "ru": "наименование и адрес оператора",
    "kk": "оператордың атауы мен мекенжайы"
   },
   "basis": "RU-03 ⚠️",
   "severity": "error",
   "kinds": [
    "controller"
   ],
   "facts": [
    "legal-entity",
    "postal-address"
   ],
   "position": "controller",
   "heading": {
    "en": "Operator",
    "ru": "Сведения об операторе",
    "kk": "Оператор туралы мәліметтер"
   },
   "placeholder": {
    "en": "[Full name of the operator and its address]",
    "ru": "[Полное наименование оператора и его адрес]",
    "kk": "[Оператордың толық атауы және мекенжайы]"
   },
   "clause": "ru.operator"
  },
  {
   "id": "purposes",
   "name": {
    "en": "the purposes of processing",
    "ru": "цели обработки персональных данных",
    "kk": "дербес деректерді өңдеу мақсаттары"
   },
   "basis": "RU-04 ⚠️",
   "severity": "error",
   "kinds": [
    "purposes"
   ],
   "position": "purposes",
   "heading": {
    "en": "Purposes of processing",
    "ru": "Цели обработки персональных данных",
    "kk": "Дербес деректерді өңдеу мақсаттары"
   },
   "placeholder": {
    "en": "[State each purpose of processing]",
    "ru": "[Укажите каждую цель обработки]",
    "kk": "[Өңдеудің әр мақсатын көрсетіңіз]"
   },
   "clause": "ru.purposes"
  },
  {
   "id": "legal-basis",
   "name": {
    "en": "the legal grounds for processing",
    "ru": "правовые основания обработки персональных данных",
    "kk": "дербес деректерді өңдеудің құқықтық негіздері"
   },
   "basis": "RU-04 ⚠️",
   "severity": "error",
   "kinds": [
    "legal_basis"
   ],
   "position": "legal_basis",
   "heading": {
    "en": "Legal grounds for processing",
    "ru": "Правовые основания обработки персональных данных",
    "kk": "Өңдеудің құқықтық негіздері"
   },
   "placeholder": {
    "en": "[List the laws, contracts and consents on which processing rests]",
    "ru": "[Перечислите законы, договоры и согласия, на которых основана обработка]",
    "kk": "[Өңдеу негізделетін заңдарды, шарттарды және келісімдерді тізіп жазыңыз]"
   },
   "clause": "ru.legal-basis"
  },
  {
   "id": "data-categories",
   "name": {
    "en": "the categories and list of personal data processed",
    "ru": "категории и перечень обрабатываемых персональных данных",
    "kk": "өңделетін дербес деректердің санаттары мен тізбесі"
   },
   "basis": "RU-02 🔶, RU-05 ⚠️",
   "severity": "error",
   "kinds": [
    "data_categories"
   ],
   "position": "data_categories",
   "heading": {
    "en": "Personal data processed",
    "ru": "Перечень обрабатываемых персональных данных",
    "kk": "Өңделетін дербес деректер тізбесі"
   },
   "placeholder": {
    "en": "[List the personal data processed for each purpose]",
    "ru": "[Перечислите обрабатываемые персональные данные по каждой цели]",
    "kk": "[Әр мақсат бойынша өңделетін дербес деректерді тізіп жазыңыз]"
   },
   "clause": "ru.data-categories"
  },
  {
   "id": "subject-categories",
   "name": {
    "en": "the categories of data subjects whose data are processed",
    "ru": "категории субъектов, персональные данные которых обрабатываются",
    "kk": "дербес деректері өңделетін субъектілердің санаттары"
   },
   "basis": "RU-02 🔶",
   "severity": "warning",
   "phrases": {
    "en": [
     "categories of data subjects",
     "categories of subjects",
     "categories of personal data subjects"
    ],
    "ru": [
     "категори* субъектов",
     "субъект* ** данные которых обрабатываются",
     "чьи персональные данные ** обрабатываются"
    ],
    "kk": [
     "субъектіл* санаттар*",
     "деректері өңделетін субъектіл*"
    ]
   },
   "position": "data_categories",
   "heading": {
    "en": "Categories of data subjects",
    "ru": "Категории субъектов персональных данных",
    "kk": "Дербес деректер субъектілерінің санаттары"
   },
   "placeholder": {
    "en": "[List the categories of subjects: clients, employees, website visitors]",
    "ru": "[Перечислите категории субъектов: клиенты, работники, посетители сайта]",
    "kk": "[Субъектілердің санаттарын тізіп жазыңыз: клиенттер, қызметкерлер, сайтқа кірушілер]"
   },
   "clause": "ru.subject-categories"
  },
  {
   "id": "processing-actions",
   "name": {
    "en": "the actions performed with personal data and the methods of processing",
    "ru": "перечень действий с персональными данными и способы их обработки",
    "kk": "дербес деректермен жасалатын әрекеттер тізбесі және өңдеу тәсілдері"
   },
   "basis": "RU-02 🔶, RU-04 ⚠️",
   "severity": "warning",
   "phrases": {
    "en": [
     "methods of processing",
     "processing methods",
     "actions ** performed with ** data",
     "automated and non-automated",
     "mixed processing",
     "ways of processing",
     "with or without the use of automation"
    ],
    "ru": [
     "способ* обработки",
     "перечень действий",
     "действи* ** совершаем* с ** данными",
     "смешанн* обработк*",
     "автоматизированн* и неавтоматизированн*",
     "с использованием средств автоматизации и без"
    ],
    "kk": [
     "өңдеу тәсілдер*",
     "әрекеттер тізбесі",
     "деректермен ** әрекеттер*",
     "аралас өңдеу"
    ]
   },
   "position": "purposes",
   "heading": {
    "en": "Processing methods and actions",
    "ru": "Способы обработки и перечень действий",
    "kk": "Өңдеу тәсілдері және әрекеттер тізбесі"
   },
   "placeholder": {
    "en": "[List the actions performed with the data and whether processing is automated, manual or mixed]",
    "ru": "[Перечислите действия с данными и укажите, автоматизированная, неавтоматизированная или смешанная обработка]",
    "kk": "[Деректермен жасалатын әрекеттерді және өңдеудің автоматтандырылған, қолмен немесе аралас екенін көрсетіңіз]"
   },
   "clause": "ru.processing-actions"
  },
  {
   "id": "retention",
   "name": {
    "en": "the terms of processing and storage of personal data",
    "ru": "сроки обработки и хранения персональных данных",
    "kk": "дербес деректерді өңдеу және сақтау мерзімдері"
   },
   "basis": "RU-06 ⚠️",
   "severity": "error",
   "kinds": [
    "retention"
   ],
   "deferTo": "retention-missing",
   "position": "retention",
   "heading": {
    "en": "Terms of processing and storage",
    "ru": "Сроки обработки и хранения персональных данных",
    "kk": "Өңдеу және сақтау мерзімдері"
   },
   "placeholder": {
    "en": "[State for each purpose how long the data are processed and kept]",
    "ru": "[Укажите для каждой цели, сколько обрабатываются и хранятся данные]",
    "kk": "[Әр мақсат үшін деректер қанша уақыт өңделетінін және сақталатынын көрсетіңіз]"
   },
   "clause": "ru.retention"
  },
  {
   "id": "destruction",
   "name": {
    "en": "how and when personal data are destroyed",
    "ru": "порядок и сроки уничтожения персональных данных",
    "kk": "дербес деректерді жою тәртібі мен мерзімдері"
   },
   "basis": "RU-02 🔶, RU-06 ⚠️",
   "severity": "warning",
   "kinds": [
    "destruction"
   ],
   "position": "destruction",
   "heading": {
    "en": "Destruction of personal data",
    "ru": "Порядок уничтожения персональных данных",
    "kk": "Дербес деректерді жою тәртібі"
   },
   "placeholder": {
    "en": "[State when and how the data are destroyed once the purpose is achieved]",
    "ru": "[Укажите, когда и как данные уничтожаются по достижении цели]",
    "kk": "[Мақсатқа жеткен соң деректер қашан және қалай жойылатынын көрсетіңіз]"
   },
   "clause": "ru.destruction"
  },
  {
   "id": "rights",
   "name": {
    "en": "the data subject's rights",
    "ru": "права субъекта персональных данных",
    "kk": "дербес деректер субъектісінің құқықтары"
   },
   "basis": "RU-07 ⚠️",
   "severity": "error",
   "kinds": [
    "rights"
   ],
   "position": "rights",
   "heading": {
    "en": "Rights of the data subject",
    "ru": "Права субъекта персональных данных",
    "kk": "Дербес деректер субъектісінің құқықтары"
   },
   "placeholder": {
    "en": "[List the subject's rights: information, rectification, blocking, destruction]",
    "ru": "[Перечислите права субъекта: на информацию, уточнение, блокирование, уничтожение]",
    "kk": "[Субъектінің құқықтарын тізіп жазыңыз: ақпарат алу, нақтылау, бұғаттау, жою]"
   },
   "clause": "ru.rights"
  },
  {
   "id": "consent-withdrawal",
   "name": {
    "en": "the subject's right to withdraw consent",
    "ru": "право субъекта отозвать согласие",
    "kk": "субъектінің келісімді кері қайтарып алу құқығы"
   },
   "basis": "RU-07 ⚠️, RU-11",
   "severity": "error",
   "kinds": [
    "consent_withdrawal"
   ],
   "position": "consent_withdrawal",
   "heading": {
    "en": "Withdrawal of consent",
    "ru": "Отзыв согласия",
    "kk": "Келісімді кері қайтарып алу"
   },
   "placeholder": {
    "en": "[State how the subject gives notice and when processing stops]",
    "ru": "[Укажите, как субъект направляет уведомление и когда прекращается обработка]",
    "kk": "[Субъект хабарламаны қалай жіберетінін және өңдеу қашан тоқтайтынын көрсетіңіз]"
   },
   "clause": "ru.consent-withdrawal"
  },
  {
   "id": "requests",
   "name": {
    "en": "how the subject sends requests and the time limits for answering them",
    "ru": "порядок направления запросов субъектом и сроки ответа",
    "kk": "субъектінің сұрау жіберу тәртібі және жауап беру мерзімдері"
   },
   "basis": "RU-08 ⚠️",
   "severity": "warning",
   "kinds": [
    "requests"
   ],
   "position": "requests",
   "heading": {
    "en": "Requests from data subjects",
    "ru": "Порядок обращения субъекта",
    "kk": "Субъектілердің өтініштері"
   },
   "placeholder": {
    "en": "[State where the subject writes and within how many working days the operator answers]",
    "ru": "[Укажите, куда обращается субъект и в течение скольких рабочих дней отвечает оператор]",
    "kk": "[Субъект қайда жүгінетінін және оператор неше жұмыс күнінде жауап беретінін көрсетіңіз]"
   },
   "clause": "ru.requests"
  },
  {
   "id": "cross-border",
   "name": {
    "en": "any cross-border transfer of personal data",
    "ru": "трансграничная передача персональных данных",
    "kk": "дербес деректерді трансшекаралық беру"
   },
   "basis": "RU-09 ⚠️",
   "severity": "info",
   "applies": "where-applicable",
   "condition": {
    "en": "if personal data are transferred to foreign states",
    "ru": "если персональные данные передаются в иностранные государства",
    "kk": "егер дербес деректер шет мемлекеттерге берілсе"
   },
   "kinds": [
    "cross_border"
   ],
   "position": "cross_border",
   "heading": {
    "en": "Cross-border transfer",
    "ru": "Трансграничная передача персональных данных",
    "kk": "Трансшекаралық беру"
   },
   "placeholder": {
    "en": "[Name the states the data go to, or say that they are not transferred]",
    "ru": "[Назовите государства, куда передаются данные, или укажите, что передачи нет]",
    "kk": "[Деректер берілетін мемлекеттерді атаңыз немесе берілмейтінін көрсетіңіз]"
   },
   "clause": "ru.cross-border"
  },
  {
   "id": "processor",
   "name": {
    "en": "the person processing personal data on the operator's instruction",
    "ru": "лицо, осуществляющее обработку персональных данных по поручению оператора",
    "kk": "оператордың тапсырмасы бойынша дербес деректерді өңдейтін тұлға"
   },
   "basis": "RU-10 ⚠️",
   "severity": "info",
   "applies": "where-applicable",
   "condition": {
    "en": "if the operator entrusts processing to another person",
    "ru": "если оператор поручает обработку другому лицу",
    "kk": "егер оператор өңдеуді басқа тұлғаға тапсырса"
   },
   "phrases": {
    "en": [
     "on behalf of the operator",
     "on the operator's behalf",
     "on the instructions of the operator",
     "on the operator's instruction*",
     "processor*",
     "entrust* ** processing",
     "delegate* ** processing"
    ],
    "ru": [
     "по поручению оператора",
     "поруч* ** обработк*"
    ],
    "kk": [
     "оператордың тапсырмасы бойынша",
     "тапсырма* бойынша ** өңде*",
     "өңдеуді ** тапсыр*"
    ]
   },
   "position": "recipients",
   "heading": {
    "en": "Processing on the operator's instruction",
    "ru": "Обработка по поручению оператора",
    "kk": "Оператордың тапсырмасы бойынша өңдеу"
   },
   "placeholder": {
    "en": "[Name and address of each person processing data on the operator's instruction]",
    "ru": "[Наименование и адрес каждого лица, обрабатывающего данные по поручению оператора]",
    "kk": "[Оператордың тапсырмасы бойынша деректерді өңдейтін әр тұлғаның атауы мен мекенжайы]"
   },
   "clause": "ru.processor"
  },
  {
   "id": "localisation",
   "name": {
    "en": "that the personal data of Russian citizens are stored in databases in the Russian Federation",
    "ru": "хранение персональных данных граждан РФ в базах данных на территории Российской Федерации",
    "kk": "Ресей азаматтарының дербес деректерін Ресей Федерациясы аумағындағы дерекқорларда сақтау"
   },
   "basis": "RU-12 🔶",
   "severity": "warning",
   "kinds": [
    "localisation"
   ],
   "position": "localisation",
   "heading": {
    "en": "Where personal data are stored",
    "ru": "Место хранения персональных данных",
    "kk": "Дербес деректердің сақталу орны"
   },
   "placeholder": {
    "en": "[State that the databases are located in the Russian Federation]",
    "ru": "[Укажите, что базы данных находятся в Российской Федерации]",
    "kk": "[Дерекқорлардың Ресей Федерациясында орналасқанын көрсетіңіз]"
   },
   "clause": "ru.localisation"
  },
  {
   "id": "security",
   "name": {
    "en": "the measures taken to protect personal data",
    "ru": "меры по обеспечению безопасности персональных данных",
    "kk": "дербес деректердің қауіпсіздігін қамтамасыз ету шаралары"
   },
   "basis": "RU-13 ⚠️",
   "severity": "warning",
   "kinds": [
    "security"
   ],
   "position": "security",
   "heading": {
    "en": "Protection of personal data",
    "ru": "Меры по защите персональных данных",
    "kk": "Дербес деректерді қорғау шаралары"
   },
   "placeholder": {
    "en": "[Describe the legal, organisational and technical safeguards in place]",
    "ru": "[Опишите принятые правовые, организационные и технические меры]",
    "kk": "[Қабылданған құқықтық, ұйымдастырушылық және техникалық шараларды сипаттаңыз]"
   },
   "clause": "ru.security"
  },
  {
   "id": "responsible-person",
   "name": {
    "en": "the person responsible for organising the processing of personal data",
    "ru": "лицо, ответственное за организацию обработки персональных данных",
    "kk": "дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға"
   },
   "basis": "RU-14 ⚠️",
   "severity": "warning",
   "kinds": [
    "dpo"
   ],
   "position": "dpo",
   "heading": {
    "en": "Person responsible for organising processing",
    "ru": "Лицо, ответственное за организацию обработки персональных данных",
    "kk": "Өңдеуді ұйымдастыруға жауапты тұлға"
   },
   "placeholder": {
    "en": "[Name or position of the responsible person and how to reach them]",
    "ru": "[ФИО или должность ответственного лица и способ связи с ним]",
    "kk": "[Жауапты адамның аты-жөні немесе лауазымы және онымен байланысу тәсілі]"
   },
   "clause": "ru.responsible-person"
  },
  {
   "id": "sources",
   "name": {
    "en": "the source of personal data not obtained from the subject",
    "ru": "источник получения персональных данных, полученных не от субъекта",
    "kk": "субъектінің өзінен алынбаған дербес деректердің көзі"
   },
   "basis": "RU-05 ⚠️, RU-16 ⚠️",
   "severity": "info",
   "applies": "where-applicable",
   "condition": {
    "en": "if personal data are obtained from someone other than the subject",
    "ru": "если персональные данные получены не от субъекта",
    "kk": "егер дербес деректер субъектінің өзінен алынбаса"
   },
   "kinds": [
    "sources"
   ],
   "position": "sources",
   "heading": {
    "en": "Sources of personal data",
    "ru": "Источники получения персональных данных",
    "kk": "Дербес деректердің көздері"
   },
   "placeholder": {
    "en": "[Name the sources of data not received from the subject, or say there are none]",
    "ru": "[Назовите источники данных, полученных не от субъекта, или укажите, что их нет]",
    "kk": "[Субъектіден алынбаған деректердің көздерін атаңыз немесе олардың жоқ екенін көрсетіңіз]"
   },
   "clause": "ru.sources"
  },
  {
   "id": "automated-decisions",
   "name": {
    "en": "decisions taken solely by automated processing and how to object to them",
    "ru": "принятие решений на основании исключительно автоматизированной обработки и порядок возражения",
    "kk": "тек автоматтандырылған өңдеу негізінде шешім қабылдау және оған қарсылық білдіру тәртібі"
   },
   "basis": "RU-07 ⚠️ (Art. 16 from memory)",
   "severity": "warning",
   "applies": "when-mentioned",
   "condition": {
    "en": "if decisions about the subject are taken solely by automated processing",
    "ru": "если решения в отношении субъекта принимаются исключительно автоматизированно",
    "kk": "егер субъект туралы шешімдер тек автоматтандырылған түрде қабылданса"
   },
   "triggers": {
    "en": [
     "scoring",
     "credit scoring",
     "automatic* ** decision*",
     "decision* ** automatically",
     "algorithm* ** decision*"
    ],
    "ru": [
     "скоринг*",
     "автоматическ* ** решени*",
     "решени* ** автоматически",
     "алгоритм* ** решени*"
    ],
    "kk": [
     "скоринг*",
     "автоматты түрде ** шешім*",
     "шешім* ** автоматты түрде"
    ]
   },
   "kinds": [
    "automated_decisions"
   ],
   "position": "automated_decisions",
   "heading": {
    "en": "Automated decision-making",
    "ru": "Автоматизированное принятие решений",
    "kk": "Автоматтандырылған шешімдер"
   },
   "placeholder": {
    "en": "[Explain the decision, its consequences, and how the subject may object]",
    "ru": "[Разъясните порядок принятия решения, его последствия и как субъект может возразить]",
    "kk": "[Шешім қабылдау тәртібін, оның салдарын және субъект қалай қарсылық білдіре алатынын түсіндіріңіз]"
   },
   "clause": "ru.automated-decisions"
  },
  {
   "id": "complaints",
   "name": {
    "en": "the right to appeal to Roskomnadzor or the courts",
    "ru": "право обжаловать действия оператора в Роскомнадзор или в суд",
    "kk": "оператордың әрекеттеріне Роскомнадзорға немесе сотқа шағымдану құқығы"
   },
   "basis": "RU-07 ⚠️ (Art. 17 from memory)",
   "severity": "warning",
   "kinds": [
    "complaints"
   ],
   "phrases": {
    "en": [
     "roskomnadzor"
    ],
    "ru": [
     "роскомнадзор*"
    ],
    "kk": [
     "роскомнадзор*"
    ]
   },
   "position": "complaints",
   "heading": {
    "en": "Appeals",
    "ru": "Порядок обжалования",
    "kk": "Шағымдану тәртібі"
   },
   "placeholder": {
    "en": "[State that the operator's actions may be appealed to Roskomnadzor or in court]",
    "ru": "[Укажите, что действия оператора можно обжаловать в Роскомнадзор или в суд]",
    "kk": "[Оператордың әрекеттеріне Роскомнадзорға немесе сотқа шағымдануға болатынын көрсетіңіз]"
   },
   "clause": "ru.complaints"
  }
 ]
};
export default data;
