// Generated from server/src/engine/extract/vocabulary/periods.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { PhraseFamilyFile } from '../extract/vocabulary/types.js';

const data: PhraseFamilyFile = {
  "period-genitive-before": {
    "about": "Words right before a retention statement's period that put it in the genitive, when the period is rewritten to another value («не менее трех лет» → «не менее пяти лет»).",
    "ru": [
      "в течение",
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
  "period-genitive-before-fact": {
    "about": "Words right before a period that put it in the genitive, when a language version's period is brought in line with the primary version's. Kept apart from `period-genitive-before`: the two lists differ today (this one has «срок», «сроком», «период»), and joining them would change fixes.",
    "ru": ["течение","менее","более","свыше","до","сроком","истечении","после","период","срок"],
  },
};
export default data;
