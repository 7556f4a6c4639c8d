// Generated from server/src/engine/profiles/ccpa.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { ProfileFile } from '../profiles/types.js';

const data: ProfileFile = {
 "id": "ccpa",
 "law": {
  "en": "CCPA",
  "ru": "CCPA",
  "kk": "CCPA"
 },
 "title": {
  "en": "California Consumer Privacy Act of 2018 as amended by the California Privacy Rights Act (Cal. Civ. Code §1798.100 ff.) and its regulations",
  "ru": "Закон Калифорнии о защите конфиденциальности потребителей 2018 года в редакции CPRA (Гражданский кодекс Калифорнии, §1798.100 и сл.) и правила к нему",
  "kk": "Калифорнияның 2018 жылғы тұтынушылардың құпиялылығы туралы заңы, CPRA редакциясында (Калифорния Азаматтық кодексі, §1798.100 және келесі) және оның қағидалары"
 },
 "checked": "2026-11",
 "source": "shared/law/requirements.md §A.4 (statute via a public CCPA label taxonomy; §7011 not read verbatim)",
 "order": [
  "general",
  "definitions",
  "data_categories",
  "sources",
  "purposes",
  "sale_share",
  "recipients",
  "sensitive_data",
  "retention",
  "rights",
  "requests",
  "children",
  "cookies",
  "security",
  "changes",
  "controller",
  "annex",
  "legal_basis",
  "consent",
  "consent_withdrawal",
  "cross_border",
  "localisation",
  "destruction",
  "dpo",
  "automated_decisions",
  "complaints",
  "statutory_requirement",
  "public_dissemination"
 ],
 "items": [
  {
   "id": "categories-collected",
   "name": {
    "en": "the categories of personal information collected in the preceding 12 months",
    "ru": "категории персональной информации, собранной за предыдущие 12 месяцев",
    "kk": "алдыңғы 12 айда жиналған дербес ақпарат санаттары"
   },
   "article": {
    "en": "§1798.130(a)(5)(B)(i)",
    "ru": "§1798.130(a)(5)(B)(i)",
    "kk": "§1798.130(a)(5)(B)(i)"
   },
   "basis": "CA-01 ✅",
   "severity": "error",
   "kinds": [
    "data_categories"
   ],
   "position": "data_categories",
   "heading": {
    "en": "Categories of personal information we collect",
    "ru": "Категории собираемой персональной информации",
    "kk": "Жиналатын дербес ақпарат санаттары"
   },
   "placeholder": {
    "en": "[List the categories of personal information collected in the last 12 months]",
    "ru": "[Перечислите категории персональной информации, собранной за последние 12 месяцев]",
    "kk": "[Соңғы 12 айда жиналған дербес ақпарат санаттарын тізіп жазыңыз]"
   },
   "clause": "ccpa.categories-collected"
  },
  {
   "id": "sources",
   "name": {
    "en": "the categories of sources of personal information",
    "ru": "категории источников персональной информации",
    "kk": "дербес ақпарат көздерінің санаттары"
   },
   "article": {
    "en": "§1798.110(a)(2)",
    "ru": "§1798.110(a)(2)",
    "kk": "§1798.110(a)(2)"
   },
   "basis": "CA-02 ✅",
   "severity": "error",
   "kinds": [
    "sources"
   ],
   "position": "sources",
   "heading": {
    "en": "Sources of personal information",
    "ru": "Источники персональной информации",
    "kk": "Дербес ақпарат көздері"
   },
   "placeholder": {
    "en": "[List the categories of sources: you, your devices, service providers, public records]",
    "ru": "[Перечислите категории источников: вы, ваши устройства, поставщики услуг, открытые реестры]",
    "kk": "[Көздердің санаттарын тізіп жазыңыз: сіз, құрылғыларыңыз, қызмет көрсетушілер, ашық тізілімдер]"
   },
   "clause": "ccpa.sources"
  },
  {
   "id": "purposes",
   "name": {
    "en": "the business or commercial purposes for collecting, selling or sharing personal information",
    "ru": "деловые или коммерческие цели сбора, продажи или передачи персональной информации",
    "kk": "дербес ақпаратты жинаудың, сатудың немесе бөлісудің іскерлік не коммерциялық мақсаттары"
   },
   "article": {
    "en": "§1798.110(a)(3)",
    "ru": "§1798.110(a)(3)",
    "kk": "§1798.110(a)(3)"
   },
   "basis": "CA-03 ✅",
   "severity": "error",
   "kinds": [
    "purposes"
   ],
   "position": "purposes",
   "heading": {
    "en": "How we use personal information",
    "ru": "Как мы используем персональную информацию",
    "kk": "Дербес ақпаратты пайдалану"
   },
   "placeholder": {
    "en": "[State each business or commercial purpose of the collection]",
    "ru": "[Укажите каждую деловую или коммерческую цель сбора]",
    "kk": "[Жинаудың әр іскерлік немесе коммерциялық мақсатын көрсетіңіз]"
   },
   "clause": "ccpa.purposes"
  },
  {
   "id": "sale-share",
   "name": {
    "en": "whether personal information is sold or shared, and which categories (or that none is)",
    "ru": "продаётся ли или передаётся персональная информация и какие её категории (либо что этого не происходит)",
    "kk": "дербес ақпарат сатыла ма немесе бөліселе ме және қай санаттары (не бұлай болмайтыны)"
   },
   "article": {
    "en": "§1798.115(c)(1)",
    "ru": "§1798.115(c)(1)",
    "kk": "§1798.115(c)(1)"
   },
   "basis": "CA-04 ✅",
   "severity": "error",
   "kinds": [
    "sale_share"
   ],
   "position": "sale_share",
   "heading": {
    "en": "Sale or sharing of personal information",
    "ru": "Продажа персональной информации",
    "kk": "Дербес ақпаратты сату"
   },
   "placeholder": {
    "en": "[List the categories sold or shared in the last 12 months, or state that none were]",
    "ru": "[Перечислите проданные или переданные за 12 месяцев категории или укажите, что их нет]",
    "kk": "[Соңғы 12 айда сатылған не бөлісілген санаттарды тізіңіз немесе олардың жоқ екенін көрсетіңіз]"
   },
   "clause": "ccpa.sale-share"
  },
  {
   "id": "business-purpose-disclosure",
   "name": {
    "en": "the categories of personal information disclosed for a business purpose (or that none are)",
    "ru": "категории персональной информации, раскрытой в деловых целях (либо что её не раскрывают)",
    "kk": "іскерлік мақсатта ашылған дербес ақпарат санаттары (не ашылмайтыны)"
   },
   "article": {
    "en": "§1798.115(c)(2)",
    "ru": "§1798.115(c)(2)",
    "kk": "§1798.115(c)(2)"
   },
   "basis": "CA-05 ✅",
   "severity": "warning",
   "phrases": {
    "en": [
     "business purpose*",
     "disclose* ** for a business purpose"
    ],
    "ru": [
     "в деловых целях",
     "деловой цели"
    ],
    "kk": [
     "іскерлік мақсатта",
     "іскерлік мақсаттар*"
    ]
   },
   "position": "recipients",
   "heading": {
    "en": "Disclosure for a business purpose",
    "ru": "Раскрытие в деловых целях",
    "kk": "Іскерлік мақсатта ашу"
   },
   "placeholder": {
    "en": "[List the categories disclosed for a business purpose, or state that none were]",
    "ru": "[Перечислите категории, раскрытые в деловых целях, или укажите, что их нет]",
    "kk": "[Іскерлік мақсатта ашылған санаттарды тізіңіз немесе олардың жоқ екенін көрсетіңіз]"
   },
   "clause": "ccpa.business-purpose-disclosure"
  },
  {
   "id": "third-parties",
   "name": {
    "en": "the categories of third parties to whom personal information is sold, shared or disclosed",
    "ru": "категории третьих лиц, которым персональная информация продаётся, передаётся или раскрывается",
    "kk": "дербес ақпарат сатылатын, бөлісілетін немесе ашылатын үшінші тұлғалардың санаттары"
   },
   "article": {
    "en": "§1798.110(a)(4); §1798.115(a)(2)–(3)",
    "ru": "§1798.110(a)(4); §1798.115(a)(2)–(3)",
    "kk": "§1798.110(a)(4); §1798.115(a)(2)–(3)"
   },
   "basis": "CA-06 ✅",
   "severity": "error",
   "kinds": [
    "recipients"
   ],
   "position": "recipients",
   "heading": {
    "en": "Who we share personal information with",
    "ru": "Кому мы передаём персональную информацию",
    "kk": "Дербес ақпаратты кімге береміз"
   },
   "placeholder": {
    "en": "[List the categories of third parties that receive personal information]",
    "ru": "[Перечислите категории третьих лиц, получающих персональную информацию]",
    "kk": "[Дербес ақпаратты алатын үшінші тұлғалардың санаттарын тізіп жазыңыз]"
   },
   "clause": "ccpa.third-parties"
  },
  {
   "id": "sensitive",
   "name": {
    "en": "the categories of sensitive personal information, their purposes and whether they are sold or shared",
    "ru": "категории чувствительной персональной информации, цели и продаётся ли она",
    "kk": "сезімтал дербес ақпарат санаттары, олардың мақсаттары және сатыла ма"
   },
   "basis": "CA-07 ⚠️ (§7011(e)(1)(K) not read verbatim)",
   "severity": "warning",
   "applies": "when-mentioned",
   "condition": {
    "en": "if sensitive personal information is collected",
    "ru": "если собирается чувствительная персональная информация",
    "kk": "егер сезімтал дербес ақпарат жиналса"
   },
   "triggers": {
    "en": [
     "biometric",
     "precise geolocation",
     "social security number*",
     "passport number*",
     "driver's license",
     "account log-in",
     "racial or ethnic origin",
     "religious",
     "health data",
     "sexual orientation",
     "genetic",
     "union membership"
    ],
    "ru": [
     "биометрическ*",
     "точн* геолокаци*",
     "номер* паспорта",
     "состояни* здоровья",
     "расов* ** происхождени*",
     "религиозн*",
     "генетическ*"
    ],
    "kk": [
     "биометриялық",
     "нақты геолокация*",
     "төлқұжат нөмір*",
     "денсаулық жағдай*",
     "нәсілдік",
     "діни",
     "генетикалық"
    ]
   },
   "phrases": {
    "en": [
     "sensitive personal information",
     "sensitive personal data"
    ],
    "ru": [
     "чувствительн* персональн* информаци*",
     "чувствительн* ** данн*"
    ],
    "kk": [
     "сезімтал дербес ақпарат*",
     "сезімтал ** деректер*"
    ]
   },
   "position": "sensitive_data",
   "heading": {
    "en": "Sensitive personal information",
    "ru": "Чувствительная персональная информация",
    "kk": "Сезімтал дербес ақпарат"
   },
   "placeholder": {
    "en": "[List the categories collected, why, and whether the business sells or shares them]",
    "ru": "[Перечислите собираемые категории, цели и продаются ли они]",
    "kk": "[Жиналатын санаттарды, мақсаттарын және олардың сатылатынын не сатылмайтынын көрсетіңіз]"
   },
   "clause": "ccpa.sensitive"
  },
  {
   "id": "retention",
   "name": {
    "en": "how long each category of personal information is retained, or the criteria used",
    "ru": "сколько хранится каждая категория персональной информации или критерии срока",
    "kk": "дербес ақпараттың әр санаты қанша сақталатыны немесе мерзім өлшемдері"
   },
   "basis": "CA-08 ⚠️ (§1798.100(a)(3), §7012 from memory)",
   "severity": "warning",
   "kinds": [
    "retention"
   ],
   "deferTo": "retention-missing",
   "position": "retention",
   "heading": {
    "en": "How long we keep personal information",
    "ru": "Сроки хранения персональной информации",
    "kk": "Дербес ақпаратты сақтау мерзімі"
   },
   "placeholder": {
    "en": "[State the period for each category, or the criteria used to set it]",
    "ru": "[Укажите срок для каждой категории или критерии его определения]",
    "kk": "[Әр санат үшін мерзімді немесе оны айқындау өлшемдерін көрсетіңіз]"
   },
   "clause": "ccpa.retention"
  },
  {
   "id": "right-to-know",
   "name": {
    "en": "the right to know what personal information is collected, used and disclosed",
    "ru": "право знать, какая персональная информация собирается, используется и раскрывается",
    "kk": "қандай дербес ақпарат жиналатынын, пайдаланылатынын және ашылатынын білу құқығы"
   },
   "article": {
    "en": "§1798.110(a)(1)–(5); §1798.115(a)",
    "ru": "§1798.110(a)(1)–(5); §1798.115(a)",
    "kk": "§1798.110(a)(1)–(5); §1798.115(a)"
   },
   "basis": "CA-09 ✅",
   "severity": "error",
   "phrases": {
    "en": [
     "right to know",
     "right to access",
     "right of access",
     "request ** access to"
    ],
    "ru": [
     "право знать",
     "право на доступ",
     "право ** получить информацию",
     "вправе ** получить информацию",
     "право на получение информации"
    ],
    "kk": [
     "білуге құқы*",
     "білу құқығы",
     "қол жеткізу құқығы",
     "ақпарат алуға құқы*"
    ]
   },
   "position": "rights",
   "heading": {
    "en": "Right to know",
    "ru": "Право знать",
    "kk": "Білу құқығы"
   },
   "placeholder": {
    "en": "[Describe what a consumer may ask to know and for what period]",
    "ru": "[Опишите, что потребитель вправе узнать и за какой период]",
    "kk": "[Тұтынушы нені және қай кезең үшін біле алатынын сипаттаңыз]"
   },
   "clause": "ccpa.right-to-know"
  },
  {
   "id": "right-to-delete",
   "name": {
    "en": "the right to delete personal information",
    "ru": "право на удаление персональной информации",
    "kk": "дербес ақпаратты жою құқығы"
   },
   "article": {
    "en": "§1798.105(a)",
    "ru": "§1798.105(a)",
    "kk": "§1798.105(a)"
   },
   "basis": "CA-10 ✅",
   "severity": "error",
   "phrases": {
    "en": [
     "right to delete",
     "right to deletion",
     "right to erasure",
     "right to have ** deleted",
     "request ** deletion",
     "request that we delete"
    ],
    "ru": [
     "право на удаление",
     "право ** удалить",
     "право ** требовать удаления",
     "право ** потребовать удаления",
     "вправе ** удалить"
    ],
    "kk": [
     "жою құқығы",
     "өшіру құқығы",
     "жоюды талап ет*",
     "өшіруді талап ет*"
    ]
   },
   "position": "rights",
   "heading": {
    "en": "Right to delete",
    "ru": "Право на удаление",
    "kk": "Жою құқығы"
   },
   "placeholder": {
    "en": "[Describe how a consumer may ask for deletion and the exceptions]",
    "ru": "[Опишите, как потребитель может потребовать удаления, и исключения]",
    "kk": "[Тұтынушы жоюды қалай талап ете алатынын және ерекшеліктерді сипаттаңыз]"
   },
   "clause": "ccpa.right-to-delete"
  },
  {
   "id": "right-to-correct",
   "name": {
    "en": "the right to correct inaccurate personal information",
    "ru": "право на исправление неточной персональной информации",
    "kk": "дұрыс емес дербес ақпаратты түзету құқығы"
   },
   "article": {
    "en": "§1798.106(a)",
    "ru": "§1798.106(a)",
    "kk": "§1798.106(a)"
   },
   "basis": "CA-11 ✅",
   "severity": "error",
   "phrases": {
    "en": [
     "right to correct",
     "right to correction",
     "right to rectif*",
     "correct inaccurate"
    ],
    "ru": [
     "право на исправление",
     "право ** исправить",
     "исправлени* неточн*"
    ],
    "kk": [
     "түзету құқығы",
     "түзетуді талап ет*",
     "дұрыс емес ** түзету"
    ]
   },
   "position": "rights",
   "heading": {
    "en": "Right to correct",
    "ru": "Право на исправление",
    "kk": "Түзету құқығы"
   },
   "placeholder": {
    "en": "[Describe how a consumer may ask to have inaccurate information corrected]",
    "ru": "[Опишите, как потребитель может потребовать исправить неточные сведения]",
    "kk": "[Тұтынушы дұрыс емес мәліметтерді түзетуді қалай сұрай алатынын сипаттаңыз]"
   },
   "clause": "ccpa.right-to-correct"
  },
  {
   "id": "right-to-opt-out",
   "name": {
    "en": "the right to opt out of the sale or sharing of personal information",
    "ru": "право отказаться от продажи или передачи персональной информации",
    "kk": "дербес ақпаратты сатудан немесе бөлісуден бас тарту құқығы"
   },
   "article": {
    "en": "§1798.120(a)",
    "ru": "§1798.120(a)",
    "kk": "§1798.120(a)"
   },
   "basis": "CA-12 ✅",
   "severity": "warning",
   "applies": "when-mentioned",
   "condition": {
    "en": "if the business sells or shares personal information",
    "ru": "если компания продаёт или передаёт персональную информацию",
    "kk": "егер компания дербес ақпаратты сатса немесе бөліссе"
   },
   "triggers": {
    "en": [
     "we sell",
     "we may sell",
     "may be sold",
     "is sold",
     "are sold",
     "cross-context behavio*",
     "targeted advertising"
    ],
    "ru": [
     "мы продаем",
     "можем продавать",
     "таргетированн* реклам*"
    ],
    "kk": [
     "сатамыз",
     "сатуымыз мүмкін",
     "сатылады",
     "таргеттелген жарнама*"
    ]
   },
   "phrases": {
    "en": [
     "opt out",
     "opt-out",
     "do not sell or share my",
     "do not sell my"
    ],
    "ru": [
     "отказаться от продажи",
     "отказ от продажи",
     "отказаться от ** продажи"
    ],
    "kk": [
     "сатудан бас тарт*",
     "сатуға қарсы"
    ]
   },
   "position": "sale_share",
   "heading": {
    "en": "Right to opt out of sale or sharing",
    "ru": "Право отказаться от продажи информации",
    "kk": "Сатудан бас тарту құқығы"
   },
   "placeholder": {
    "en": "[Describe how to opt out, including the link and opt-out preference signals]",
    "ru": "[Опишите, как отказаться, включая ссылку и сигналы предпочтений]",
    "kk": "[Қалай бас тартуға болатынын, сілтеме мен таңдау сигналдарын қоса сипаттаңыз]"
   },
   "clause": "ccpa.right-to-opt-out"
  },
  {
   "id": "right-to-limit",
   "name": {
    "en": "the right to limit the use of sensitive personal information",
    "ru": "право ограничить использование чувствительной персональной информации",
    "kk": "сезімтал дербес ақпаратты пайдалануды шектеу құқығы"
   },
   "article": {
    "en": "§1798.121(a)",
    "ru": "§1798.121(a)",
    "kk": "§1798.121(a)"
   },
   "basis": "CA-13 ✅",
   "severity": "warning",
   "applies": "when-mentioned",
   "condition": {
    "en": "if sensitive personal information is used beyond what the regulations allow",
    "ru": "если чувствительная персональная информация используется шире, чем допускают правила",
    "kk": "егер сезімтал дербес ақпарат қағидалар рұқсат еткеннен кеңірек пайдаланылса"
   },
   "triggers": {
    "en": [
     "biometric",
     "precise geolocation",
     "social security number*",
     "passport number*",
     "driver's license",
     "account log-in",
     "racial or ethnic origin",
     "religious",
     "health data",
     "sexual orientation",
     "genetic",
     "union membership"
    ],
    "ru": [
     "биометрическ*",
     "точн* геолокаци*",
     "номер* паспорта",
     "состояни* здоровья",
     "расов* ** происхождени*",
     "религиозн*",
     "генетическ*"
    ],
    "kk": [
     "биометриялық",
     "нақты геолокация*",
     "төлқұжат нөмір*",
     "денсаулық жағдай*",
     "нәсілдік",
     "діни",
     "генетикалық"
    ]
   },
   "phrases": {
    "en": [
     "right to limit",
     "limit the use of ** sensitive",
     "limit ** use ** sensitive"
    ],
    "ru": [
     "право ограничить",
     "ограничить использование"
    ],
    "kk": [
     "шектеу құқығы",
     "пайдалануды шектеу"
    ]
   },
   "position": "sensitive_data",
   "heading": {
    "en": "Right to limit use of sensitive personal information",
    "ru": "Право ограничить использование чувствительной информации",
    "kk": "Сезімтал ақпаратты пайдалануды шектеу құқығы"
   },
   "placeholder": {
    "en": "[Describe how to ask that sensitive personal information be used only as the law allows]",
    "ru": "[Опишите, как потребовать использовать чувствительную информацию только в допустимых пределах]",
    "kk": "[Сезімтал ақпаратты тек заң рұқсат еткен шекте пайдалануды қалай талап етуге болатынын сипаттаңыз]"
   },
   "clause": "ccpa.right-to-limit"
  },
  {
   "id": "non-discrimination",
   "name": {
    "en": "the right not to be discriminated or retaliated against for exercising these rights",
    "ru": "право не подвергаться дискриминации за осуществление этих прав",
    "kk": "осы құқықтарды жүзеге асырғаны үшін кемсітуге ұшырамау құқығы"
   },
   "article": {
    "en": "§1798.125(a)(1)",
    "ru": "§1798.125(a)(1)",
    "kk": "§1798.125(a)(1)"
   },
   "basis": "CA-14 ✅",
   "severity": "error",
   "phrases": {
    "en": [
     "discriminat*",
     "non-discrimination",
     "retaliat*"
    ],
    "ru": [
     "дискриминац*",
     "не будем ** ущемлять"
    ],
    "kk": [
     "кемсіт*"
    ]
   },
   "position": "rights",
   "heading": {
    "en": "Non-discrimination",
    "ru": "Отсутствие дискриминации",
    "kk": "Кемсітпеу"
   },
   "placeholder": {
    "en": "[State that exercising these rights will not lead to different prices, service or treatment]",
    "ru": "[Укажите, что осуществление этих прав не повлечёт иных цен, обслуживания или отношения]",
    "kk": "[Осы құқықтарды жүзеге асыру өзге бағаға, қызметке не қарым-қатынасқа әкелмейтінін көрсетіңіз]"
   },
   "clause": "ccpa.non-discrimination"
  },
  {
   "id": "requests",
   "name": {
    "en": "how to submit requests (at least two methods) and how they are verified",
    "ru": "как подать запрос (не менее двух способов) и как он проверяется",
    "kk": "сұрауды қалай жіберуге болады (кемінде екі тәсіл) және ол қалай тексеріледі"
   },
   "article": {
    "en": "§1798.130(a)(1)(A)–(B)",
    "ru": "§1798.130(a)(1)(A)–(B)",
    "kk": "§1798.130(a)(1)(A)–(B)"
   },
   "basis": "CA-15 ✅",
   "severity": "error",
   "kinds": [
    "requests"
   ],
   "position": "requests",
   "heading": {
    "en": "How to submit a request",
    "ru": "Как направить запрос",
    "kk": "Сұрауды қалай жіберуге болады"
   },
   "placeholder": {
    "en": "[Give at least two ways to submit a request, such as a toll-free number and a web form, and how identity is verified]",
    "ru": "[Укажите не менее двух способов подать запрос, например бесплатный телефон и веб-форму, и как проверяется личность]",
    "kk": "[Сұрау жіберудің кемінде екі тәсілін, мысалы тегін телефон мен веб-нысанды, және тұлға қалай тексерілетінін көрсетіңіз]"
   },
   "clause": "ccpa.requests"
  },
  {
   "id": "authorized-agent",
   "name": {
    "en": "how an authorized agent may submit a request",
    "ru": "как запрос может подать уполномоченный представитель",
    "kk": "уәкілетті өкіл сұрауды қалай жібере алады"
   },
   "basis": "CA-15 (§7011(e)(3) not read verbatim)",
   "severity": "info",
   "phrases": {
    "en": [
     "authorized agent*",
     "authorised agent*"
    ],
    "ru": [
     "уполномоченн* представител*"
    ],
    "kk": [
     "уәкілетті өкіл*"
    ]
   },
   "position": "requests",
   "heading": {
    "en": "Authorized agents",
    "ru": "Уполномоченные представители",
    "kk": "Уәкілетті өкілдер"
   },
   "placeholder": {
    "en": "[Describe what an agent must provide to act for a consumer]",
    "ru": "[Опишите, что должен представить представитель, действующий за потребителя]",
    "kk": "[Тұтынушының атынан әрекет ететін өкіл нені ұсынуы керектігін сипаттаңыз]"
   },
   "clause": "ccpa.authorized-agent"
  },
  {
   "id": "minors",
   "name": {
    "en": "whether the business knowingly sells or shares personal information of consumers under 16",
    "ru": "продаётся ли заведомо персональная информация потребителей младше 16 лет",
    "kk": "16 жасқа толмаған тұтынушылардың дербес ақпараты біле тұра сатыла ма"
   },
   "basis": "CA-16 ⚠️ (§7011(e)(1)(G) not read verbatim)",
   "severity": "info",
   "kinds": [
    "children"
   ],
   "position": "children",
   "heading": {
    "en": "Children under 16",
    "ru": "Персональная информация несовершеннолетних",
    "kk": "Кәмелетке толмағандардың деректері"
   },
   "placeholder": {
    "en": "[State whether the business knowingly sells or shares information of consumers under 16]",
    "ru": "[Укажите, продаёт ли компания заведомо информацию потребителей младше 16 лет]",
    "kk": "[Компания 16 жасқа толмаған тұтынушылардың ақпаратын біле тұра сата ма, көрсетіңіз]"
   },
   "clause": "ccpa.minors"
  },
  {
   "id": "last-updated",
   "name": {
    "en": "the date the policy was last updated",
    "ru": "дата последнего обновления политики",
    "kk": "саясаттың соңғы жаңартылған күні"
   },
   "article": {
    "en": "§1798.130(a)(5)",
    "ru": "§1798.130(a)(5)",
    "kk": "§1798.130(a)(5)"
   },
   "basis": "CA-17 ✅",
   "severity": "error",
   "facts": [
    "update-date"
   ],
   "headings": {
    "en": [
     "last updated",
     "effective date",
     "date of last update"
    ],
    "ru": [
     "дата последнего обновления",
     "дата обновления",
     "редакция от"
    ],
    "kk": [
     "соңғы жаңартылған күні",
     "жаңартылған күні",
     "соңғы жаңарту"
    ]
   },
   "position": "changes",
   "heading": {
    "en": "Last updated",
    "ru": "Дата последнего обновления",
    "kk": "Соңғы жаңартылған күні"
   },
   "placeholder": {
    "en": "[Date of the last update]",
    "ru": "[Дата последнего обновления]",
    "kk": "[Соңғы жаңартылған күні]"
   },
   "clause": "ccpa.last-updated"
  },
  {
   "id": "changes-notice",
   "name": {
    "en": "how users are told about changes to the policy",
    "ru": "как пользователей уведомляют об изменениях политики",
    "kk": "пайдаланушылар саясаттың өзгерістері туралы қалай хабардар етіледі"
   },
   "law": {
    "en": "CalOPPA",
    "ru": "CalOPPA",
    "kk": "CalOPPA"
   },
   "article": {
    "en": "Bus. & Prof. Code §22575",
    "ru": "Кодекс о бизнесе и профессиях, §22575",
    "kk": "Бизнес және кәсіптер кодексі, §22575"
   },
   "basis": "CA-18 ✅",
   "severity": "warning",
   "kinds": [
    "changes"
   ],
   "position": "changes",
   "heading": {
    "en": "Changes to this policy",
    "ru": "Изменения политики",
    "kk": "Саясаттағы өзгерістер"
   },
   "placeholder": {
    "en": "[Describe how and where changes are announced]",
    "ru": "[Опишите, как и где объявляются изменения]",
    "kk": "[Өзгерістер қалай және қайда жарияланатынын сипаттаңыз]"
   },
   "clause": "ccpa.changes-notice"
  }
 ]
};
export default data;
