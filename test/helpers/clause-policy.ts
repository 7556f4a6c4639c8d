// A small policy in each language that lacks every item, for the tests that insert library clauses
// into it: a title and one general section that introduces the operator as the clauses call it
// ("the Operator", «Оператор»), as a real policy does; written for these tests.
import {
  createEngine,
  type Finding,
  type Lang,
  type PolicyDocument,
  type PplintConfig,
} from '../../server/src/engine/index.js';

export const engine = createEngine();

const GENERAL: Record<Lang, { title: string; heading: string; text: string }> = {
  en: {
    title: 'Privacy Policy',
    heading: 'General provisions',
    text: 'This Policy sets out how Dala Example LLP (hereinafter the “Operator”) processes the personal data of the users of its services.',
  },
  ru: {
    title: 'Политика конфиденциальности',
    heading: 'Общие положения',
    text: 'Настоящая Политика определяет порядок обработки персональных данных пользователей услуг ТОО «Дала Пример» (далее – Оператор).',
  },
  kk: {
    title: 'Құпиялылық саясаты',
    heading: 'Жалпы ережелер',
    text: 'Осы Саясат «Дала Мысал» ЖШС (бұдан әрі – Оператор) қызметтерін пайдаланушылардың дербес деректерін өңдеу тәртібін айқындайды.',
  },
};

/**
 * The base policy; `extra` is appended as further numbered sections. Without `general` it has
 * only its title (for clauses that supply the general provisions themselves).
 */
export function basePolicy(
  lang: Lang,
  jurisdiction: string,
  extra: Array<{ title: string; body: string }> = [],
  general = true,
): string {
  const g = GENERAL[lang];
  const sections = [...(general ? [{ title: g.heading, body: g.text }] : []), ...extra].map(
    (s, i) => `## ${i + 1}. ${s.title}\n\n${s.body}\n`,
  );
  return `---\nlang: ${lang}\njurisdictions: [${jurisdiction}]\n---\n# ${g.title}\n\n${sections.join('\n')}`;
}

/**
 * A finding as tests compare it: rule, message and, for missing-section, the requirement.
 * A rights fragment counts as the rights item missing: the same gap in other words.
 * retention-missing reports once per policy and words its one finding after the nearest heading
 * that speaks of storage, so only its presence is compared.
 */
export function key(f: Finding): string {
  if (f.ruleId === 'retention-missing') return f.ruleId;
  // A rights section that is only a fragment leaves the item as unstated as no section at all.
  const id = f.message.id === 'missing-section/rights-fragment' ? 'missing-section/missing' : f.message.id;
  return `${f.ruleId}:${id}${f.data?.requirement ? `:${f.data.requirement}` : ''}`;
}

export function lintText(
  lang: Lang,
  text: string,
  layers: PplintConfig[] = [],
): { doc: PolicyDocument; findings: Finding[] } {
  const config = engine.resolveConfig(layers);
  const doc = engine.parse(`file:///clauses/privacy.${lang}.md`, text);
  return { doc, findings: engine.lint(doc, config) };
}

export function statusOf(doc: PolicyDocument, requirement: string, layers: PplintConfig[] = []): string | undefined {
  const list = engine.checklist(doc, engine.resolveConfig(layers));
  return list.profiles.flatMap((p) => p.items).find((i) => i.requirement === requirement)?.status;
}
