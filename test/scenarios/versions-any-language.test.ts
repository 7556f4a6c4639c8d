// A German and a French version of our own, translated paragraph for paragraph, compared with
// their English primary: by structure, order and facts, never read as English. A paragraph added
// or dropped is reported where it is, not absorbed into a neighbour; a changed link is seen.
import assert from 'node:assert/strict';
import { edit, lintVersions, seen } from '../helpers/versions.js';

const fm = (lang: string, primary = false): string =>
  `---\nlang: ${lang}\npolicy: privacy\n${primary ? 'primary: true\n' : ''}---\n\n`;

const EN = `${fm('en', true)}# Privacy notice of Lumen Notes

## Who we are

Lumen Notes is a note-taking app run by Lumen Software GmbH, Hamburg, registered under HRB 171234.

You can reach our data protection officer at privacy@lumen-notes.example.org or through [the contact form](https://lumen-notes.example.org/en/contact).

## What we collect

- Your e-mail address, which you give us when you create an account.
- The notes you write, stored encrypted on our servers in Frankfurt.
- Crash reports that the app sends when it stops unexpectedly.

We do not collect your location, your contacts or any data about your health.

## How long we keep it

We delete your notes 30 days after you close your account, and crash reports after 90 days.

Backups are overwritten every 14 days, so a deleted note disappears from them within 14 days.

## Your rights

You may ask us which data we hold about you, have it corrected or deleted, and take it with you in a common format.

You may also complain to the data protection authority of Hamburg; see [its website](https://datenschutz-hamburg.example.org/complaints).
`;

const DE = `${fm('de')}# Datenschutzhinweis von Lumen Notes

## Wer wir sind

Lumen Notes ist eine Notiz-App der Lumen Software GmbH, Hamburg, eingetragen unter HRB 171234.

Unseren Datenschutzbeauftragten erreichen Sie unter privacy@lumen-notes.example.org oder über [das Kontaktformular](https://lumen-notes.example.org/de/contact).

## Was wir erheben

- Ihre E-Mail-Adresse, die Sie uns bei der Anlage eines Kontos angeben.
- Die Notizen, die Sie schreiben, verschlüsselt gespeichert auf unseren Servern in Frankfurt.
- Absturzberichte, die die App sendet, wenn sie unerwartet beendet wird.

Wir erheben weder Ihren Standort noch Ihre Kontakte oder Daten über Ihre Gesundheit.

## Wie lange wir sie speichern

Wir löschen Ihre Notizen 30 Tage nach der Schließung Ihres Kontos und Absturzberichte nach 90 Tagen.

Sicherungen werden alle 14 Tage überschrieben, sodass eine gelöschte Notiz innerhalb von 14 Tagen auch daraus verschwindet.

## Ihre Rechte

Sie können erfragen, welche Daten wir über Sie speichern, diese berichtigen oder löschen lassen und sie in einem gängigen Format mitnehmen.

Sie können sich außerdem bei der Datenschutzbehörde Hamburg beschweren; siehe [ihre Website](https://datenschutz-hamburg.example.org/complaints).
`;

const FR = `${fm('fr')}# Avis de confidentialité de Lumen Notes

## Qui sommes-nous

Lumen Notes est une application de prise de notes exploitée par Lumen Software GmbH, Hambourg, immatriculée sous le numéro HRB 171234.

Vous pouvez joindre notre délégué à la protection des données à privacy@lumen-notes.example.org ou par [le formulaire de contact](https://lumen-notes.example.org/fr/contact).

## Ce que nous collectons

- Votre adresse e-mail, que vous nous donnez lors de la création d’un compte.
- Les notes que vous écrivez, stockées chiffrées sur nos serveurs à Francfort.
- Les rapports de plantage que l’application envoie lorsqu’elle s’arrête de façon inattendue.

Nous ne collectons ni votre position, ni vos contacts, ni aucune donnée sur votre santé.

## Combien de temps nous les conservons

Nous supprimons vos notes 30 jours après la fermeture de votre compte, et les rapports de plantage après 90 jours.

Les sauvegardes sont écrasées tous les 14 jours : une note supprimée en disparaît donc dans les 14 jours.

## Vos droits

Vous pouvez nous demander quelles données nous détenons sur vous, les faire corriger ou supprimer, et les emporter dans un format courant.

Vous pouvez aussi porter plainte auprès de l’autorité de protection des données de Hambourg ; voir [son site](https://datenschutz-hamburg.example.org/complaints).
`;

const check = (texts: Record<string, string>, expected: ReturnType<typeof seen>): void =>
  assert.deepEqual(seen(lintVersions(texts).findings), expected);

describe('language versions in languages pplint does not read (German, French)', () => {
  it('the clean versions give no finding', () => check({ en: EN, de: DE, fr: FR }, []));

  it('a paragraph dropped from the German version is reported there, before the next one', () => {
    const de = edit(DE, 'Wir erheben weder Ihren Standort noch Ihre Kontakte oder Daten über Ihre Gesundheit.\n\n', '');
    const found = seen(lintVersions({ en: EN, de, fr: FR }).findings);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]!.lang, 'de');
    assert.equal(found[0]!.rule, 'untranslated-clause');
  });

  it('a paragraph added to the French version, with no number or name, is reported on itself', () => {
    const added = 'Nous pouvons confier à un auditeur externe le contrôle du respect de ces règles.';
    const fr = edit(FR, '## Vos droits', `${added}\n\n## Vos droits`);
    check({ en: EN, de: DE, fr }, [
      { lang: 'fr', rule: 'untranslated-clause', message: 'extra', text: added, severity: 'warning' },
    ]);
  });

  it('a link pointing elsewhere in the German version is reported on its words', () => {
    const de = edit(DE, 'datenschutz-hamburg.example.org/complaints', 'datenschutz-hamburg.example.org/start');
    check({ en: EN, de, fr: FR }, [
      { lang: 'de', rule: 'translation-mismatch', message: 'differs', text: 'ihre Website', severity: 'warning' },
    ]);
  });

  it('a period changed in the French version is reported on its number (French periods are not read)', () => {
    const fr = edit(FR, 'après 90 jours', 'après 60 jours');
    const found = seen(lintVersions({ en: EN, de: DE, fr }).findings);
    assert.deepEqual(
      found.map((f) => [f.lang, f.text]),
      [['fr', '60']],
    );
  });

  it('an English paragraph left in the German version is reported', () => {
    const english = 'We do not collect your location, your contacts or any data about your health.';
    const de = edit(
      DE,
      'Wir erheben weder Ihren Standort noch Ihre Kontakte oder Daten über Ihre Gesundheit.',
      english,
    );
    const found = seen(lintVersions({ en: EN, de, fr: FR }).findings);
    assert.ok(
      found.some((f) => f.lang === 'de' && f.rule === 'wrong-language' && f.text === english),
      JSON.stringify(found),
    );
  });
});
