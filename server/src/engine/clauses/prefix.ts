// The snippet prefix of a clause: "pp-", the language unless English, then what the clause is
// about, then the law it answers to — pp-retention-kz, pp-ru-retention-kz, pp-kk-cookies. The
// language always comes first, so typing "pp-ru-" lists every Russian clause.
import type { Clause } from './types.js';

export function snippetPrefix(clause: Pick<Clause, 'id' | 'lang'>): string {
  const dot = clause.id.indexOf('.');
  const group = dot === -1 ? '' : clause.id.slice(0, dot);
  const name = dot === -1 ? clause.id : clause.id.slice(dot + 1);
  const suffix = group === '' || group === 'common' ? '' : `-${group}`;
  return `pp-${clause.lang === 'en' ? '' : `${clause.lang}-`}${name}${suffix}`;
}
