// The editor's colouring of retention periods (syntaxes/pplint.injection.json). The grammar is
// Oniguruma; its period pattern uses only what JavaScript's Unicode regexes read the same way, so
// it is checked here with the leading (?i) turned into the `i` flag.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const grammar = JSON.parse(readFileSync(new URL('../../syntaxes/pplint.injection.json', import.meta.url), 'utf8')) as {
  repository: { period: { match: string } };
};
const source = grammar.repository.period.match.replace(/^\(\?i\)/, '');
const periods = (text: string): string[] => [...text.matchAll(new RegExp(source, 'giu'))].map((m) => m[0]);

describe('the grammar colours retention periods', () => {
  it('colours a period in each language', () => {
    assert.deepEqual(periods('kept for 5 years'), ['5 years']);
    assert.deepEqual(periods('хранятся 5 (пять) лет'), ['5 (пять) лет']);
    assert.deepEqual(periods('3 (үш) жыл сақталады'), ['3 (үш) жыл']);
  });

  it('does not colour the end of a year: «026 года» inside «2026 года» is a date, not a period', () => {
    assert.deepEqual(periods('1 сентября 2026 года'), []);
    assert.deepEqual(periods('2026 жыл'), []);
    assert.deepEqual(periods('since 2026 years ago'), []);
  });
});
