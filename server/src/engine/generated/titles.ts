// Generated from server/src/engine/extract/vocabulary/titles.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { PhraseFamilyFile } from '../extract/vocabulary/types.js';

const data: PhraseFamilyFile = {
  "policy-title": {
    "about": "The name of a privacy policy, in a heading (\"Privacy Notice\", «Политика конфиденциальности», «Құпиялылық саясаты»).",
    "en": [
      "privacy policy|notice|statement",
      "personal data policy|notice|statement",
      "personal data protection|processing|privacy policy|notice|statement",
      "data protection policy|notice|statement",
      "cookie policy|notice|statement",
    ],
    "ru": [
      "политика конфиденциальности",
      "положение об|о обработке|защите персональных данных",
      "положение обработке|защите персональных данных",
      "уведомление о конфиденциальности",
    ],
    "kk": [
      "құпиялылық|құпиялық саясаты",
      "дербес деректер* өңдеу|қорғау саясаты",
      "дербес деректер* өңдеу|қорғау жөніндегі саясаты",
    ],
  },
  "policy-title-opening": {
    "about": "The opening of a Russian policy's name that goes on to say what is processed or protected («Политика обработки персональных данных», «Политика в отношении обработки …»): a title only with more words after it.",
    "ru": ["политика в отношении обработки","политика обработки","политика защиты"],
  },
  "policy-title-about": {
    "about": "Words before a policy's name that make an English heading about a policy rather than its title (\"Notes on the privacy policy\", \"How to read the privacy notice\").",
    "en": [
      "on",
      "about",
      "regarding",
      "to",
      "for",
      "with",
      "in",
      "from",
      "how",
      "why",
      "what",
      "review",
      "comment",
      "comments",
    ],
  },
  "policy-title-this": {
    "about": "Words that open a draft's first sentence by naming the document itself («Настоящая Политика конфиденциальности …», \"This Privacy Policy …\", «Осы Құпиялылық саясаты …»): with a policy's name right after them (and, in English, a verb that says what the policy does), the draft is a policy whatever its heading («Конфиденциальность», \"Personal data protection\").",
    "en": ["this","the present"],
    "ru": ["настоящая","данная"],
    "kk": ["осы"],
  },
  "policy-title-verbs": {
    "about": "What a policy does, right after its name in the opening sentence of an English draft (\"This Privacy Policy describes …\"): without one (or a bracket or comma), \"This privacy policy linter\" names something else.",
    "en": [
      "describes",
      "explains",
      "sets out",
      "applies",
      "governs",
      "defines",
      "determines",
      "establishes",
      "regulates",
      "outlines",
      "informs",
      "is drawn up",
      "has been drawn up",
      "was drawn up",
    ],
  },
  "policy-title-bare": {
    "about": "A heading of one word for privacy, the whole heading («Конфиденциальность», «Құпиялылық», \"Privacy\"): a policy's title only when the text right below it speaks of personal data (`policy-title-bare-topic`) and not of an agreement between parties (`policy-title-bare-not`).",
    "en": ["privacy"],
    "ru": ["конфиденциальность"],
    "kk": ["құпиялылық"],
  },
  "policy-title-bare-topic": {
    "about": "Words that make a text under a bare «Конфиденциальность» / \"Privacy\" heading a privacy policy: it speaks of personal data.",
    "en": ["personal data","personal information","personally identifiable information"],
    "ru": ["персональн* данн*","персональн* информаци*","персонифицированн* информаци*"],
    "kk": ["дербес деректер*","жеке деректер*","дербес ақпарат*"],
  },
  "policy-title-bare-not": {
    "about": "Words of an agreement between parties (a non-disclosure agreement is also headed «Конфиденциальность»): with them, a bare heading does not make a policy.",
    "en": ["the parties","this agreement","non-disclosure"],
    "ru": ["стороны","сторон","настоящее соглашение","настоящего соглашения","неразглашени*"],
    "kk": ["тараптар*","осы келісім*","жария етпеу*"],
  },
};
export default data;
