// Generated from server/src/engine/profiles/gdpr.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { ProfileFile } from '../profiles/types.js';

const data: ProfileFile = {
 "id": "gdpr",
 "law": {
  "en": "GDPR",
  "ru": "GDPR",
  "kk": "GDPR"
 },
 "title": {
  "en": "Regulation (EU) 2016/679 (General Data Protection Regulation)",
  "ru": "Регламент (ЕС) 2016/679 (Общий регламент по защите данных, GDPR)",
  "kk": "(ЕО) 2016/679 Регламенті (Деректерді қорғаудың жалпы регламенті, GDPR)"
 },
 "checked": "2026-11",
 "source": "shared/law/requirements.md §A.2 (gdprhub.eu Art. 13; Art. 14 text and commentary)",
 "order": [
  "general",
  "definitions",
  "controller",
  "dpo",
  "data_categories",
  "sources",
  "purposes",
  "legal_basis",
  "consent",
  "recipients",
  "cross_border",
  "retention",
  "destruction",
  "rights",
  "consent_withdrawal",
  "requests",
  "complaints",
  "statutory_requirement",
  "automated_decisions",
  "security",
  "sale_share",
  "sensitive_data",
  "children",
  "cookies",
  "changes",
  "annex",
  "localisation",
  "public_dissemination"
 ],
 "items": [
  {
   "id": "controller",
   "name": {
    "en": "the identity and contact details of the controller",
    "ru": "наименование и контактные данные контролёра",
    "kk": "бақылаушының атауы мен байланыс деректері"
   },
   "article": {
    "en": "Art. 13(1)(a); Art. 14(1)(a)",
    "ru": "ст. 13(1)(a); ст. 14(1)(a)",
    "kk": "13(1)(a)-бап; 14(1)(a)-бап"
   },
   "basis": "EU-01 ✅",
   "severity": "error",
   "kinds": [
    "controller"
   ],
   "facts": [
    "legal-entity",
    "email",
    "phone",
    "postal-address"
   ],
   "position": "controller",
   "heading": {
    "en": "Who we are and how to contact us",
    "ru": "Контролёр и его контактные данные",
    "kk": "Бақылаушы және байланыс деректері"
   },
   "placeholder": {
    "en": "[Full name of the controller, its address and e-mail for privacy questions]",
    "ru": "[Полное наименование контролёра, его адрес и электронная почта для вопросов о данных]",
    "kk": "[Бақылаушының толық атауы, мекенжайы және деректер жөніндегі сұрақтарға арналған электрондық поштасы]"
   },
   "clause": "gdpr.controller"
  },
  {
   "id": "representative",
   "name": {
    "en": "the identity and contact details of the controller's representative in the EU",
    "ru": "сведения о представителе контролёра в ЕС и его контактные данные",
    "kk": "бақылаушының Еуропалық одақтағы өкілі және оның байланыс деректері"
   },
   "article": {
    "en": "Art. 13(1)(a); Art. 14(1)(a)",
    "ru": "ст. 13(1)(a); ст. 14(1)(a)",
    "kk": "13(1)(a)-бап; 14(1)(a)-бап"
   },
   "basis": "EU-01 ✅ (the representative of Art. 27)",
   "severity": "info",
   "applies": "where-applicable",
   "condition": {
    "en": "if the controller is established outside the EU and has to designate a representative there (Art. 27)",
    "ru": "если контролёр учреждён вне ЕС и обязан назначить там представителя (ст. 27)",
    "kk": "егер бақылаушы ЕО-дан тыс құрылып, сонда өкіл тағайындауға міндетті болса (27-бап)"
   },
   "phrases": {
    "en": [
     "representative in the eu",
     "representative in the european union",
     "eu representative",
     "article 27"
    ],
    "ru": [
     "представител* в европейском союзе",
     "представител* в ес",
     "статьей 27",
     "статья 27",
     "статьи 27"
    ],
    "kk": [
     "еуропалық одақтағы өкіл*",
     "ео-дағы өкіл*",
     "27-бап*"
    ]
   },
   "position": "controller",
   "heading": {
    "en": "Our representative in the EU",
    "ru": "Представитель в Европейском союзе",
    "kk": "Еуропалық одақтағы өкіл"
   },
   "placeholder": {
    "en": "[Name and contact details of the representative designated under Article 27]",
    "ru": "[Наименование и контактные данные представителя, назначенного по статье 27]",
    "kk": "[27-бапқа сәйкес тағайындалған өкілдің атауы мен байланыс деректері]"
   },
   "clause": "gdpr.representative"
  },
  {
   "id": "dpo",
   "name": {
    "en": "the contact details of the data protection officer",
    "ru": "контактные данные инспектора по защите данных (DPO)",
    "kk": "деректерді қорғау жөніндегі лауазымды адамның (DPO) байланыс деректері"
   },
   "article": {
    "en": "Art. 13(1)(b); Art. 14(1)(b)",
    "ru": "ст. 13(1)(b); ст. 14(1)(b)",
    "kk": "13(1)(b)-бап; 14(1)(b)-бап"
   },
   "basis": "EU-02 ✅",
   "severity": "info",
   "applies": "where-applicable",
   "condition": {
    "en": "if a data protection officer has been designated (Art. 37)",
    "ru": "если назначен инспектор по защите данных (ст. 37)",
    "kk": "егер деректерді қорғау жөніндегі лауазымды адам тағайындалса (37-бап)"
   },
   "kinds": [
    "dpo"
   ],
   "position": "dpo",
   "heading": {
    "en": "Data protection officer",
    "ru": "Инспектор по защите данных",
    "kk": "Деректерді қорғау жөніндегі лауазымды адам"
   },
   "placeholder": {
    "en": "[How to reach the data protection officer: e-mail and postal address]",
    "ru": "[Как связаться с инспектором: электронная почта и почтовый адрес]",
    "kk": "[Лауазымды адаммен байланысу тәсілі: электрондық пошта және пошта мекенжайы]"
   },
   "clause": "gdpr.dpo"
  },
  {
   "id": "purposes",
   "name": {
    "en": "the purposes of the processing",
    "ru": "цели обработки",
    "kk": "өңдеу мақсаттары"
   },
   "article": {
    "en": "Art. 13(1)(c); Art. 14(1)(c)",
    "ru": "ст. 13(1)(c); ст. 14(1)(c)",
    "kk": "13(1)(c)-бап; 14(1)(c)-бап"
   },
   "basis": "EU-03 ✅",
   "severity": "error",
   "kinds": [
    "purposes"
   ],
   "position": "purposes",
   "heading": {
    "en": "Purposes of processing",
    "ru": "Цели обработки",
    "kk": "Өңдеу мақсаттары"
   },
   "placeholder": {
    "en": "[State each purpose of the processing]",
    "ru": "[Укажите каждую цель обработки]",
    "kk": "[Өңдеудің әр мақсатын көрсетіңіз]"
   },
   "clause": "gdpr.purposes"
  },
  {
   "id": "legal-basis",
   "name": {
    "en": "the legal basis for the processing",
    "ru": "правовое основание обработки",
    "kk": "өңдеудің құқықтық негізі"
   },
   "article": {
    "en": "Art. 13(1)(c); Art. 14(1)(c)",
    "ru": "ст. 13(1)(c); ст. 14(1)(c)",
    "kk": "13(1)(c)-бап; 14(1)(c)-бап"
   },
   "basis": "EU-03 ✅",
   "severity": "error",
   "kinds": [
    "legal_basis"
   ],
   "position": "legal_basis",
   "heading": {
    "en": "Legal basis for processing",
    "ru": "Правовые основания обработки",
    "kk": "Өңдеудің құқықтық негіздері"
   },
   "placeholder": {
    "en": "[For each purpose, name the ground of Article 6(1) relied on]",
    "ru": "[Для каждой цели назовите основание из статьи 6(1)]",
    "kk": "[Әр мақсат үшін 6(1)-баптағы негізді атаңыз]"
   },
   "clause": "gdpr.legal-basis"
  },
  {
   "id": "legitimate-interests",
   "name": {
    "en": "the legitimate interests pursued",
    "ru": "преследуемые законные интересы",
    "kk": "көзделетін заңды мүдделер"
   },
   "article": {
    "en": "Art. 13(1)(d); Art. 14(2)(b)",
    "ru": "ст. 13(1)(d); ст. 14(2)(b)",
    "kk": "13(1)(d)-бап; 14(2)(b)-бап"
   },
   "basis": "EU-04 ✅",
   "severity": "info",
   "applies": "where-applicable",
   "condition": {
    "en": "if processing is based on legitimate interests (Art. 6(1)(f))",
    "ru": "если обработка основана на законных интересах (ст. 6(1)(f))",
    "kk": "егер өңдеу заңды мүдделерге негізделсе (6(1)(f)-бап)"
   },
   "phrases": {
    "en": [
     "legitimate interest*"
    ],
    "ru": [
     "законн* интерес*"
    ],
    "kk": [
     "заңды мүдде*"
    ]
   },
   "position": "legal_basis",
   "heading": {
    "en": "Legitimate interests",
    "ru": "Законные интересы",
    "kk": "Заңды мүдделер"
   },
   "placeholder": {
    "en": "[Name each legitimate interest relied on and the purpose it serves]",
    "ru": "[Назовите каждый законный интерес и цель, которой он служит]",
    "kk": "[Әр заңды мүддені және ол қызмет ететін мақсатты атаңыз]"
   },
   "clause": "gdpr.legitimate-interests"
  },
  {
   "id": "data-categories",
   "name": {
    "en": "the categories of personal data concerned",
    "ru": "категории обрабатываемых персональных данных",
    "kk": "өңделетін дербес деректердің санаттары"
   },
   "article": {
    "en": "Art. 14(1)(d)",
    "ru": "ст. 14(1)(d)",
    "kk": "14(1)(d)-бап"
   },
   "basis": "EU-05 ✅",
   "severity": "warning",
   "applies": "when-mentioned",
   "condition": {
    "en": "when personal data are obtained from someone other than the data subject (Art. 14)",
    "ru": "когда персональные данные получены не от субъекта (ст. 14)",
    "kk": "дербес деректер субъектінің өзінен алынбаған кезде (14-бап)"
   },
   "triggers": {
    "en": [
     "from third parties",
     "from our partners",
     "from partners",
     "from publicly available sources",
     "from public sources",
     "credit bureau*",
     "from other sources",
     "data brokers",
     "not collected from you",
     "not obtained from you",
     "not provided by you"
    ],
    "ru": [
     "от третьих лиц",
     "от партнеров",
     "от наших партнеров",
     "из общедоступных источников",
     "кредитн* бюро",
     "из других источников",
     "получен* не от вас",
     "получен* не от субъекта",
     "не от субъекта"
    ],
    "kk": [
     "үшінші тұлғалардан",
     "серіктестерден",
     "жалпыға қолжетімді көздерден",
     "кредиттік бюро*",
     "басқа көздерден",
     "сізден алынбаған",
     "өзінен алынбаған"
    ]
   },
   "kinds": [
    "data_categories"
   ],
   "position": "data_categories",
   "heading": {
    "en": "Categories of personal data",
    "ru": "Категории персональных данных",
    "kk": "Дербес деректер санаттары"
   },
   "placeholder": {
    "en": "[List the categories of personal data obtained]",
    "ru": "[Перечислите категории полученных персональных данных]",
    "kk": "[Алынған дербес деректердің санаттарын тізіп жазыңыз]"
   },
   "clause": "gdpr.data-categories"
  },
  {
   "id": "recipients",
   "name": {
    "en": "the recipients or categories of recipients",
    "ru": "получатели или категории получателей",
    "kk": "алушылар немесе алушылардың санаттары"
   },
   "article": {
    "en": "Art. 13(1)(e); Art. 14(1)(e)",
    "ru": "ст. 13(1)(e); ст. 14(1)(e)",
    "kk": "13(1)(e)-бап; 14(1)(e)-бап"
   },
   "basis": "EU-06 ✅",
   "severity": "warning",
   "kinds": [
    "recipients"
   ],
   "position": "recipients",
   "heading": {
    "en": "Recipients of personal data",
    "ru": "Получатели персональных данных",
    "kk": "Дербес деректерді алушылар"
   },
   "placeholder": {
    "en": "[Name the recipients, or their categories, or say there are none]",
    "ru": "[Назовите получателей или их категории либо укажите, что их нет]",
    "kk": "[Алушыларды немесе олардың санаттарын атаңыз не олардың жоқ екенін көрсетіңіз]"
   },
   "clause": "gdpr.recipients"
  },
  {
   "id": "transfers",
   "name": {
    "en": "any transfer to a third country and its safeguards",
    "ru": "передача в третьи страны и её гарантии",
    "kk": "үшінші елдерге беру және оның кепілдіктері"
   },
   "article": {
    "en": "Art. 13(1)(f); Art. 14(1)(f)",
    "ru": "ст. 13(1)(f); ст. 14(1)(f)",
    "kk": "13(1)(f)-бап; 14(1)(f)-бап"
   },
   "basis": "EU-07 ✅",
   "severity": "info",
   "applies": "where-applicable",
   "condition": {
    "en": "if personal data are transferred outside the EU/EEA",
    "ru": "если персональные данные передаются за пределы ЕС/ЕЭЗ",
    "kk": "егер дербес деректер ЕО/ЕЭА-дан тыс жерге берілсе"
   },
   "kinds": [
    "cross_border"
   ],
   "position": "cross_border",
   "heading": {
    "en": "International transfers",
    "ru": "Трансграничная передача данных",
    "kk": "Трансшекаралық беру"
   },
   "placeholder": {
    "en": "[Name the countries, whether an adequacy decision exists, the safeguards and how to get a copy]",
    "ru": "[Назовите страны, наличие решения о достаточности, гарантии и как получить их копию]",
    "kk": "[Елдерді, сәйкестік туралы шешімнің бар-жоғын, кепілдіктерді және олардың көшірмесін алу тәсілін атаңыз]"
   },
   "clause": "gdpr.transfers"
  },
  {
   "id": "retention",
   "name": {
    "en": "the storage period, or the criteria used to set it",
    "ru": "срок хранения данных или критерии его определения",
    "kk": "сақтау мерзімі немесе оны айқындау өлшемдері"
   },
   "article": {
    "en": "Art. 13(2)(a); Art. 14(2)(a)",
    "ru": "ст. 13(2)(a); ст. 14(2)(a)",
    "kk": "13(2)(a)-бап; 14(2)(a)-бап"
   },
   "basis": "EU-08 ✅",
   "severity": "error",
   "kinds": [
    "retention"
   ],
   "deferTo": "retention-missing",
   "position": "retention",
   "heading": {
    "en": "How long we keep your data",
    "ru": "Сроки хранения данных",
    "kk": "Деректерді сақтау мерзімі"
   },
   "placeholder": {
    "en": "[State the period for each category of data, or the criteria that set it]",
    "ru": "[Укажите срок для каждой категории данных или критерии его определения]",
    "kk": "[Деректердің әр санаты үшін мерзімді немесе оны айқындайтын өлшемдерді көрсетіңіз]"
   },
   "clause": "gdpr.retention"
  },
  {
   "id": "rights",
   "name": {
    "en": "the rights of access, rectification, erasure, restriction, objection and portability",
    "ru": "права на доступ, исправление, удаление, ограничение обработки, возражение и переносимость данных",
    "kk": "қол жеткізу, түзету, өшіру, өңдеуді шектеу, қарсылық білдіру және деректерді тасымалдау құқықтары"
   },
   "article": {
    "en": "Art. 13(2)(b); Art. 14(2)(c)",
    "ru": "ст. 13(2)(b); ст. 14(2)(c)",
    "kk": "13(2)(b)-бап; 14(2)(c)-бап"
   },
   "basis": "EU-09 ✅",
   "severity": "error",
   "kinds": [
    "rights"
   ],
   "position": "rights",
   "heading": {
    "en": "Your rights",
    "ru": "Ваши права",
    "kk": "Сіздің құқықтарыңыз"
   },
   "placeholder": {
    "en": "[List the rights of access, rectification, erasure, restriction, objection and portability]",
    "ru": "[Перечислите права на доступ, исправление, удаление, ограничение, возражение и переносимость]",
    "kk": "[Қол жеткізу, түзету, өшіру, шектеу, қарсылық білдіру және тасымалдау құқықтарын тізіп жазыңыз]"
   },
   "clause": "gdpr.rights"
  },
  {
   "id": "withdraw-consent",
   "name": {
    "en": "the right to withdraw consent at any time",
    "ru": "право в любой момент отозвать согласие",
    "kk": "келісімді кез келген уақытта кері қайтарып алу құқығы"
   },
   "article": {
    "en": "Art. 13(2)(c); Art. 14(2)(d)",
    "ru": "ст. 13(2)(c); ст. 14(2)(d)",
    "kk": "13(2)(c)-бап; 14(2)(d)-бап"
   },
   "basis": "EU-10 ✅",
   "severity": "warning",
   "applies": "when-mentioned",
   "condition": {
    "en": "when processing is based on consent",
    "ru": "когда обработка основана на согласии",
    "kk": "өңдеу келісімге негізделген кезде"
   },
   "triggers": {
    "en": [
     "consent",
     "consents"
    ],
    "ru": [
     "согласи*"
    ],
    "kk": [
     "келісімі*",
     "келісімін*",
     "келісім бер*",
     "келісімді",
     "келісімге",
     "келісім негізінде"
    ]
   },
   "kinds": [
    "consent_withdrawal"
   ],
   "position": "consent_withdrawal",
   "heading": {
    "en": "Withdrawing your consent",
    "ru": "Отзыв согласия",
    "kk": "Келісімді кері қайтарып алу"
   },
   "placeholder": {
    "en": "[Say that consent may be withdrawn at any time, how, and that earlier processing stays lawful]",
    "ru": "[Укажите, что согласие можно отозвать в любой момент, как это сделать и что прежняя обработка остаётся законной]",
    "kk": "[Келісімді кез келген уақытта қалай кері қайтаруға болатынын және бұрынғы өңдеудің заңды болып қалатынын көрсетіңіз]"
   },
   "clause": "gdpr.withdraw-consent"
  },
  {
   "id": "complaint",
   "name": {
    "en": "the right to lodge a complaint with a supervisory authority",
    "ru": "право подать жалобу в надзорный орган",
    "kk": "қадағалау органына шағым беру құқығы"
   },
   "article": {
    "en": "Art. 13(2)(d); Art. 14(2)(e)",
    "ru": "ст. 13(2)(d); ст. 14(2)(e)",
    "kk": "13(2)(d)-бап; 14(2)(e)-бап"
   },
   "basis": "EU-11 ✅",
   "severity": "error",
   "kinds": [
    "complaints"
   ],
   "phrases": {
    "en": [
     "supervisory authority",
     "lodge a complaint",
     "file a complaint",
     "data protection authority"
    ],
    "ru": [
     "надзорн* орган*",
     "подать жалобу",
     "орган* по защите данных"
    ],
    "kk": [
     "қадағалау орган*",
     "шағым беру*"
    ]
   },
   "position": "complaints",
   "heading": {
    "en": "Complaints to a supervisory authority",
    "ru": "Жалоба в надзорный орган",
    "kk": "Қадағалау органына шағым"
   },
   "placeholder": {
    "en": "[Name the supervisory authority and how to lodge a complaint with it]",
    "ru": "[Назовите надзорный орган и как подать ему жалобу]",
    "kk": "[Қадағалау органын және оған шағымды қалай беруге болатынын атаңыз]"
   },
   "clause": "gdpr.complaint"
  },
  {
   "id": "statutory-requirement",
   "name": {
    "en": "whether providing the data is required, and what follows from not providing them",
    "ru": "обязательно ли предоставление данных и последствия отказа",
    "kk": "деректерді беру міндетті ме және бермеудің салдары"
   },
   "article": {
    "en": "Art. 13(2)(e)",
    "ru": "ст. 13(2)(e)",
    "kk": "13(2)(e)-бап"
   },
   "basis": "EU-12 ✅",
   "severity": "warning",
   "kinds": [
    "statutory_requirement"
   ],
   "position": "statutory_requirement",
   "heading": {
    "en": "Is providing your data required?",
    "ru": "Обязательно ли предоставлять данные",
    "kk": "Деректерді беру міндетті ме"
   },
   "placeholder": {
    "en": "[Say whether the data are a statutory or contractual requirement and what happens without them]",
    "ru": "[Укажите, требуются ли данные по закону или договору и что будет без них]",
    "kk": "[Деректер заң немесе шарт бойынша талап етіле ме және оларсыз не болатынын көрсетіңіз]"
   },
   "clause": "gdpr.statutory-requirement"
  },
  {
   "id": "source",
   "name": {
    "en": "the source of the personal data",
    "ru": "источник получения персональных данных",
    "kk": "дербес деректердің көзі"
   },
   "article": {
    "en": "Art. 14(2)(f)",
    "ru": "ст. 14(2)(f)",
    "kk": "14(2)(f)-бап"
   },
   "basis": "EU-13 ✅",
   "severity": "warning",
   "applies": "when-mentioned",
   "condition": {
    "en": "when personal data are obtained from someone other than the data subject (Art. 14)",
    "ru": "когда персональные данные получены не от субъекта (ст. 14)",
    "kk": "дербес деректер субъектінің өзінен алынбаған кезде (14-бап)"
   },
   "triggers": {
    "en": [
     "from third parties",
     "from our partners",
     "from partners",
     "from publicly available sources",
     "from public sources",
     "credit bureau*",
     "from other sources",
     "data brokers",
     "not collected from you",
     "not obtained from you",
     "not provided by you"
    ],
    "ru": [
     "от третьих лиц",
     "от партнеров",
     "от наших партнеров",
     "из общедоступных источников",
     "кредитн* бюро",
     "из других источников",
     "получен* не от вас",
     "получен* не от субъекта",
     "не от субъекта"
    ],
    "kk": [
     "үшінші тұлғалардан",
     "серіктестерден",
     "жалпыға қолжетімді көздерден",
     "кредиттік бюро*",
     "басқа көздерден",
     "сізден алынбаған",
     "өзінен алынбаған"
    ]
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
    "en": "[Name the source of the data, and whether it is publicly accessible]",
    "ru": "[Назовите источник данных и является ли он общедоступным]",
    "kk": "[Деректердің көзін және оның жалпыға қолжетімді екенін не емесін атаңыз]"
   },
   "clause": "gdpr.source"
  },
  {
   "id": "automated-decisions",
   "name": {
    "en": "any automated decision-making, including profiling, its logic and consequences",
    "ru": "автоматизированное принятие решений, включая профилирование, его логика и последствия",
    "kk": "шешімдерді автоматтандырылған түрде қабылдау (профильдеуді қоса), оның логикасы мен салдары"
   },
   "article": {
    "en": "Art. 13(2)(f); Art. 14(2)(g)",
    "ru": "ст. 13(2)(f); ст. 14(2)(g)",
    "kk": "13(2)(f)-бап; 14(2)(g)-бап"
   },
   "basis": "EU-14 ✅",
   "severity": "warning",
   "applies": "when-mentioned",
   "condition": {
    "en": "if decisions about the subject are taken solely by automated means (Art. 22)",
    "ru": "если решения в отношении субъекта принимаются исключительно автоматически (ст. 22)",
    "kk": "егер субъект туралы шешімдер тек автоматты түрде қабылданса (22-бап)"
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
    "en": "Automated decision-making and profiling",
    "ru": "Автоматизированное принятие решений",
    "kk": "Автоматтандырылған шешімдер"
   },
   "placeholder": {
    "en": "[Describe the logic involved and the significance and consequences for the subject]",
    "ru": "[Опишите используемую логику, значение и последствия для субъекта]",
    "kk": "[Қолданылатын логиканы, оның субъект үшін маңызы мен салдарын сипаттаңыз]"
   },
   "clause": "gdpr.automated-decisions"
  },
  {
   "id": "further-processing",
   "name": {
    "en": "informing the subject before data are processed for a new purpose",
    "ru": "информирование субъекта до обработки данных в новой цели",
    "kk": "деректерді жаңа мақсатта өңдеу алдында субъектіні хабардар ету"
   },
   "article": {
    "en": "Art. 13(3); Art. 14(4)",
    "ru": "ст. 13(3); ст. 14(4)",
    "kk": "13(3)-бап; 14(4)-бап"
   },
   "basis": "EU-15 ✅",
   "severity": "info",
   "applies": "duty",
   "position": "purposes",
   "clause": "gdpr.further-processing"
  },
  {
   "id": "timing",
   "name": {
    "en": "giving the information within a month when data are not obtained from the subject",
    "ru": "предоставление сведений в течение месяца, если данные получены не от субъекта",
    "kk": "деректер субъектінің өзінен алынбаса, мәліметтерді бір ай ішінде беру"
   },
   "article": {
    "en": "Art. 14(3)",
    "ru": "ст. 14(3)",
    "kk": "14(3)-бап"
   },
   "basis": "EU-16 ✅",
   "severity": "info",
   "applies": "duty",
   "position": "sources",
   "clause": "gdpr.timing"
  }
 ]
};
export default data;
