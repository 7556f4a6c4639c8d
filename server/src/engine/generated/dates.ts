// Generated from server/src/engine/extract/vocabulary/dates.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { PhraseFamilyFile } from '../extract/vocabulary/types.js';

const data: PhraseFamilyFile = {
  "month-01": {
    "about": "January",
    "en": ["January","jan"],
    "ru": ["января","январ*"],
    "kk": ["қаңтар","қаңтар*"],
  },
  "month-02": {
    "about": "February",
    "en": ["February","feb"],
    "ru": ["февраля","феврал*"],
    "kk": ["ақпан","ақпан*"],
  },
  "month-03": {
    "about": "March",
    "en": ["March","mar"],
    "ru": ["марта","март*"],
    "kk": ["наурыз","наурыз*"],
  },
  "month-04": {
    "about": "April",
    "en": ["April","apr"],
    "ru": ["апреля","апрел*"],
    "kk": ["сәуір","сәуір*"],
  },
  "month-05": {"about":"May","en":["May"],"ru":["мая","май","мае"],"kk":["мамыр","мамыр*"]},
  "month-06": {"about":"June","en":["June","jun"],"ru":["июня","июн*"],"kk":["маусым","маусым*"]},
  "month-07": {"about":"July","en":["July","jul"],"ru":["июля","июл*"],"kk":["шілде","шілде*"]},
  "month-08": {
    "about": "August",
    "en": ["August","aug"],
    "ru": ["августа","август*"],
    "kk": ["тамыз","тамыз*"],
  },
  "month-09": {
    "about": "September",
    "en": ["September","sept","sep"],
    "ru": ["сентября","сентябр*"],
    "kk": ["қыркүйек","қыркүйек*"],
  },
  "month-10": {
    "about": "October",
    "en": ["October","oct"],
    "ru": ["октября","октябр*"],
    "kk": ["қазан","қазан*"],
  },
  "month-11": {
    "about": "November",
    "en": ["November","nov"],
    "ru": ["ноября","ноябр*"],
    "kk": ["қараша","қараша*"],
  },
  "month-12": {
    "about": "December",
    "en": ["December","dec"],
    "ru": ["декабря","декабр*"],
    "kk": ["желтоқсан","желтоқсан*"],
  },
  "date-year-words": {
    "about": "words after the year («2024 г.», «2024 года», «2024 ж.», «2024 жылғы»); a full stop after «г»/«ж» is grammar",
    "ru": ["г","гг","года","год"],
    "kk": ["ж","жылғы","жылы","жыл"],
  },
  "date-day-words": {
    "about": "what may stand between the day and the month: the ordinal ending of English days (19th) and «of» (19th of May)",
    "en": ["of"],
  },
  "date-ordinal-endings": {
    "about": "endings written right after an English day number (1st, 2nd, 3rd, 19th)",
    "en": ["st","nd","rd","th"],
  },
  "date-update-labels": {
    "about": "words that make a date near them the policy's own (last updated, in force from), not the date of a law it cites",
    "en": [
      "last updated|revised|modified",
      "last update",
      "updated on",
      "updated as of",
      "effective date",
      "effective as of|from|on",
      "effective",
      "in effect from",
      "version",
      "revision",
      "approved",
    ],
    "ru": [
      "дата последнего обновления",
      "последн* обновлени*|редакци*",
      "обновлен*",
      "редакци* от",
      "редакция*",
      "действует с",
      "вступает в силу",
      "вступила в силу",
      "вступления в силу",
      "утвержден*",
      "верси*",
    ],
    "kk": ["жаңартыл*","соңғы жаңарту","редакция*","күшіне ен*","бекітіл*","нұсқа*"],
  },
};
export default data;
