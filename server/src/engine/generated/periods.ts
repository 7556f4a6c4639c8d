// Generated from server/src/engine/extract/vocabulary/periods.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { PhraseFamilyFile } from '../extract/vocabulary/types.js';

const data: PhraseFamilyFile = {
  "period-genitive-before": {
    "about": "Words right before a period that put it in the genitive, when a fix rewrites it to another value («не менее трех лет» → «не менее пяти лет»): a retention statement brought in line, or a language version's period made the primary's. After «срок», «сроком», «на период» the period stays in the nominative («сроком три года»).",
    "ru": [
      "в течение",
      "на протяжении",
      "не менее|более|меньше|больше|свыше",
      "свыше",
      "более",
      "менее",
      "до",
      "от",
      "после",
      "истечении",
      "срока",
    ],
  },
};
export default data;
