// Generated from server/src/engine/extract/vocabulary/dates.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { PhraseFamilyFile } from '../extract/vocabulary/types.js';

const data: PhraseFamilyFile = {
 "policy-date-label": {"about":"A label next to a date that makes it the policy's own date (\"Last updated\", «Редакция от», «Күшіне енді»).","en":["last updated","last revised","last modified","updated on","updated as of","effective date","effective as of","effective from","effective on","effective","in effect from","version","revision","approved","last update"],"ru":["дата последнего обновления","последн* обновлени*","последн* редакци*","обновлен*","редакци* от","действует с","вступает в силу","вступления в силу","вступила в силу","утвержден*","верси*","редакция*"],"kk":["жаңартыл*","редакция*","күшіне ен*","бекітіл*","нұсқа*","соңғы жаңарту"]},
 "month-name": {"about":"Month names as dates write them («1 декабря 2026», \"December 1, 2026\", «2026 жылғы 19 ақпан»).","en":["january","february","march","april","may","june","july","august","september","october","november","december","jan","feb","mar","apr","jun","jul","aug","sep","sept","oct","nov","dec"],"ru":["января","февраля","марта","апреля","мая","июня","июля","августа","сентября","октября","ноября","декабря"],"kk":["қаңтар*","ақпан*","наурыз*","сәуір*","мамыр*","маусым*","шілде*","тамыз*","қыркүйек*","қазан*","қараша*","желтоқсан*"]},
};
export default data;
