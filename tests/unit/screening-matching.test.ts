import { describe, expect, it } from 'vitest';
import { CURRENT_INTAKE_DEFINITION } from '../../src/shared/intake/definitions';
import type { Answers } from '../../src/shared/intake/types';
import { screen } from '../../src/shared/screening/engine';
import { readText } from '../../src/shared/screening/mentions';
import type { Flag, PlannedTreatment } from '../../src/shared/screening/types';
import { cleanAnswers } from '../fixtures/intake';

const flagsFor = (answers: Answers, planned?: PlannedTreatment): Flag[] =>
  screen({
    intake: { definition: CURRENT_INTAKE_DEFINITION, answers: cleanAnswers(answers) },
    ageYears: 40,
    planned,
  });

const allergic = (details: string, ticked: string[] = []): Answers => ({
  allergies: 'yes',
  allergyIngredients: ticked,
  allergyDetails: details,
});

const plan = (ingredients: string[], more: Partial<PlannedTreatment> = {}): PlannedTreatment => ({
  areas: ['face'],
  ingredients,
  ...more,
});

const byRule = (flags: Flag[], ruleId: string) => flags.filter((f) => f.ruleId === ruleId);
const read = (text: string) =>
  readText(text, { misspellings: true }).mentions.map((m) => [m.entry.id, m.words, m.how, m.negated]);

describe('reading free text', () => {
  it('reads negations as the patient meant them', () => {
    expect(read('not lidocaine')).toEqual([['lidocaine', 'lidocaine', 'name', true]]);
    expect(read('No known allergies')).toEqual([]);
    expect(read('NKDA')).toEqual([]);
    expect(read('kein Lidocain')).toEqual([['lidocaine', 'Lidocain', 'name', true]]);
    expect(read('pas de lidocaïne')).toEqual([['lidocaine', 'lidocaïne', 'name', true]]);
    expect(read('tidak alergi lidokain')).toEqual([['lidocaine', 'lidokain', 'name', true]]);
    expect(read('lidocaine tolerated')).toEqual([['lidocaine', 'lidocaine', 'name', true]]);
  });

  it('ends a negation at the clause or at "except"', () => {
    expect(read('no allergies except lidocaine')).toEqual([['lidocaine', 'lidocaine', 'name', false]]);
    expect(read('no problem with procaine. Lidocaine: hives')).toEqual([
      ['procaine', 'procaine', 'name', true],
      ['lidocaine', 'Lidocaine', 'name', false],
    ]);
  });

  it('matches whole terms only: a generic word never names a substance', () => {
    expect(read('acid reflux')).toEqual([]);
    expect(read('water')).toEqual([]);
    expect(read('allergic to fish')).toEqual([]);
    expect(read('Hyaluronic acid 1%')).toEqual([['hyaluronic-acid', 'Hyaluronic acid', 'name', false]]);
  });

  it('reads brand names and says so', () => {
    expect(read('Eliquis 5 mg twice a day')).toEqual([['apixaban', 'Eliquis', 'brand', false]]);
    expect(read('EMLA cream before')).toEqual([['lidocaine-prilocaine', 'EMLA', 'brand', false]]);
  });

  it('reads plurals and the longest term first', () => {
    expect(read('blood thinners')).toEqual([['anticoagulant', 'blood thinners', 'name', false]]);
    expect(read('lidocaine/prilocaine cream')).toEqual([
      ['lidocaine-prilocaine', 'lidocaine prilocaine', 'name', false],
    ]);
  });

  it('reads a likely misspelling as such', () => {
    expect(read('lidocane')).toEqual([['lidocaine', 'lidocane', 'misspelling', false]]);
    expect(read('chlorexidine')).toEqual([['chlorhexidine', 'chlorexidine', 'misspelling', false]]);
    expect(read('later')).toEqual([]);
  });

  it.each([
    ['en', 'lignocaine'],
    ['fr', 'lidocaïne'],
    ['it', 'lidocaina'],
    ['es', 'clorhidrato de lidocaína'],
    ['de', 'Lidocainhydrochlorid'],
    ['pt', 'cloridrato de lidocaína'],
    ['id', 'lidokain'],
  ])('reads lidocaine in %s: %s', (_lang, text) => {
    expect(readText(text).mentions.map((m) => m.entry.id)).toEqual(['lidocaine']);
  });

  it.each([
    ['en', 'blood thinner'],
    ['fr', 'fluidifiant sanguin'],
    ['it', 'anticoagulante'],
    ['es', 'anticoagulante oral directo'],
    ['de', 'Blutverdünner'],
    ['pt', 'anticoagulante oral direto'],
    ['id', 'pengencer darah'],
  ])('reads the blood-thinner class in %s: %s', (_lang, text) => {
    expect(readText(text).mentions.map((m) => m.entry.id)).toEqual(['anticoagulant']);
  });

  it.each([
    ['en', 'pregnant'],
    ['fr', 'enceinte'],
    ['it', 'incinta'],
    ['es', 'embarazada'],
    ['de', 'schwanger'],
    ['pt', 'grávida'],
    ['id', 'hamil'],
  ])('reads pregnancy in %s: %s', (_lang, text) => {
    expect(readText(text).mentions.map((m) => m.entry.id)).toEqual(['condition-pregnant']);
  });
});

describe('allergies against every planned substance', () => {
  it('flags lidocaine in the diluent against a lidocaine allergy, naming the words and the part', () => {
    const [flag] = byRule(
      flagsFor(allergic('Xylocaine at the dentist'), plan([], { diluents: ['Lidocaine 1%'] })),
      'ingredientAllergy',
    );
    expect(flag?.severity).toBe('ABSOLUTE');
    expect(flag?.matches).toEqual([
      {
        words: 'Xylocaine',
        substance: 'Lidocaine',
        how: 'brand',
        where: { kind: 'plan', role: 'diluent', text: 'Lidocaine 1%' },
      },
    ]);
  });

  it('flags the topical anaesthetic cream by what it contains', () => {
    const flags = flagsFor(allergic('prilocaine'), plan([], { anaesthetics: ['EMLA 5%'] }));
    expect(byRule(flags, 'ingredientAllergy').map((f) => f.params.substance)).toEqual(['Prilocaine']);
    expect(byRule(flags, 'allergyCrossReactive').map((f) => f.params.substance)).toEqual(['Lidocaine']);
  });

  it('flags the antiseptic (chlorhexidine anaphylaxis)', () => {
    const flags = flagsFor(
      allergic('Anaphylaxis to Hibiscrub in theatre'),
      plan([], { antiseptics: ['Chlorhexidine 2% in alcohol'] }),
    );
    expect(byRule(flags, 'ingredientAllergy').map((f) => f.params.substance)).toEqual(['Chlorhexidine']);
  });

  it('raises caution for the same class, not for the other class', () => {
    expect(byRule(flagsFor(allergic('Procaine'), plan(['Benzocaine'])), 'allergyCrossReactive')).toHaveLength(
      1,
    );
    expect(byRule(flagsFor(allergic('Procaine'), plan(['Lidocaine'])), 'allergyCrossReactive')).toHaveLength(
      0,
    );
    expect(byRule(flagsFor(allergic('Procaine'), plan(['Lidocaine'])), 'ingredientAllergy')).toHaveLength(0);
  });

  it('flags every member of a class the patient names', () => {
    const flags = flagsFor(allergic('all amide anaesthetics'), plan(['Mepivacaine 3%']));
    expect(byRule(flags, 'ingredientAllergy').map((f) => f.matches[0]?.how)).toEqual(['class']);
  });

  it('flags phosphatidylcholine for a soy allergy', () => {
    const flags = flagsFor(allergic('soya'), plan(['Phosphatidylcholine 5%']));
    expect(byRule(flags, 'ingredientAllergy')).toHaveLength(1);
  });

  it('ignores a negated allergy and generic words', () => {
    expect(
      byRule(flagsFor(allergic('not lidocaine, only penicillin'), plan(['Lidocaine'])), 'ingredientAllergy'),
    ).toEqual([]);
    expect(
      byRule(flagsFor(allergic('acid'), plan(['Hyaluronic acid', 'Glycolic acid'])), 'ingredientAllergy'),
    ).toEqual([]);
    expect(
      byRule(
        flagsFor(allergic('water'), plan([], { diluents: ['Water for injection'] })),
        'ingredientAllergy',
      ),
    ).toEqual([]);
  });

  it('matches a substance the knowledge base does not know on its whole words', () => {
    const flags = flagsFor(allergic('Melilotus, hives'), plan(['Melilotus officinalis extract']));
    expect(byRule(flags, 'ingredientAllergy').map((f) => f.matches[0]?.how)).toEqual(['text']);
    expect(byRule(flagsFor(allergic('Melilotus'), plan(['Meliloto'])), 'ingredientAllergy')).toEqual([]);
  });

  it('asks to check with the patient for a likely misspelling', () => {
    const flags = flagsFor(allergic('xylocane'), plan(['Lidocaine']));
    expect(byRule(flags, 'ingredientAllergy')).toEqual([]);
    expect(byRule(flags, 'allergyUncertain').map((f) => [f.severity, f.matches[0]?.words])).toEqual([
      ['RELATIVE', 'xylocane'],
    ]);
  });
});

describe('medicines and conditions in free text', () => {
  it('raises the blood-thinner rule for a brand written under medicines, even after "no"', () => {
    const flags = flagsFor({ anticoagulants: 'no', currentMedications: 'Eliquis 5 mg, vitamin D' });
    const [flag] = byRule(flags, 'anticoagulants');
    expect(flag?.matches.map((m) => [m.words, m.substance, m.how])).toEqual([
      ['Eliquis', 'Apixaban', 'brand'],
    ]);
  });

  it('reads antiplatelets, NSAIDs, immunosuppressants and retinoids by class', () => {
    const flags = flagsFor({ currentMedications: 'Plavix; Nurofen; Metoject weekly; Differin gel' });
    expect(flags.map((f) => f.ruleId).sort()).toEqual(
      ['anticoagulants', 'autoimmune', 'bruisingSupplements', 'topicalRetinoid'].sort(),
    );
  });

  it('does not read a negated medicine', () => {
    expect(flagsFor({ currentMedications: 'no blood thinners, no aspirin' })).toEqual([]);
  });

  it('asks to check a serious condition written only in free text', () => {
    const [flag] = flagsFor({ otherConditions: 'Chemotherapy finished last month' });
    expect([flag?.ruleId, flag?.severity, flag?.matches[0]?.words]).toEqual([
      'mentionedInText',
      'RELATIVE',
      'Chemotherapy',
    ]);
  });

  it('raises the diabetes rule from free text', () => {
    expect(flagsFor({ otherConditions: 'Diabète de type 2' }).map((f) => f.ruleId)).toEqual(['diabetes']);
  });
});
