import type { IntakeTexts } from '../texts';

/** Questionnaire version 1 in German. */
export const intakeV1De: IntakeTexts = {
  title: 'Fragebogen zur Krankengeschichte und Voruntersuchung',
  declaration:
    'Ich habe diese Fragen nach bestem Wissen vollständig und wahrheitsgemäß beantwortet. Mir ist bewusst, ' +
    'dass fehlende Angaben zu meiner Gesundheit, meinen Medikamenten oder Allergien mich gefährden können, ' +
    'und ich teile der Praxis jede Änderung vor meiner nächsten Behandlung mit.',
  yesLabel: 'Ja',
  noLabel: 'Nein',
  sections: {
    pregnancy: { title: 'Schwangerschaft und Stillzeit' },
    guardian: {
      title: 'Eltern oder Vormund',
      intro:
        'Patientinnen und Patienten unter 18 Jahren werden nur mit schriftlicher Zustimmung eines Elternteils oder des gesetzlichen Vormunds behandelt.',
    },
    conditions: { title: 'Erkrankungen' },
    medicines: { title: 'Medikamente und Nahrungsergänzungsmittel' },
    allergies: { title: 'Allergien und Reaktionen' },
    recent: { title: 'Kürzliche Behandlungen und Impfungen' },
    skin: { title: 'Haut und Lebensweise' },
    goals: { title: 'Anliegen und Ziele' },
    gp: { title: 'Hausarzt' },
    assessment: {
      title: 'Beurteilung durch die behandelnde Person',
      intro: 'Wird während des Beratungsgesprächs von der behandelnden Person ausgefüllt.',
    },
  },
  questions: {
    pregnant: { text: 'Sind Sie schwanger, oder könnten Sie schwanger sein?' },
    breastfeeding: { text: 'Stillen Sie?' },
    guardianConsent: { text: 'Stimmt ein Elternteil oder der gesetzliche Vormund dieser Behandlung zu?' },
    guardianName: { text: 'Name des Elternteils oder Vormunds' },
    activeSkinProblem: {
      text:
        'Haben Sie zurzeit an einer zu behandelnden Stelle eine Infektion, einen Lippenherpes, eine offene ' +
        'Wunde, einen Sonnenbrand oder einen Schub von Akne, Ekzem oder Schuppenflechte?',
    },
    activeSkinProblemKinds: { text: 'Was davon haben Sie zurzeit?' },
    activeSkinProblemAreas: { text: 'Wo befindet es sich?' },
    bleedingDisorder: {
      text: 'Haben Sie eine Blutgerinnungsstörung oder Blutungsneigung (zum Beispiel Hämophilie oder Von-Willebrand-Syndrom)?',
    },
    bleedingDisorderDetails: { text: 'Welche Gerinnungsstörung?' },
    cancer: { text: 'Haben Sie zurzeit Krebs, oder erhalten Sie eine Chemo- oder Strahlentherapie?' },
    cancerDetails: { text: 'Welche Krebserkrankung, und welche Behandlung erhalten Sie?' },
    autoimmune: {
      text:
        'Haben Sie eine Autoimmunerkrankung (zum Beispiel Lupus, rheumatoide Arthritis) oder nehmen Sie ' +
        'Medikamente, die das Immunsystem unterdrücken?',
    },
    autoimmuneDetails: { text: 'Welche Erkrankung oder welches Medikament?' },
    diabetes: { text: 'Haben Sie Diabetes?' },
    epilepsy: { text: 'Haben Sie Epilepsie, oder hatten Sie jemals einen Krampfanfall?' },
    organDisease: { text: 'Haben Sie eine schwere Herz-, Nieren- oder Lebererkrankung?' },
    organDiseaseKinds: { text: 'Welches Organ ist betroffen?' },
    keloid: { text: 'Neigen Sie zu dicken, erhabenen Narben (Keloide oder hypertrophe Narben)?' },
    pigmentDisorder: {
      text: 'Haben Sie eine Pigmentstörung wie Melasma oder Vitiligo, oder dunkle Flecken nach Verletzungen?',
    },
    otherConditions: {
      text: 'Gibt es weitere Erkrankungen, Operationen oder Beschwerden, die wir kennen sollten?',
    },
    anticoagulants: {
      text:
        'Nehmen Sie einen Blutverdünner (zum Beispiel Warfarin, Apixaban, Rivaroxaban, Dabigatran, ' +
        'Acetylsalicylsäure oder Clopidogrel)?',
    },
    anticoagulantDrug: { text: 'Welchen Blutverdünner?' },
    anticoagulantDose: { text: 'Welche Dosis, und wie oft?' },
    bruisingSupplements: {
      text:
        'Haben Sie in den letzten 7 Tagen entzündungshemmende Schmerzmittel (wie Ibuprofen oder Naproxen), ' +
        'Fischöl, Vitamin E oder Ginkgo eingenommen?',
    },
    bruisingSupplementsWhich: { text: 'Welche?' },
    isotretinoin: {
      text: 'Haben Sie in den letzten 6 Monaten Isotretinoin-Tabletten gegen Akne eingenommen (zum Beispiel Aknenormin)?',
    },
    isotretinoinLastDose: {
      text: 'Datum der letzten Isotretinoin-Einnahme',
      hint: 'Ein ungefähres Datum genügt.',
    },
    topicalRetinoid: {
      text: 'Haben Sie in den letzten 5 Tagen eine Creme oder ein Serum mit Retinoiden (Tretinoin, Adapalen, Retinol) verwendet?',
    },
    currentMedications: {
      text: 'Bitte nennen Sie alle Medikamente, Verhütungsmittel, Vitamine und Nahrungsergänzungsmittel, die Sie zurzeit einnehmen.',
      hint: 'Schreiben Sie „keine“, wenn Sie nichts einnehmen.',
    },
    allergies: {
      text: 'Haben Sie eine Allergie (gegen Medikamente, Betäubungsmittel, Lebensmittel, Latex oder anderes)?',
    },
    allergyIngredients: {
      text: 'Sind Sie gegen einen dieser Stoffe allergisch?',
      hint: 'Kreuzen Sie alle zutreffenden an; leer lassen, wenn keiner zutrifft.',
    },
    allergyDetails: { text: 'Wogegen sind Sie allergisch, und was ist passiert?' },
    injectableReaction: {
      text: 'Hatten Sie jemals eine schlechte Reaktion auf eine Spritze, einen Filler oder eine andere Injektionsbehandlung?',
    },
    injectableReactionDetails: { text: 'Was wurde gespritzt, und was ist passiert?' },
    recentResurfacing: {
      text: 'Hatten Sie in den letzten 2 Wochen eine Laserbehandlung, ein chemisches Peeling oder eine Dermabrasion?',
    },
    recentResurfacingAreas: { text: 'An welchen Stellen?' },
    recentResurfacingDate: { text: 'Datum dieser Behandlung' },
    recentVaccination: { text: 'Wurden Sie in den letzten 7 Tagen geimpft?' },
    recentVaccinationDate: { text: 'Datum der Impfung' },
    previousTreatments: {
      text: 'Welche ästhetischen Behandlungen hatten Sie bereits?',
      hint: 'Leer lassen, wenn keine.',
    },
    previousFillerDate: { text: 'Datum der letzten Filler-Behandlung' },
    previousToxinDate: { text: 'Datum der letzten Botulinumtoxin-Behandlung' },
    previousThreadsDate: { text: 'Datum des letzten Fadenliftings' },
    previousLaserDate: { text: 'Datum der letzten Laser- oder Lichtbehandlung' },
    previousMesotherapyDate: { text: 'Datum der letzten Mesotherapie-Sitzung' },
    fitzpatrick: {
      text: 'Hauttyp (Fitzpatrick)',
      hint: 'Wie die Haut ungeschützt auf Sonne reagiert.',
    },
    smoking: { text: 'Rauchen oder dampfen Sie?' },
    concerns: { text: 'Was möchten Sie verbessern?' },
    goals: { text: 'Welches Ergebnis erhoffen Sie sich, und bis wann?' },
    gpName: { text: 'Name des Hausarztes' },
    gpPractice: { text: 'Praxis und Anschrift des Hausarztes' },
    gpPhone: { text: 'Telefon des Hausarztes' },
    expectations: {
      text: 'Sind die Erwartungen der Patientin oder des Patienten an diese Behandlung realistisch?',
    },
    assessmentNotes: { text: 'Notizen der behandelnden Person' },
  },
  options: {
    face: 'Gesicht',
    neck: 'Hals',
    decollete: 'Dekolleté',
    hands: 'Handrücken',
    scalp: 'Kopfhaut',
    body: 'Körper (Arme, Bauch, Flanken, Rücken, Gesäß, Beine)',
    lidocaine: 'Lidocain (örtliches Betäubungsmittel)',
    'hyaluronic-acid': 'Hyaluronsäure',
    'vitamin-c': 'Vitamin C',
    'vitamin-b': 'B-Vitamine',
    phosphatidylcholine: 'Phosphatidylcholin',
    deoxycholate: 'Desoxycholat',
    caffeine: 'Koffein',
    procaine: 'Procain',
    herpes: 'Lippenherpes (Herpes simplex)',
    infection: 'Andere Hautinfektion',
    wound: 'Offene Wunde oder verletzte Haut',
    acne: 'Akneschub',
    eczema: 'Ekzemschub',
    psoriasis: 'Schuppenflechte-Schub',
    sunburn: 'Sonnenbrand',
    no: 'Nein',
    controlled: 'Ja, gut eingestellt',
    uncontrolled: 'Ja, nicht gut eingestellt oder unsicher',
    heart: 'Herz',
    kidney: 'Nieren',
    liver: 'Leber',
    nsaid: 'Entzündungshemmendes Schmerzmittel (NSAR)',
    'fish-oil': 'Fischöl',
    'vitamin-e': 'Vitamin E',
    ginkgo: 'Ginkgo',
    filler: 'Dermale Filler',
    toxin: 'Botulinumtoxin',
    threads: 'Fadenlifting',
    laser: 'Laser- oder Lichtbehandlung',
    mesotherapy: 'Mesotherapie',
    I: 'I: bekommt immer Sonnenbrand, wird nie braun',
    II: 'II: bekommt meist Sonnenbrand, wird schwer braun',
    III: 'III: bekommt manchmal Sonnenbrand, wird langsam braun',
    IV: 'IV: bekommt selten Sonnenbrand, wird leicht braun',
    V: 'V: bekommt sehr selten Sonnenbrand, wird sehr leicht braun',
    VI: 'VI: bekommt nie Sonnenbrand',
    never: 'Nie',
    former: 'Früher',
    current: 'Ja, zurzeit',
    realistic: 'Realistisch',
    unrealistic: 'Nicht realistisch',
  },
};
