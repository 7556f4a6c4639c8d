// Whether a heading is the title of a privacy policy, in a supported language: "Privacy Policy",
// "Privacy Policy of FFIN Payments LLP", «Политика конфиденциальности ТОО …»,
// «Дербес деректерді өңдеу саясаты»; but not "Privacy Policy Linter" or "Notes on the privacy policy".
import { foldForMatch } from '../language/normalize.js';

const ENGLISH =
  /^(?:the\s+)?(?:[\w&.’'-]+\s+){0,4}?(?:privacy|personal\s+data(?:\s+(?:protection|processing|privacy))?|data\s+protection|cookie)\s+(?:policy|notice|statement)(?:\s*$|\s*[:(—–-]|\s+(?:of|for)\s)/;
const RUSSIAN =
  /^политика\s+(?:в\s+отношении\s+обработки\s+|обработки\s+|конфиденциальности|защиты\s+)|^положение\s+(?:об?\s+)?(?:обработке|защите)\s+персональных\s+данных|^уведомление\s+о\s+конфиденциальности/;
const KAZAKH = /(?:^|\s)(?:құпиялылық|дербес\s+деректерді\s+(?:өңдеу|қорғау)(?:\s+жөніндегі)?)\s+саясаты/;

// "Notes on the privacy policy", "How to read the privacy notice": about a policy, not one.
const ABOUT_A_POLICY = /^(?:.*\s)?(?:on|about|regarding|to|for|with|in|from|how|why|what|review|comments?)\s/;

export function isPolicyTitle(text: string): boolean {
  const t = foldForMatch(text)
    .replace(/\s+/g, ' ')
    .replace(/^[\d.\s]+/, '')
    .trim();
  if (t.length === 0 || t.length > 200) return false;
  const english = ENGLISH.exec(t);
  if (english && !ABOUT_A_POLICY.test(t.slice(0, t.search(/(?:privacy|personal\s+data|data\s+protection|cookie)\s/))))
    return true;
  return RUSSIAN.test(t) || KAZAKH.test(t);
}
