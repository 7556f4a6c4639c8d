// Messages in English. Every id here must exist in ru.ts and kk.ts too (a test checks it).
export const en: Record<string, string> = {
  'placeholder/bracketed': 'Unfilled template text «{text}»: put in the real wording before the policy is published.',
  'placeholder/marker': 'Drafting note «{text}» is left in the text: resolve it and delete the note.',
  'placeholder/blank': 'A blank «{text}» is left to fill in: put in the missing details.',
  'placeholder/template-variable': 'Template variable «{text}» was not filled in.',
  'placeholder/empty-contact':
    'The sentence promises {contact} but gives no such detail: as written, a reader cannot reach the operator.',
  'placeholder/add-contact': 'Add «{value}», as the policy states it elsewhere',
  'placeholder/fill': 'Fill in «{text}» with «{value}»',
  'placeholder/template-word':
    "Template wording «{text}» stands where a real name or address belongs: put in the operator's actual details.",
  'placeholder/instruction':
    'A note to the drafter is left in the published text: «{text}». Do what it asks and delete it.',
  'placeholder/example-domain':
    "«{text}» is an example or stand-in domain from a template: give the operator's real web or e-mail address.",
  'placeholder/dummy-phone':
    '«{text}» looks like a dummy phone number from a template (its digits run in order or repeat): give the real number.',
  'placeholder/pipeline-token':
    '«{text}» is a token a translation or publishing tool left in place of text (a link in the other versions): restore the text.',
  'placeholder/empty-label': 'The label «{text}» is followed by nothing: fill in the detail or remove the label.',
  'retention-missing/missing':
    'The policy states no retention period and no criteria for one ({sources}): say how long each kind of data is kept, or by what criteria the period is set (e.g. «5 years from the last payment», «until consent is withdrawn»).',
  'retention-missing/missing-in-section':
    'The section «{title}» states no retention period and no criteria for one, and none was found elsewhere ({sources}): say how long each kind of data is kept, or by what criteria the period is set.',
  'retention-missing/unread-section':
    'No retention period and no criteria were recognised in the section «{title}», nor anywhere else in the policy ({sources}): if the section states one, word it so that a reader can check it («5 years from the last payment», «until consent is withdrawn»); otherwise say how long each kind of data is kept.',
  'retention-vague/vague':
    '«{text}» gives neither a retention period nor criteria to determine it ({sources}): state a period («5 years from the last payment») or an end a reader can check («until consent is withdrawn», «until the contract ends»).',
  'retention-vague/minimum-only':
    '«{text}» sets only a minimum ({period}) and no end, so the data could be kept indefinitely ({sources}): say when the data are deleted (an upper limit, or the event that ends the period).',
  'retention-vague/indefinite':
    '«{text}» sets no end to keeping the data, so they could be kept indefinitely (GDPR Art. 5(1)(e), Art. 13(2)(a); Law 94-V, Art. 12 p.2; 152-FZ, Art. 5 p.7): state a period («5 years from the last payment») or an end a reader can check («until consent is withdrawn», «until the contract ends»).',
  'retention-inconsistent/conflict':
    'This retention period ({period}) contradicts the one on line {line} ({other}) for the same data («{covers}»): state one period for each kind of data, or say what distinguishes the two (Law 94-V, Art. 24 p.1 sub-para 1; GDPR Art. 13(2)(a)).',
  'retention-inconsistent/version-conflict':
    'The {lang} version keeps «{covers}» for {period}, but the primary ({primary}) version on line {line} says {other}: the language versions of a policy must state the same period.',
  'retention-inconsistent/other': 'The other statement: {period}',
  'retention-inconsistent/harmonise': 'Replace «{from}» with «{to}» as in the primary version',
  'duplicate-heading/duplicate':
    'The heading «{title}» appears twice at the same level (first on line {line}): merge the two sections or give this one its own title.',
  'duplicate-heading/first': 'The first «{title}» section',
  'duplicate-heading/remove': 'Delete this heading and join its text to the section before',
  'party-name-inconsistent/variant':
    'The name «{name}» differs from «{reference}», the spelling the policy introduces (line {line}): one party must be named one way, or the policy names someone else. Write «{reference}», or correct the spelling on line {line}.',
  'party-name-inconsistent/homoglyph':
    'The name «{name}» contains a look-alike letter of another alphabet: {letters}. It looks like «{fixed}» but is a different name to a search, a registry or a court. Retype it as «{fixed}».',
  'party-name-inconsistent/reference': 'The spelling «{name}» introduced here',
  'party-name-inconsistent/variant-several':
    'The name «{name}» is used {count} times and differs from «{reference}», the spelling the policy introduces (line {line}): one party must be named one way, or the policy names someone else. Write «{reference}» at each of them, or correct the spelling on line {line}.',
  'party-name-inconsistent/variant-dominant':
    'The name «{name}» is used {count} times, but the spelling the policy introduces, «{reference}» (line {line}), only {referenceCount}: one party must be named one way, or the policy names someone else. If «{name}» is the right name, correct line {line} and every «{reference}»; otherwise write «{reference}» at each use of «{name}».',
  'party-name-inconsistent/use': 'Another use of «{name}»',
  'party-name-inconsistent/replace-all': 'Replace «{name}» with «{fixed}» everywhere ({count} uses)',
  'party-name-inconsistent/replace-one': 'Replace only this «{name}» with «{fixed}»',
  'party-name-inconsistent/replace-reference': 'Keep «{name}»: write it in place of every «{reference}»',
  'party-name-inconsistent/replace': 'Replace «{name}» with «{fixed}»',
  'broken-reference/missing-clause':
    'The reference to {what} «{label}» points at nothing: this document has no {what} {label}. Correct the number or add the clause.',
  'broken-reference/missing-annex':
    'The reference to {what} «{label}» points at nothing: no such annex or table is in this document. Attach it, or refer to the document where it is.',
  'broken-reference/missing-title':
    'The reference to the section «{title}» points at nothing: no heading of this document has that title. Correct the title or add the section.',
  'broken-reference/empty-contacts':
    'The reader is sent to the contact details in the section «{title}», but that section gives none (no e-mail, phone or address): state them there.',
  'broken-reference/self-law':
    '«{text}» calls this document a law: the wording is copied from a statute, and the reference points at nothing in a policy. Name the law it means, or refer to «this Policy».',
  'broken-reference/nothing-above':
    '«{text}» refers to {what} given earlier, but none is given before this place: state it, or say where it is.',
  'broken-reference/withdrawn':
    '«{text}» no longer has legal effect (the Court of Justice of the EU invalidated it): a transfer cannot rest on it. Name the mechanism the transfer rests on today (an adequacy decision, standard contractual clauses).',
  'broken-reference/target': 'The section referred to',
  'broken-reference/similar-heading': 'A heading with a similar title',
  'undefined-term/undefined':
    '«{term}» is capitalised as a defined term, but the policy never says what it means: define it (in a definitions list, or with «(hereinafter – …)» at its first use), or write it in lower case.',
  'undefined-term/undefined-shorter':
    '«{term}» is capitalised as a defined term, but the policy defines «{defined}» (line {line}), not «{term}»: write «{defined}», or define «{term}» as well.',
  'undefined-term/self-name':
    'The policy calls itself «{defined}» (line {line}), but here «{text}»: use the defined name, or define this one as well.',
  'undefined-term/foreign-abbreviation':
    '«{term}» abbreviates a law in another language (the GDPR is «DSGVO» in German), left over from the original text, and this version never introduces it: write the name this version uses for the law, or define the abbreviation at its first use.',
  'undefined-term/definition': 'Where «{term}» is defined',
  'explain/defined-term': '«{term}» is a defined term (defined on line {line}; uses in the text: {uses}): {text}',
  'duplicate-heading/rename': 'Rename this heading (its title is selected to type over)',
  'duplicate-heading/rename-as':
    'Rename this heading as the {language} version names the section: «{title}» (selected, to translate)',
  'untranslated-clause/missing-before':
    'The {primary} version has {what}, which this version lacks; it belongs before this clause{basis}. Translate it and insert it here.',
  'untranslated-clause/missing-after':
    'The {primary} version has {what}, which this version lacks; it belongs after this clause{basis}. Translate it and insert it here.',
  'untranslated-clause/missing-in-section':
    'The {primary} version has {what}, which this version lacks; it belongs in this section{basis}. Translate it and insert it here.',
  'untranslated-clause/missing-section-before':
    'The {primary} version has {what}, which this version lacks; it belongs before this section. Translate it and insert it here.',
  'untranslated-clause/missing-section-after':
    'The {primary} version has {what}, which this version lacks; it belongs after this text. Translate it and insert it here.',
  'untranslated-clause/missing-several':
    'The {primary} version has {count} texts that this version lacks, all belonging {where}: {list}. Translate them and insert them here; each is among the related places and the suggested insertions.',
  'untranslated-clause/counterpart-named': '{what} in the {primary} version',
  'untranslated-clause/insert-named': 'Insert the {primary} text of {what} here, marked for translation',
  'untranslated-clause/extra':
    'This version has {what}, which the {primary} version (the master text) lacks{basis}: add it to the master text, or delete it here.',
  'untranslated-clause/extra-section':
    'This version has {what}, which the {primary} version (the master text) lacks: add it to the master text, or delete it here.',
  'untranslated-clause/counterpart': 'The text in the {primary} version',
  'untranslated-clause/where-primary': 'Where it would stand in the {primary} version',
  'untranslated-clause/insert': 'Insert the {primary} text here, marked for translation',
  'wrong-language/block':
    'This {unit} is in {found}, but this version of the policy is in {expected}: translate it. If it is a title quoted as it stands, put it in quotation marks.',
  'wrong-language/sentence':
    'This sentence is in {found}, but this version of the policy is in {expected}: translate it. If it is a title quoted as it stands, put it in quotation marks.',
  'wrong-language/words':
    '«{text}» reads as {found} (by its letters and word endings), but this version of the policy is in {expected}: translate these words, or put them in quotation marks if they are a title quoted as it stands.',
  'wrong-language/block-unread':
    'This {unit} is in {found}, but this version of the policy is in {name} ({code}): translate it.',
  'wrong-language/line-unread':
    'This line is in {name} ({code}), a language pplint does not read, but this version of the policy is in {expected}: translate it, or delete it if this version already says the same in {expected}.',
  'wrong-language/part':
    'This part of the text ({count} paragraphs from here) is in {found}, but this version of the policy is in {expected}. If it is a language version of its own, begin it with `<!-- lang: {code} -->`; otherwise translate it.',
  'translation-mismatch/self-differs':
    'The number is «{words}» ({value}) in words but {written} in figures: one of them is wrong.',
  'translation-mismatch/differs':
    'This {kind} is «{value}», but the {primary} version of this clause has «{other}»: the language versions of a policy must state the same facts. Check which is right and correct the other.',
  'translation-mismatch/differs-home-page':
    'This link leads to «{value}», and the same link in the {primary} version to «{other}»: both lead to one site, and «{home}» is its home page, so one version sends the reader to a page the other does not. Check which page is meant and correct the other link.',
  'translation-mismatch/missing':
    'The {primary} version of this clause gives {kind} «{other}», which this version gives nowhere: add it here, or check the {primary} version.',
  'translation-mismatch/extra':
    'This version gives {kind} «{value}», which the {primary} version gives nowhere: check which version is right.',
  'translation-mismatch/sentence-extra':
    'This sentence has no counterpart in the {primary} version of this paragraph, though the rest of the paragraph translates it: check whether it was added here or dropped there.',
  'translation-mismatch/sentence-missing':
    'The {primary} version of this paragraph has a sentence this version lacks: «{sentence}». Translate it here, or check the {primary} version.',
  'translation-mismatch/numbering-skips':
    'This version numbers this clause {label} right after {previous}, skipping {missing}, while the {other} version numbers the same clauses without a gap: check the numbering, since a reference to these clauses may point at the wrong one.',
  'translation-mismatch/heading-number-lost':
    'This heading has no number, while the {other} version numbers it {label} and this version numbers the headings around it: check whether the number was lost, since a reference to section {label} finds nothing here.',
  'translation-mismatch/heading-number-differs':
    'This heading is numbered {own}, while the {other} version numbers it {label}, which fits between the headings around it here: check the numbering, since a reference to section {label} finds another section or none here.',
  'translation-mismatch/primary-paragraph': 'The paragraph in the {primary} version',
  'translation-mismatch/primary-value': 'In the {primary} version: «{other}»',
  'translation-mismatch/use-primary': 'Replace «{value}» with «{other}» as in the {primary} version',
  'front-matter/yaml': 'The front matter is not valid YAML ({reason}); it is ignored until it is mended.',
  'front-matter/not-a-map':
    'The front matter must be `key: value` lines (lang, policy, jurisdictions, policy-id, primary); it is ignored.',
  'front-matter/bad-value': 'Front matter «{key}» must be {expected}; the value is ignored.',
  'parse/deep-nesting':
    'Lists or quotes here are nested {depth} levels deep; pplint read what lies below level {max} as plain text (places in this document: {count}). Check that the list markers are intended.',
  'parse/plain-text':
    'This block without a blank line is too long (characters: {chars}, lines: {lines}; pplint reads at most {maxChars} characters or {maxLines} lines of one block as Markdown). It was read as plain text so that checking stays fast: lists, tables and links in it are not recognised (places in this document: {count}). Separate its paragraphs with blank lines.',
  'engine/rule-failed':
    'The check «{rule}» failed on this document and was skipped; the other checks ran. Details are in the pplint output.',
  'explain/kinds': '**pplint** reads this section as: {kinds}.',
  'explain/no-kind': '**pplint** could not tell what this section is about from its heading and text.',
  'explain/language-front-matter': 'Language: {lang} (set in the front matter).',
  'explain/language-file-name': 'Language: {lang} (from the file name).',
  'explain/language-detected': 'Language: {lang} (detected from the text; set `lang:` in the front matter to fix it).',
  'explain/no-language': 'Language: not detected; set `lang: ru` (en, ru, kk) in the front matter.',
  'jurisdictions/front-matter': 'Laws: {laws} (set in the front matter).',
  'jurisdictions/configuration':
    'Laws: {laws} (set in the configuration: `.pplintrc.json`, the `pplint.jurisdictions` setting or `--jurisdiction`).',
  'jurisdictions/detected': 'Laws: {laws}, which the text applies: {evidence}.',
  'jurisdictions/guessed':
    'Laws: {laws}, **a guess**: the text applies no law by name, but points to it: {evidence}. Its mandatory items are checked; confirm the guess with `jurisdictions: [{ids}]` in the front matter, or set other laws there.',
  'jurisdictions/none':
    'Laws: none set, and the text applies none that pplint knows, so no mandatory items are checked. Add `jurisdictions: [kz]` (kz, gdpr, ru, ccpa) to the front matter or to `.pplintrc.json`.',
  'jurisdictions/foreign': 'The text points to a country pplint has no profile for: {evidence}.',
  'jurisdictions/mentioned':
    'Also mentions {laws} in passing ({evidence}): not checked; add `{ids}` to `jurisdictions` to check it.',
  'jurisdictions/unknown': 'Not known to pplint: {ids} (it knows kz, gdpr, ru, ccpa); check the spelling.',
  'jurisdictions/order':
    'What counts: the front matter of any language version first, then the configuration, then the text.',
  'jurisdictions/label-guess': '{laws} (guess)',
  'jurisdictions/label-none': 'no law set',
  'jurisdictions/kazakh-text': 'Kazakh text',
  'jurisdictions/at-line': 'line {line}',
  'jurisdictions/at-file-line': '{file}, line {line}',
  'jurisdictions/detail-mentioned': 'it mentions {laws} only in passing: {evidence}',
  'jurisdictions/detail-foreign': 'it points to a country pplint has no profile for: {evidence}',
  'explain/language-not-read':
    'Language: {name} (`{lang}`), which pplint does not read: the mandatory items of the law and the retention period are not checked in this version.',
  'action/disable-line': 'Disable {rule} for this line',
  'action/disable-file': 'Disable {rule} for this file',
  'action/show-docs': 'Show documentation for {rule}',
  'action/fix-all': 'Fix all pplint problems',
  'engine/binary-file':
    'This file holds binary data, not text: it was not checked. Save the policy as plain-text Markdown.',
  'engine/too-large-to-type':
    'This file is too large to check while typing (over {size} MB); run `pplint` on it from the command line.',
  'config/file-ignored': '{problem} It is ignored until it is mended, and the defaults apply.',
  'config/setting-ignored': '{problem} This setting is ignored; the rest of the file is used.',
  'contact/phone': 'a phone number',
  'contact/email': 'an e-mail address',
  'contact/address': 'an address',
  'contact/website': 'a website',
  'contact/any': 'contact details',
  'missing-section/missing': '{citation}: the policy does not state {item}.',
  'missing-section/missing-where-applicable':
    '{citation}: the policy does not state {item}. This is required only {condition}; if that is not so, add "{requirement}" to the rule’s `ignore` option.',
  'missing-section/missing-ungrounded':
    '{citation}: the text says «{claim}», but not {need}; as written, the policy does not state {item}.',
  'missing-section/missing-unstated': '{citation}: the policy does not state {item}; {unstated}.',
  'missing-section/missing-stored-abroad':
    '{citation}: the policy does not state {item}; it says the data are kept abroad («{claim}»): keep the primary database in Kazakhstan, and describe any copy sent abroad as a cross-border transfer (Art. 16).',
  'missing-section/missing-service-abroad':
    '{citation}: the policy sends personal data to «{service}», a service operated abroad («{claim}»), but does not state {item}.',
  'missing-section/missing-recipient-abroad':
    '{citation}: the policy sends personal data to recipients abroad («{service}»: «{claim}»), but does not state {item}.',
  'missing-section/missing-void-instrument':
    '{citation}: the policy rests a transfer on an instrument that is void: {instrument} («{claim}»). So it does not state {item} on a valid ground: name the countries and a current safeguard (an adequacy decision such as the EU-US Data Privacy Framework for a certified recipient, or standard contractual clauses; Art. 45, 46).',
  'instruments/privacy-shield':
    'the EU-US Privacy Shield, which the Court of Justice of the EU invalidated on 16 July 2020 (C-311/18, Schrems II)',
  'instruments/safe-harbor':
    'the Safe Harbor principles, which the Court of Justice of the EU invalidated on 6 October 2015 (C-362/14, Schrems I)',
  'missing-section/missing-brand':
    '{citation}: the policy names the operator as «{name}» but gives no legal entity, legal form (LLP, JSC, individual entrepreneur…) or BIN: a brand does not say who the operator is in law. Give the operator’s full name with its legal form.',
  'missing-section/missing-unidentified':
    '{citation}: the policy speaks of the operator («{place}») but names no legal entity, legal form (LLP, JSC, individual entrepreneur…) or BIN, so it does not state {item}. Give the operator’s full name with its legal form.',
  'missing-section/missing-when-mentioned':
    '{citation}: the text mentions «{trigger}»; {condition}, the policy must state {item}, and it does not.',
  'missing-section/insert': 'Insert the section «{heading}» with a template paragraph to adapt',
  'missing-section/insert-unnumbered':
    'Insert the section «{heading}» with a template paragraph to adapt; it has no number, since the next one is taken: renumber the sections after it',
  'missing-section/belongs-after': 'The missing item belongs after this section',
  'missing-section/belongs-before': 'The missing item belongs before this section',
  'missing-section/missing-core':
    'No law is set for this policy; every privacy law pplint knows (Law 94-V, GDPR, 152-FZ, CCPA) asks a policy to state {item}, and this one does not. Set the law (`jurisdictions: [kz]` in the front matter; kz, gdpr, ru or ccpa) to check all of its items, or add "core" to the rule’s `ignore` option to turn this check off.',
  'missing-section/no-jurisdiction-core':
    'No law is set for this policy and its text applies none that pplint knows{detail}, so only the core items every privacy law pplint knows asks for are checked (operator, contacts, data, purposes, recipients, retention, rights), as advice. Set the laws in the front matter (`jurisdictions: [kz]`; kz, gdpr, ru or ccpa) or in `.pplintrc.json` / `--jurisdiction` to check all of a law’s items: the front matter comes first, then the configuration, then the text.',
  'missing-section/rights-fragment':
    '{citation}: the rights section grants the subject only {found}, and neither access to their data nor their erasure, which every law pplint knows gives: it does not state {item}.',
  'missing-section/rights-partial':
    '{citation}: as pplint reads it, the rights section grants the subject {found}, but not {missing}, which every law pplint knows gives; state these rights too, or refer to the subject’s other rights under the law.',
  'rights/access': 'access to their data',
  'rights/rectification': 'correction',
  'rights/erasure': 'erasure',
  'rights/blocking': 'blocking',
  'rights/objection': 'objection or restriction',
  'rights/portability': 'portability',
  'rights/withdrawal': 'withdrawal of consent',
  'rights/complaint': 'complaint',
  'missing-section/no-jurisdiction':
    'No law is set for this policy and its text applies none that pplint knows{detail}, so no mandatory items are checked. Set the laws in the front matter (`jurisdictions: [kz]`; kz, gdpr, ru or ccpa) or in `.pplintrc.json` / `--jurisdiction`: the front matter comes first, then the configuration, then the text.',
  'missing-section/guessed-jurisdiction':
    'No law is set for this policy and its text names none it applies; from {evidence}, pplint takes it to answer to {laws} and checks it accordingly. This is a guess: confirm it with `jurisdictions: [{ids}]` in the front matter (the front matter comes first, then `.pplintrc.json` / `--jurisdiction`, then the text).',
  'missing-section/guessed-jurisdiction-cited':
    'No law is set for this policy, and its text applies none outright: it cites {cited} only in passing or under a condition, which decides nothing. From {evidence}, pplint takes it to answer to {laws} and checks it accordingly; any other law cited so is not checked. This is a guess: confirm it with `jurisdictions: [{ids}]` in the front matter, adding any law cited in passing that the policy does answer to.',
  'missing-section/language-not-read':
    'pplint does not read {name} (`{lang}`), so the mandatory items of the law and the retention period are not checked in this version: check them in its English, Russian or Kazakh version, or set `lang:` in the front matter if it is in one of these.',
  'missing-section/set-jurisdictions': 'Set the laws in the front matter: `jurisdictions: [{ids}]` ({laws})',
  'checklist/title': 'Policy checklist',
  'checklist/satisfied': 'stated',
  'checklist/to-complete': 'to complete',
  'checklist/missing': 'missing',
  'checklist/not-applicable': 'does not apply',
  'checklist/manual': 'check by hand',
  'checklist/item': 'Item',
  'checklist/citation': 'Source',
  'checklist/status': 'Status',
  'checklist/where': 'Where',
  'checklist/line': 'line {line}',
  'checklist/belongs': 'belongs near line {line}',
  'checklist/belongs-after': 'belongs after «{section}» (line {line})',
  'checklist/belongs-before': 'belongs before «{section}» (line {line})',
  'checklist/condition': 'required only {condition}',
  'checklist/mentioned': 'the text mentions «{trigger}»',
  'checklist/duty': 'a duty when processing, not a statement of the policy',
  'checklist/summary': '{stated} of {total} items stated, {missing} missing',
  'checklist/summary-to-complete': '{count} to complete',
  'checklist/checked': 'law text last checked: {date}',
  'checklist/no-jurisdictions':
    'No law to check against: the text cites none that pplint knows. Add `jurisdictions: [kz]` (kz, gdpr, ru, ccpa) to the front matter or to `.pplintrc.json`.',
  'checklist/version': '{lang} version',
  'explain/and-more': 'and {count} more',
  'explain/not-stated': '{law}: {count} items not stated; see the checklist.',
  'checklist/satisfies': 'This section states what the law requires: {list}.',
  'wrong-jurisdiction/federal-law':
    '«{text}»: Kazakhstan has no federal laws; the wording comes from a Russian template. The policy answers to {expected}: cite the Law of the Republic of Kazakhstan.',
  'wrong-jurisdiction/registry':
    '«{text}» is a Russian registry or registration number, but the policy answers to {expected}: give the Kazakh equivalent (BIN) or delete it.',
  'wrong-jurisdiction/citation':
    "«{text}» belongs to {belongs}, but the policy is set to answer to {expected}: cite the law that applies, or add this jurisdiction to the policy's settings if it applies too.",
  'wrong-jurisdiction/address':
    "This postal address names «{text}», outside the country whose law the policy answers to ({expected}): if it is the operator's address, check that it is not left from another country's template.",
  'wrong-jurisdiction/legitimate-interest':
    "«{text}» is given as a legal basis: that is a basis of the GDPR (Art. 6(1)(f)). The policy answers to {expected}, which knows no such basis: processing rests on the subject's consent (Art. 7) or an exception of Art. 9.",
  'wrong-jurisdiction/legitimate-interest-guessed':
    "«{text}» is given as a legal basis: that is a basis of the GDPR (Art. 6(1)(f)). pplint guesses that the policy answers to {expected} (no law is set, and the text applies none outright), which knows no such basis: processing rests on the subject's consent (Art. 7) or an exception of Art. 9. If the guess is wrong, set the policy's laws with `jurisdictions:` in the front matter.",
  'wrong-jurisdiction/drop-federal': 'Replace «{text}» with «{replacement}»',
  'wrong-jurisdiction/another-country': "another country's law",
  'law-citation/privacy-shield':
    '«{text}»: the EU-US Privacy Shield was invalidated by the Court of Justice of the EU on 16 July 2020 (C-311/18, Schrems II) and is no basis for a transfer. Rely on a current mechanism: the EU-US Data Privacy Framework for a certified recipient, or standard contractual clauses (GDPR Art. 45, 46).',
  'law-citation/safe-harbor':
    '«{text}»: the Safe Harbor principles were invalidated by the Court of Justice of the EU on 6 October 2015 (C-362/14, Schrems I) and are no basis for a transfer. Rely on a current mechanism (GDPR Art. 45, 46).',
  'law-citation/date': 'The law No. {law} is dated «{official}», not «{found}» (source: {source}).',
  'law-citation/title': 'The law No. {law} is titled «{official}», not «{found}» (source: {source}).',
  'law-citation/foreign-title':
    "«{found}» is the title of another country's law; the law on this subject here is No. {law}, «{official}» (source: {source}).",
  'law-citation/number': 'The law «{found}» stands beside is No. {law}: its number is «{official}» (source: {source}).',
  'law-citation/number-title':
    'The number and the title name two different laws: No. {law} is not «{found}». Check which law is meant (source: {source}).',
  'law-citation/fix': 'Replace «{found}» with «{official}»',
  'contradiction/transfer-abroad':
    '«{denial}» says no data go abroad, but the policy describes a transfer abroad elsewhere («{act}»): state which is true, and if data do leave the country, state the cross-border transfer and its basis.',
  'contradiction/sale':
    '«{denial}» says personal data are not sold, but the policy describes a sale elsewhere («{act}»): state which is true.',
  'contradiction/collect':
    '«{denial}» says these data are not collected, but the list of data collected names them («{act}»): correct one of the two.',
  'contradiction/third-party':
    '«{denial}» says no data go to third parties, but another clause sends them to a recipient («{act}»): a processor is a third party under Law 94-V and 152-FZ and a recipient under GDPR (Art. 13(1)(e)). Name the recipients or their categories.',
  'contradiction/third-party-sign-in':
    '«{denial}» says no data go to third parties, but the policy offers sign-in through another company’s account («{act}»): that company learns of each sign-in and passes the subject’s data to the operator. Name it among the recipients, or say that the denial leaves it out.',
  'contradiction/storage-abroad':
    '«{act}» says the data are stored or hosted abroad, but the policy promises storage in Kazakhstan («{denial}»; Law 94-V, Art. 12 p.2): state where the primary database is, and describe only copies sent abroad as a cross-border transfer (Art. 16).',
  'contradiction/other': 'The other statement: «{act}».',
};
