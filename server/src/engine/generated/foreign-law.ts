// Generated from server/src/engine/extract/vocabulary/foreign-law.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { PhraseFamilyFile } from '../extract/vocabulary/types.js';

const data: PhraseFamilyFile = {
  "federal-law-words": {
    "about": "«Federal law»: Russia (or another federation) has federal laws, Kazakhstan has none; in a Kazakhstan policy the word is a leftover of a Russian template",
    "en": ["federal law|laws"],
    "ru": ["федеральн* закон*"],
    "kk": ["федералдық заң*"],
  },
  "federation-names": {
    "about": "Federations whose laws are federal laws: a sentence naming one of them speaks of its own law, not of a miscalled Kazakh one",
    "en": [
      "russian federation",
      "russia",
      "united states",
      "usa",
      "u s",
      "germany",
      "german",
      "switzerland",
      "swiss",
      "canada",
      "australia",
      "brazil",
      "india",
    ],
    "ru": [
      "российск* федерац*",
      "рф",
      "россии",
      "сша",
      "соединенн* штат*",
      "германи*",
      "швейцари*",
      "канад*",
    ],
    "kk": ["ресей*","ақш","германия*"],
  },
  "ru-registry-words": {
    "about": "Russian registries and registration numbers that a Kazakhstan operator does not have (ЕГРЮЛ, ОГРН): a leftover of a Russian template",
    "en": ["egrul","egrip","unified state register of legal entities","ogrn","ogrnip"],
    "ru": ["егрюл","егрип","единый государственный реестр юридических лиц","огрн","огрнип"],
  },
  "legitimate-interest": {
    "about": "«Legitimate interest» as a legal basis: a basis of the GDPR (Art. 6(1)(f)); Law 94-V has none such",
    "en": ["legitimate interest|interests"],
    "ru": ["законн* интерес*"],
    "kk": ["заңды мүдде*"],
  },
  "legitimate-interest-standard": {
    "about": "The standard phrase «rights and legitimate interests» of Kazakh and Russian law: protection of interests, not a legal basis",
    "en": [
      "rights and legitimate interests",
      "rights freedoms and legitimate interests",
      "rights, freedoms and legitimate interests",
    ],
    "ru": [
      "прав* и законн* интерес*",
      "прав* свобод* и законн* интерес*",
      "защит* ** законн* интерес*",
    ],
    "kk": [
      "құқықтары мен заңды мүдде*",
      "құқықтарын және заңды мүдде*",
      "құқықтары және заңды мүдде*",
      "құқықтары, бостандықтары және заңды мүдде*",
    ],
  },
  "legitimate-interest-objection": {
    "about": "Words of objecting: «object to processing based on legitimate interest» describes the subject's right to object, not a legal basis the operator relies on. Read in the same clause as «legitimate interest» (code).",
    "en": ["object|objects|objecting|objection|objections"],
    "ru": ["возраж*","возразить"],
    "kk": ["қарсы шығу*","қарсы шыға*","қарсылық*"],
  },
  "legal-basis-words": {
    "about": "Words that present what follows as the legal basis of processing",
    "en": ["legal basis","lawful basis","legal ground|grounds","basis for processing","basis"],
    "ru": ["правов* основани*","законн* основани*","основани*"],
    "kk": ["құқықтық негіз*","негіз*"],
  },
};
export default data;
