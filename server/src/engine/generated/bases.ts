// Generated from server/src/engine/extract/vocabulary/bases.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { PhraseFamilyFile } from '../extract/vocabulary/types.js';

const data: PhraseFamilyFile = {
  "basis-ground": {
    "about": "A ground named as the basis of processing: the subject's consent (under Law 94-V the basis by default, Art. 7 p.1), a case in which no consent is needed (Art. 9), a contract, a legal obligation, a legitimate, vital or public interest. A heading \"Legal basis\" over a sentence that only says processing follows the law names none.",
    "en": [
      "consent*",
      "without ** consent",
      "contract*",
      "legitimate interest*",
      "vital interest*",
      "public interest*",
      "legal obligation*",
      "obligation* imposed ** by law",
      "article 6|9",
      "art. 6|9",
      "art.6|9",
    ],
    "ru": [
      "согласи*",
      "без согласия",
      "договор*",
      "законн* интерес*",
      "жизненно важн* интерес*",
      "публичн* интерес*",
      "обществен* интерес*",
      "обязанност* ** возложенн* ** закон*",
      "статьи|статьей|статье 6|9",
      "ст. 6|9",
      "ст.6|9",
    ],
    "kk": [
      "келісім*",
      "келісімінсіз",
      "шарт*",
      "заңды мүдде*",
      "өмірлік маңызды мүдде*",
      "қоғамдық мүдде*",
      "9-баб*|9-бап*",
      "9 баб*|бап*",
    ],
  },
  "basis-of-others": {
    "about": "A legal basis demanded of someone else, not the operator's own: a platform telling its customers that they need a lawful basis or consent for the data they collect through it (\"customers are responsible for having a lawful basis\", «пользователь должен иметь законное основание»). Such a sentence states no basis of the operator's processing.",
    "en": [
      "user*|customer*|client*|merchant*|partner*|seller*|advertiser*|subscriber*|you must|shall|should have ** basis|bases|ground*",
      "user*|customer*|client*|merchant*|partner*|seller*|advertiser*|subscriber*|you must|shall|should obtain|ensure|establish ** basis|bases|ground*",
      "user*|customer*|client*|merchant*|partner*|seller*|advertiser*|subscriber*|you must|shall|should * have|obtain|ensure ** basis|bases|ground*",
      "user*|customer*|client*|merchant*|partner*|seller*|advertiser*|subscriber*|you are|is responsible for ** basis|bases|ground*",
      "user*|customer*|client*|merchant*|partner*|seller*|advertiser*|subscriber*|you are|is * responsible for ** basis|bases|ground*",
      "user*|customer*|client*|merchant*|partner*|seller*|advertiser*|subscriber*|you are|is required to have|obtain ** basis|bases|ground*",
      "responsibility of the user|customer|client|merchant|partner to have|obtain|ensure ** basis|bases|ground*",
      "user*|customer*|client*|merchant*|partner*|seller*|advertiser*|subscriber*|you warrant*|represent*|confirm* that ** have ** basis|bases|ground*",
    ],
    "ru": [
      "пользовател*|клиент*|заказчик*|партнер*|продав*|мерчант* должен|должна|должны|обязан|обязана|обязаны иметь|получить|обеспечить ** основани*",
      "пользовател*|клиент*|заказчик*|партнер*|продав*|мерчант* ** отвеча*|несет|несут ответственность за наличие ** основани*",
      "пользовател*|клиент*|заказчик*|партнер*|продав*|мерчант* ** отвеча* за наличие ** основани*",
      "пользовател*|клиент*|заказчик*|партнер*|продав*|мерчант* ** гарантиру*|подтвержда* ** наличие ** основани*",
      "вы должны|обязаны иметь|получить|обеспечить ** основани*",
    ],
    "kk": [
      "негізге ** ** ие болуы тиіс|қажет|міндетті",
      "пайдаланушы*|клиент*|серіктес* ** негіздің болуына жауапты",
    ],
  },
};
export default data;
