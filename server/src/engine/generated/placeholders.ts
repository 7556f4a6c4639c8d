// Generated from server/src/engine/extract/vocabulary/placeholders.yaml by scripts/build-data.mjs: edit the YAML, then run `npm run build:data`.
import type { PhraseFamilyFile } from '../extract/vocabulary/types.js';

const data: PhraseFamilyFile = {
  "drafting-markers": {
    "about": "A note to the drafter written in capitals (\"TODO\", «УТОЧНИТЬ», «ТОЛТЫРУ»): a blank wherever it stands. Matched as written: letter case matters.",
    "en": ["TODO","TBD","TBC","FIXME"],
    "ru": ["УТОЧНИТЬ","ЗАПОЛНИТЬ","ДОПОЛНИТЬ","УКАЗАТЬ","ВСТАВИТЬ"],
    "kk": ["ТОЛТЫРУ","КӨРСЕТУ","НАҚТЫЛАУ"],
  },
  "contact-promise-email": {
    "about": "Words that promise an e-mail address right after them (\"write to us at the e-mail\", «по электронной почте»); at the end of a sentence, an empty contact.",
    "en": [
      "at|to|via|on email|e-mail",
      "at|to|via|on email|e-mail address",
      "at|to|via|on the|our|this email|e-mail",
      "at|to|via|on the|our|this email|e-mail address",
    ],
    "ru": [
      "по электронной почте|почты",
      "по адресу электронной почте|почты",
      "на электронной|электронную почту|почты",
      "на адрес электронной|электронную почту|почты",
      "на email|e-mail",
    ],
  },
  "contact-promise-phone": {
    "about": "Words that promise a phone number right after them (\"call us on the phone number\", «по номеру телефона»).",
    "en": [
      "at|to|on|via phone|telephone",
      "at|to|on|via phone|telephone number",
      "at|to|on|via the|our phone|telephone",
      "at|to|on|via the|our phone|telephone number",
    ],
    "ru": ["по телефону","по номеру","по номеру телефона","на номер","на номер телефона"],
  },
  "contact-promise-address": {
    "about": "Words that promise a postal address right after them (\"write to our registered address\", «по адресу»).",
    "en": [
      "at|to address",
      "at|to postal|registered address",
      "at|to the|our address",
      "at|to the|our postal|registered address",
    ],
    "ru": ["по адресу","на адрес"],
  },
  "contact-promise-label": {
    "about": "The label of a contact detail, followed by a colon and nothing else (\"E-mail:\", «Тел.:», «Мекенжайы:»).",
    "en": [
      "email|e-mail",
      "email|e-mail address",
      "phone",
      "phone number",
      "telephone",
      "tel.",
      "fax",
      "address",
      "website",
    ],
    "ru": [
      "телефон",
      "тел.",
      "email|e-mail",
      "адрес",
      "адрес электронной почты",
      "эл.почта",
      "эл. почта",
      "факс",
      "сайт",
    ],
    "kk": [
      "телефон",
      "телефон нөмірі",
      "email|e-mail",
      "мекенжай|мекенжайы",
      "электрондық пошта",
      "электрондық пошта мекенжайы",
      "сайт",
    ],
  },
  "contact-promise-any": {
    "about": "Words that promise a contact detail of some kind right after them («мекенжайы бойынша», «нөміріне», «поштасына»).",
    "kk": [
      "мекенжай|мекенжайы бойынша",
      "телефон|телефоны бойынша",
      "нөміріне",
      "поштасына",
      "мекенжайына",
    ],
  },
  "contact-promise-by-phone": {
    "about": "A promise of a phone number just before another promise (\"by phone at the email\"): the two together promise a contact and give none.",
    "en": ["by|via phone|telephone","by|via phone|telephone or"],
    "ru": ["по телефону","по телефону или"],
  },
  "contact-known-address": {
    "about": "An address named by what it is (\"our registered address\", «юридический адрес»): when the policy states a postal address, a promise that ends on these words refers to it and is no blank. Phrase syntax of section-kinds.yaml.",
    "en": ["registered address","registered office","legal address"],
    "ru": ["юридическ* адрес*","месту нахождения"],
    "kk": ["заңды мекенжай*","тіркелген мекенжай*"],
  },
};
export default data;
