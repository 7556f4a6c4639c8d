// Generated from server/src/engine/profiles/kz.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { ProfileFile } from '../profiles/types.js';

const data: ProfileFile = {
 "id": "kz",
 "law": {
  "en": "Law 94-V",
  "ru": "Закон № 94-V",
  "kk": "№ 94-V Заң"
 },
 "title": {
  "en": "Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V \"On Personal Data and Their Protection\"",
  "ru": "Закон Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите»",
  "kk": "Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V «Дербес деректер және оларды қорғау туралы» Заңы"
 },
 "checked": "2026-11",
 "source": "shared/law/requirements.md §A.1: the adilet text of Law 94-V as amended up to Law No. 256-VIII of 09.01.2026",
 "order": [
  "general",
  "definitions",
  "data_categories",
  "sources",
  "purposes",
  "legal_basis",
  "consent",
  "recipients",
  "cross_border",
  "public_dissemination",
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
  "controller",
  "annex"
 ],
 "items": [
  {
   "id": "operator",
   "name": {
    "en": "the operator's name",
    "ru": "наименование оператора",
    "kk": "оператордың атауы"
   },
   "article": {
    "en": "Art. 8 p.4 sub-para 1",
    "ru": "пп. 1 п. 4 ст. 8",
    "kk": "8-баптың 4-тармағының 1) тармақшасы"
   },
   "basis": "KZ-02 ✅",
   "severity": "error",
   "kinds": [
    "controller"
   ],
   "facts": [
    "legal-entity",
    "bin"
   ],
   "position": "general",
   "heading": {
    "en": "Operator",
    "ru": "Оператор",
    "kk": "Оператор"
   },
   "placeholder": {
    "en": "[Full name of the operator and its legal form]",
    "ru": "[Полное наименование оператора и его организационно-правовая форма]",
    "kk": "[Оператордың толық атауы және ұйымдық-құқықтық нысаны]"
   },
   "clause": "kz.operator"
  },
  {
   "id": "operator-bin",
   "name": {
    "en": "the operator's business identification number (BIN)",
    "ru": "бизнес-идентификационный номер (БИН) оператора",
    "kk": "оператордың бизнес-сәйкестендіру нөмірі (БСН)"
   },
   "article": {
    "en": "Art. 8 p.4 sub-para 1",
    "ru": "пп. 1 п. 4 ст. 8",
    "kk": "8-баптың 4-тармағының 1) тармақшасы"
   },
   "basis": "KZ-02 ✅",
   "severity": "info",
   "facts": [
    "bin"
   ],
   "headings": {
    "en": [
     "operator details",
     "company details",
     "details of the operator"
    ],
    "ru": [
     "реквизиты",
     "реквизиты оператора"
    ],
    "kk": [
     "деректемелер*",
     "оператордың деректемелері"
    ]
   },
   "position": "general",
   "heading": {
    "en": "Operator details",
    "ru": "Реквизиты оператора",
    "kk": "Оператордың деректемелері"
   },
   "placeholder": {
    "en": "[Full name of the operator], BIN [12 digits], [registered address].",
    "ru": "[Полное наименование оператора], БИН [12 цифр], [юридический адрес].",
    "kk": "[Оператордың толық атауы], БСН [12 цифр], [заңды мекенжайы]."
   },
   "clause": "kz.operator-bin"
  },
  {
   "id": "contacts",
   "name": {
    "en": "how to contact the operator (e-mail, phone or postal address)",
    "ru": "контактные данные оператора (электронная почта, телефон или почтовый адрес)",
    "kk": "оператормен байланысу тәсілі (электрондық пошта, телефон немесе пошта мекенжайы)"
   },
   "basis": "KZ-02: contacts are not named in the Law; requests to the operator (Art. 10 p.2) need them",
   "severity": "warning",
   "facts": [
    "email",
    "phone",
    "postal-address"
   ],
   "headings": {
    "en": [
     "contacts",
     "contact information",
     "contact details",
     "contact us",
     "how to contact us",
     "address and contacts"
    ],
    "ru": [
     "контакты",
     "контактная информация",
     "контактные данные",
     "как с нами связаться",
     "адрес и контакты"
    ],
    "kk": [
     "байланыс ақпарат*",
     "байланыс деректер*",
     "байланыс дерегі",
     "бізбен байланыс"
    ]
   },
   "position": "controller",
   "heading": {
    "en": "Contact information",
    "ru": "Контактная информация",
    "kk": "Байланыс ақпараты"
   },
   "placeholder": {
    "en": "[E-mail address, phone number and postal address of the operator]",
    "ru": "[Адрес электронной почты, телефон и почтовый адрес оператора]",
    "kk": "[Оператордың электрондық поштасы, телефоны және пошта мекенжайы]"
   },
   "clause": "kz.contacts"
  },
  {
   "id": "data-list",
   "name": {
    "en": "the list of personal data collected",
    "ru": "перечень собираемых персональных данных",
    "kk": "жиналатын дербес деректердің тізбесі"
   },
   "article": {
    "en": "Art. 8 p.4 sub-para 7; Art. 24 p.1 sub-para 1",
    "ru": "пп. 7 п. 4 ст. 8; пп. 1 п. 1 ст. 24",
    "kk": "8-баптың 4-тармағының 7) тармақшасы; 24-баптың 1-тармағының 1) тармақшасы"
   },
   "basis": "KZ-03 ✅",
   "severity": "error",
   "kinds": [
    "data_categories"
   ],
   "position": "data_categories",
   "heading": {
    "en": "Personal data we collect",
    "ru": "Перечень собираемых персональных данных",
    "kk": "Жиналатын дербес деректер тізбесі"
   },
   "placeholder": {
    "en": "[List the personal data collected, for each category of data subjects]",
    "ru": "[Перечислите собираемые персональные данные по каждой категории субъектов]",
    "kk": "[Субъектілердің әр санаты бойынша жиналатын дербес деректерді тізіп жазыңыз]"
   },
   "clause": "kz.data-list"
  },
  {
   "id": "purposes",
   "name": {
    "en": "the purposes of collecting and processing personal data",
    "ru": "цели сбора и обработки персональных данных",
    "kk": "дербес деректерді жинау және өңдеу мақсаттары"
   },
   "article": {
    "en": "Art. 7 p.8; Art. 24 p.1 sub-para 1",
    "ru": "п. 8 ст. 7; пп. 1 п. 1 ст. 24",
    "kk": "7-баптың 8-тармағы; 24-баптың 1-тармағының 1) тармақшасы"
   },
   "basis": "KZ-04 ✅",
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
    "en": "[State each specific, lawful purpose of collecting the personal data]",
    "ru": "[Укажите каждую конкретную законную цель сбора персональных данных]",
    "kk": "[Дербес деректерді жинаудың әрбір нақты әрі заңды мақсатын көрсетіңіз]"
   },
   "clause": "kz.purposes"
  },
  {
   "id": "consent-term",
   "name": {
    "en": "the term for which consent is valid",
    "ru": "срок действия согласия",
    "kk": "келісімнің қолданылу мерзімі"
   },
   "article": {
    "en": "Art. 8 p.4 sub-para 3; Art. 8 p.5",
    "ru": "пп. 3 п. 4 ст. 8; п. 5 ст. 8",
    "kk": "8-баптың 4-тармағының 3) тармақшасы; 8-баптың 5-тармағы"
   },
   "basis": "KZ-07 ✅",
   "severity": "warning",
   "phrases": {
    "en": [
     "consent is valid",
     "consent ** is valid",
     "consent is granted for",
     "consent is given for",
     "consent ** remains valid",
     "consent ** valid until",
     "consent ** valid for",
     "validity of ** consent",
     "term of ** consent",
     "consent ** remain* in force",
     "consent ** in force until",
     "period of validity of ** consent"
    ],
    "ru": [
     "срок действия ** согласия",
     "согласие действует",
     "согласие ** действует",
     "согласие ** предоставляется на ** срок",
     "согласие ** дается на ** срок",
     "согласие ** действительно",
     "согласие ** предоставляется на весь",
     "согласие ** предоставлено на"
    ],
    "kk": [
     "келісімнің қолданылу мерзімі",
     "келісім ** қолданылады",
     "келісім ** мерзімге беріледі",
     "келісім ** күшінде болады",
     "келісімнің ** мерзімі",
     "келісім ** дейін қолданылады",
     "келісім ** жарамды",
     "жеткізілгенге дейін ** қолданылады",
     "алынғанға дейін қолданылады"
    ]
   },
   "position": "consent",
   "heading": {
    "en": "Validity of consent",
    "ru": "Срок действия согласия",
    "kk": "Келісімнің қолданылу мерзімі"
   },
   "placeholder": {
    "en": "[State the period for which the subject's consent is given]",
    "ru": "[Укажите срок, на который субъект дает согласие]",
    "kk": "[Субъект келісімді қандай мерзімге беретінін көрсетіңіз]"
   },
   "clause": "kz.consent-term"
  },
  {
   "id": "third-parties",
   "name": {
    "en": "whether personal data are transferred to third parties",
    "ru": "передаются ли персональные данные третьим лицам",
    "kk": "дербес деректер үшінші тұлғаларға беріле ме"
   },
   "article": {
    "en": "Art. 8 p.4 sub-para 4",
    "ru": "пп. 4 п. 4 ст. 8",
    "kk": "8-баптың 4-тармағының 4) тармақшасы"
   },
   "basis": "KZ-11 ✅",
   "severity": "warning",
   "kinds": [
    "recipients"
   ],
   "position": "recipients",
   "heading": {
    "en": "Transfer to third parties",
    "ru": "Передача персональных данных третьим лицам",
    "kk": "Дербес деректерді үшінші тұлғаларға беру"
   },
   "placeholder": {
    "en": "[State whether personal data are passed on, to whom, and on what grounds]",
    "ru": "[Укажите, передаются ли персональные данные, кому и на каком основании]",
    "kk": "[Дербес деректердің берілетінін, кімге және қандай негізде берілетінін көрсетіңіз]"
   },
   "clause": "kz.third-parties"
  },
  {
   "id": "cross-border",
   "name": {
    "en": "whether personal data are transferred across the border",
    "ru": "осуществляется ли трансграничная передача персональных данных",
    "kk": "дербес деректер трансшекаралық беріле ме"
   },
   "article": {
    "en": "Art. 8 p.4 sub-para 5; Art. 16",
    "ru": "пп. 5 п. 4 ст. 8; ст. 16",
    "kk": "8-баптың 4-тармағының 5) тармақшасы; 16-бап"
   },
   "basis": "KZ-12 ✅",
   "severity": "warning",
   "kinds": [
    "cross_border"
   ],
   "position": "cross_border",
   "heading": {
    "en": "Cross-border transfer of personal data",
    "ru": "Трансграничная передача персональных данных",
    "kk": "Дербес деректерді трансшекаралық беру"
   },
   "placeholder": {
    "en": "[State whether personal data leave Kazakhstan and, if so, to which states and on what grounds]",
    "ru": "[Укажите, передаются ли данные за пределы Казахстана, в какие государства и на каком основании]",
    "kk": "[Деректердің Қазақстаннан тыс жерге берілетінін, қай мемлекеттерге және қандай негізде берілетінін көрсетіңіз]"
   },
   "clause": "kz.cross-border"
  },
  {
   "id": "public-sources",
   "name": {
    "en": "whether personal data are published in publicly available sources",
    "ru": "распространяются ли персональные данные в общедоступных источниках",
    "kk": "дербес деректер жалпыға қолжетімді көздерде тарала ма"
   },
   "article": {
    "en": "Art. 8 p.4 sub-para 6",
    "ru": "пп. 6 п. 4 ст. 8",
    "kk": "8-баптың 4-тармағының 6) тармақшасы"
   },
   "basis": "KZ-13 ✅",
   "severity": "warning",
   "kinds": [
    "public_dissemination"
   ],
   "position": "public_dissemination",
   "heading": {
    "en": "Publication in publicly available sources",
    "ru": "Распространение в общедоступных источниках",
    "kk": "Жалпыға қолжетімді көздерде тарату"
   },
   "placeholder": {
    "en": "[State whether any personal data will be made public, and which]",
    "ru": "[Укажите, будут ли какие-либо персональные данные опубликованы, и какие]",
    "kk": "[Қандай да бір дербес деректер жарияланатынын және қайсысы екенін көрсетіңіз]"
   },
   "clause": "kz.public-sources"
  },
  {
   "id": "retention",
   "name": {
    "en": "the retention (storage) period of personal data",
    "ru": "сроки хранения персональных данных",
    "kk": "дербес деректерді сақтау мерзімдері"
   },
   "article": {
    "en": "Art. 12 p.2; Art. 24 p.1 sub-para 1",
    "ru": "п. 2 ст. 12; пп. 1 п. 1 ст. 24",
    "kk": "12-баптың 2-тармағы; 24-баптың 1-тармағының 1) тармақшасы"
   },
   "basis": "KZ-09 ✅",
   "severity": "error",
   "kinds": [
    "retention"
   ],
   "deferTo": "retention-missing",
   "position": "retention",
   "heading": {
    "en": "Retention period",
    "ru": "Сроки хранения персональных данных",
    "kk": "Дербес деректерді сақтау мерзімі"
   },
   "placeholder": {
    "en": "[State how long each category of personal data is kept, or the event that ends it]",
    "ru": "[Укажите, сколько хранится каждая категория персональных данных или какое событие прекращает хранение]",
    "kk": "[Дербес деректердің әр санаты қанша уақыт немесе қандай оқиғаға дейін сақталатынын көрсетіңіз]"
   },
   "clause": "kz.retention"
  },
  {
   "id": "localisation",
   "name": {
    "en": "that personal data are stored in a database located in the Republic of Kazakhstan",
    "ru": "хранение персональных данных в базе, находящейся на территории Республики Казахстан",
    "kk": "дербес деректердің Қазақстан Республикасының аумағындағы базада сақталуы"
   },
   "article": {
    "en": "Art. 12 p.2",
    "ru": "п. 2 ст. 12",
    "kk": "12-баптың 2-тармағы"
   },
   "basis": "KZ-10 ✅",
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
    "en": "[State that the database holding the personal data is located in Kazakhstan]",
    "ru": "[Укажите, что база, содержащая персональные данные, находится в Казахстане]",
    "kk": "[Дербес деректер жинақталған базаның Қазақстанда орналасқанын көрсетіңіз]"
   },
   "clause": "kz.localisation"
  },
  {
   "id": "rights",
   "name": {
    "en": "the data subject's rights",
    "ru": "права субъекта персональных данных",
    "kk": "дербес деректер субъектісінің құқықтары"
   },
   "article": {
    "en": "Art. 24 p.1",
    "ru": "п. 1 ст. 24",
    "kk": "24-баптың 1-тармағы"
   },
   "basis": "KZ-14 ✅",
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
    "en": "[List the subject's rights under Art. 24 of the Law]",
    "ru": "[Перечислите права субъекта по статье 24 Закона]",
    "kk": "[Заңның 24-бабы бойынша субъектінің құқықтарын тізіп жазыңыз]"
   },
   "clause": "kz.rights"
  },
  {
   "id": "consent-withdrawal",
   "name": {
    "en": "the subject's right to withdraw consent",
    "ru": "право субъекта отозвать согласие",
    "kk": "субъектінің келісімді кері қайтарып алу құқығы"
   },
   "article": {
    "en": "Art. 8 p.7; Art. 24 p.1 sub-para 5",
    "ru": "п. 7 ст. 8; пп. 5 п. 1 ст. 24",
    "kk": "8-баптың 7-тармағы; 24-баптың 1-тармағының 5) тармақшасы"
   },
   "basis": "KZ-08 ✅",
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
    "en": "[State how and to whom the subject gives notice, and when processing stops]",
    "ru": "[Укажите, как и кому субъект направляет уведомление и когда прекращается обработка]",
    "kk": "[Субъект хабарламаны қалай және кімге жіберетінін, өңдеу қашан тоқтатылатынын көрсетіңіз]"
   },
   "clause": "kz.consent-withdrawal"
  },
  {
   "id": "requests",
   "name": {
    "en": "how the subject sends requests and when the operator answers them",
    "ru": "порядок направления обращений субъектом и сроки ответа оператора",
    "kk": "субъектінің өтініш жіберу тәртібі және оператордың жауап беру мерзімдері"
   },
   "article": {
    "en": "Art. 10 p.2; Art. 25 p.2 sub-paras 6–9",
    "ru": "п. 2 ст. 10; пп. 6–9 п. 2 ст. 25",
    "kk": "10-баптың 2-тармағы; 25-баптың 2-тармағының 6)–9) тармақшалары"
   },
   "basis": "KZ-15 ✅",
   "severity": "warning",
   "kinds": [
    "requests"
   ],
   "position": "requests",
   "heading": {
    "en": "How to exercise your rights",
    "ru": "Порядок обращения субъекта",
    "kk": "Өтініштер және жауап беру мерзімдері"
   },
   "placeholder": {
    "en": "[State where and in what form the subject writes, and within how many working days the operator answers]",
    "ru": "[Укажите, куда и в какой форме обращается субъект и в течение скольких рабочих дней отвечает оператор]",
    "kk": "[Субъект қайда және қандай нысанда жүгінетінін, оператор неше жұмыс күнінде жауап беретінін көрсетіңіз]"
   },
   "clause": "kz.requests"
  },
  {
   "id": "security",
   "name": {
    "en": "the measures taken to protect personal data",
    "ru": "меры по защите персональных данных",
    "kk": "дербес деректерді қорғау шаралары"
   },
   "article": {
    "en": "Art. 22 p.1–2; Art. 25 p.2 sub-para 2",
    "ru": "пп. 1–2 ст. 22; пп. 2 п. 2 ст. 25",
    "kk": "22-баптың 1–2-тармақтары; 25-баптың 2-тармағының 2) тармақшасы"
   },
   "basis": "KZ-16 ✅",
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
   "clause": "kz.security"
  },
  {
   "id": "responsible-person",
   "name": {
    "en": "the person responsible for organising the processing of personal data",
    "ru": "лицо, ответственное за организацию обработки персональных данных",
    "kk": "дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға"
   },
   "article": {
    "en": "Art. 25 p.2 sub-para 10",
    "ru": "пп. 10 п. 2 ст. 25",
    "kk": "25-баптың 2-тармағының 10) тармақшасы"
   },
   "basis": "KZ-17 ✅",
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
    "en": "[Name or position of the appointed person and how to reach them]",
    "ru": "[ФИО или должность назначенного лица и способ связи с ним]",
    "kk": "[Тағайындалған адамның аты-жөні немесе лауазымы және онымен байланысу тәсілі]"
   },
   "clause": "kz.responsible-person"
  },
  {
   "id": "automated-processing",
   "name": {
    "en": "how automated processing works, what follows from it, and how the subject may object",
    "ru": "порядок и последствия автоматизированной обработки и способ возразить против неё",
    "kk": "автоматтандырылған өңдеудің тәртібі мен салдары және оған қарсылық білдіру тәсілі"
   },
   "article": {
    "en": "Art. 19-1",
    "ru": "ст. 19-1",
    "kk": "19-1-бап"
   },
   "basis": "KZ-19 ✅ (added by Law No. 231-VIII of 17.11.2025)",
   "severity": "info",
   "applies": "when-mentioned",
   "condition": {
    "en": "if the operator takes decisions that affect the subject's rights by automated processing",
    "ru": "если оператор принимает решения, затрагивающие права субъекта, с помощью автоматизированной обработки",
    "kk": "егер оператор субъектінің құқықтарын қозғайтын шешімдерді автоматтандырылған өңдеу арқылы қабылдаса"
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
    "en": "Automated processing",
    "ru": "Автоматизированная обработка персональных данных",
    "kk": "Автоматтандырылған өңдеу"
   },
   "placeholder": {
    "en": "[Explain the procedure and consequences of the automated processing and how the subject may object]",
    "ru": "[Разъясните порядок и последствия автоматизированной обработки и как субъект может возразить]",
    "kk": "[Автоматтандырылған өңдеудің тәртібі мен салдарын және субъект қалай қарсылық білдіре алатынын түсіндіріңіз]"
   },
   "clause": "kz.automated-processing"
  },
  {
   "id": "complaints",
   "name": {
    "en": "how the subject may protect its rights: the authorised body and the courts",
    "ru": "порядок защиты прав субъекта: уполномоченный орган и суд",
    "kk": "субъектінің құқықтарын қорғау тәртібі: уәкілетті орган және сот"
   },
   "article": {
    "en": "Art. 24 p.1 sub-para 7",
    "ru": "пп. 7 п. 1 ст. 24",
    "kk": "24-баптың 1-тармағының 7) тармақшасы"
   },
   "basis": "KZ-21 ✅ (Art. 24 p.1 sub-para 7; Art. 27-1)",
   "severity": "info",
   "kinds": [
    "complaints"
   ],
   "position": "complaints",
   "heading": {
    "en": "Complaints",
    "ru": "Порядок обжалования",
    "kk": "Шағымдану тәртібі"
   },
   "placeholder": {
    "en": "[State where the subject may appeal the operator's actions]",
    "ru": "[Укажите, куда субъект может обжаловать действия оператора]",
    "kk": "[Субъект оператордың әрекеттеріне қайда шағымдана алатынын көрсетіңіз]"
   },
   "clause": "kz.complaints"
  }
 ]
};
export default data;
