// Generated from server/src/engine/extract/vocabulary/instruments.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { PhraseFamilyFile } from '../extract/vocabulary/types.js';

const data: PhraseFamilyFile = {
  "privacy-shield": {
    "about": "The EU-US Privacy Shield, invalidated by the Court of Justice of the EU on 16 July 2020 (C-311/18, Schrems II): a US-only instrument no longer valid as a basis of transfer",
    "en": ["privacy shield"],
    "ru": ["щит конфиденциальности","privacy shield"],
    "kk": ["privacy shield"],
    "any": ["privacy shield","datenschutzschild","bouclier de protection des données"],
  },
  "safe-harbor": {
    "about": "The Safe Harbor principles, invalidated by the Court of Justice of the EU on 6 October 2015 (C-362/14, Schrems I)",
    "en": [
      "safe harbor|harbour principles|framework|certification",
      "us-eu safe harbor|harbour",
      "eu-us safe harbor|harbour",
    ],
    "ru": ["принцип* безопасн* гаван*"],
  },
  "instrument-invalid-words": {
    "about": "A sentence that says the instrument is no longer valid speaks of it rightly",
    "en": ["invalid*","no longer","annulled","struck down","replaced","former*","previously"],
    "ru": ["недействительн*","больше не","отменен*","признан*","ранее"],
    "kk": ["жарамсыз","күшін жойған","бұрын"],
    "any": ["ungültig","für ungültig","invalidé"],
  },
};
export default data;
