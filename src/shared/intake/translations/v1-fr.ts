import type { IntakeTexts } from '../texts';

/** Questionnaire version 1 in French. */
export const intakeV1Fr: IntakeTexts = {
  title: 'Questionnaire médical et de dépistage',
  declaration:
    'J’ai répondu à ces questions de façon complète et sincère, au mieux de mes connaissances. Je comprends ' +
    'que taire des informations sur ma santé, mes médicaments ou mes allergies peut me mettre en danger, et ' +
    'j’informerai le cabinet de tout changement avant mon prochain traitement.',
  yesLabel: 'Oui',
  noLabel: 'Non',
  sections: {
    pregnancy: { title: 'Grossesse et allaitement' },
    guardian: {
      title: 'Parent ou représentant légal',
      intro:
        'Les patients de moins de 18 ans ne sont traités qu’avec l’accord écrit d’un parent ou du représentant légal.',
    },
    conditions: { title: 'État de santé' },
    medicines: { title: 'Médicaments et compléments' },
    allergies: { title: 'Allergies et réactions' },
    recent: { title: 'Traitements et vaccinations récents' },
    skin: { title: 'Peau et mode de vie' },
    goals: { title: 'Préoccupations et objectifs' },
    gp: { title: 'Médecin traitant' },
    assessment: {
      title: 'Évaluation du praticien',
      intro: 'Rempli par le praticien pendant la consultation.',
    },
  },
  questions: {
    pregnant: { text: 'Êtes-vous enceinte, ou pourriez-vous l’être ?' },
    breastfeeding: { text: 'Allaitez-vous ?' },
    guardianConsent: { text: 'Un parent ou le représentant légal accepte-t-il ce traitement ?' },
    guardianName: { text: 'Nom du parent ou du représentant légal' },
    activeSkinProblem: {
      text:
        'Avez-vous en ce moment une infection, un bouton de fièvre, une plaie ouverte, un coup de soleil, ou ' +
        'une poussée d’acné, d’eczéma ou de psoriasis sur une zone que vous souhaitez traiter ?',
    },
    activeSkinProblemKinds: { text: 'Lesquels de ces problèmes avez-vous en ce moment ?' },
    activeSkinProblemAreas: { text: 'Où se trouve-t-il ?' },
    bleedingDisorder: {
      text: 'Avez-vous un trouble de la coagulation ou une maladie hémorragique (par exemple hémophilie ou maladie de von Willebrand) ?',
    },
    bleedingDisorderDetails: { text: 'Quel trouble de la coagulation ?' },
    cancer: {
      text: 'Avez-vous actuellement un cancer, ou suivez-vous une chimiothérapie ou une radiothérapie ?',
    },
    cancerDetails: { text: 'Quel cancer, et quel traitement suivez-vous ?' },
    autoimmune: {
      text:
        'Avez-vous une maladie auto-immune (par exemple lupus, polyarthrite rhumatoïde) ou prenez-vous des ' +
        'médicaments qui diminuent les défenses immunitaires ?',
    },
    autoimmuneDetails: { text: 'Quelle maladie ou quel médicament ?' },
    diabetes: { text: 'Avez-vous du diabète ?' },
    epilepsy: { text: 'Êtes-vous épileptique ou avez-vous déjà fait une crise convulsive ?' },
    organDisease: { text: 'Avez-vous une maladie grave du cœur, des reins ou du foie ?' },
    organDiseaseKinds: { text: 'Quel organe est atteint ?' },
    keloid: {
      text: 'Avez-vous tendance à former des cicatrices épaisses et en relief (chéloïdes ou hypertrophiques) ?',
    },
    pigmentDisorder: {
      text: 'Avez-vous un trouble de la pigmentation comme un mélasma ou un vitiligo, ou des taches sombres après une blessure ?',
    },
    otherConditions: { text: 'Une autre maladie, opération ou affection que nous devrions connaître ?' },
    anticoagulants: {
      text:
        'Prenez-vous un anticoagulant ou un antiagrégant (par exemple warfarine, apixaban, rivaroxaban, ' +
        'dabigatran, aspirine ou clopidogrel) ?',
    },
    anticoagulantDrug: { text: 'Quel médicament ?' },
    anticoagulantDose: { text: 'Quelle dose, et à quelle fréquence ?' },
    bruisingSupplements: {
      text:
        'Au cours des 7 derniers jours, avez-vous pris des anti-inflammatoires (comme l’ibuprofène ou le ' +
        'naproxène), de l’huile de poisson, de la vitamine E ou du ginkgo ?',
    },
    bruisingSupplementsWhich: { text: 'Lesquels ?' },
    isotretinoin: {
      text: 'Avez-vous pris de l’isotrétinoïne en comprimés contre l’acné (par exemple Roaccutane) au cours des 6 derniers mois ?',
    },
    isotretinoinLastDose: {
      text: 'Date de la dernière prise d’isotrétinoïne',
      hint: 'Une date approximative suffit.',
    },
    topicalRetinoid: {
      text: 'Avez-vous utilisé une crème ou un sérum aux rétinoïdes (trétinoïne, adapalène, rétinol) au cours des 5 derniers jours ?',
    },
    currentMedications: {
      text: 'Indiquez tous les médicaments, contraceptifs, vitamines ou compléments que vous prenez actuellement.',
      hint: 'Écrivez « aucun » si vous ne prenez rien.',
    },
    allergies: {
      text: 'Avez-vous une allergie (à des médicaments, des anesthésiques, des aliments, au latex ou à autre chose) ?',
    },
    allergyIngredients: {
      text: 'Êtes-vous allergique à l’une de ces substances ?',
      hint: 'Cochez toutes celles qui vous concernent ; laissez vide si aucune.',
    },
    allergyDetails: { text: 'À quoi êtes-vous allergique, et que s’est-il passé ?' },
    injectableReaction: {
      text: 'Avez-vous déjà eu une mauvaise réaction à une injection, à un produit de comblement ou à un autre traitement injectable ?',
    },
    injectableReactionDetails: { text: 'Qu’est-ce qui a été injecté, et que s’est-il passé ?' },
    recentResurfacing: {
      text: 'Au cours des 2 dernières semaines, avez-vous eu un laser, un peeling chimique ou une dermabrasion ?',
    },
    recentResurfacingAreas: { text: 'Sur quelles zones ?' },
    recentResurfacingDate: { text: 'Date de ce traitement' },
    recentVaccination: { text: 'Avez-vous été vacciné(e) au cours des 7 derniers jours ?' },
    recentVaccinationDate: { text: 'Date de la vaccination' },
    previousTreatments: {
      text: 'Quels traitements esthétiques avez-vous déjà eus ?',
      hint: 'Laissez vide si aucun.',
    },
    previousFillerDate: { text: 'Date du dernier traitement par produit de comblement' },
    previousToxinDate: { text: 'Date du dernier traitement par toxine botulique' },
    previousThreadsDate: { text: 'Date du dernier lifting par fils' },
    previousLaserDate: { text: 'Date du dernier traitement laser ou par la lumière' },
    previousMesotherapyDate: { text: 'Date de la dernière séance de mésothérapie' },
    fitzpatrick: {
      text: 'Phototype (Fitzpatrick)',
      hint: 'Comment la peau réagit au soleil sans protection.',
    },
    smoking: { text: 'Fumez-vous ou vapotez-vous ?' },
    concerns: { text: 'Qu’aimeriez-vous améliorer ?' },
    goals: { text: 'Quel résultat espérez-vous, et pour quand ?' },
    gpName: { text: 'Nom du médecin traitant' },
    gpPractice: { text: 'Cabinet et adresse du médecin traitant' },
    gpPhone: { text: 'Téléphone du médecin traitant' },
    expectations: { text: 'Les attentes du patient sont-elles réalistes pour ce traitement ?' },
    assessmentNotes: { text: 'Notes du praticien' },
  },
  options: {
    face: 'Visage',
    neck: 'Cou',
    decollete: 'Décolleté',
    hands: 'Dos des mains',
    scalp: 'Cuir chevelu',
    body: 'Corps (bras, ventre, flancs, dos, fesses, jambes)',
    lidocaine: 'Lidocaïne (anesthésique local)',
    'hyaluronic-acid': 'Acide hyaluronique',
    'vitamin-c': 'Vitamine C',
    'vitamin-b': 'Vitamines B',
    phosphatidylcholine: 'Phosphatidylcholine',
    deoxycholate: 'Désoxycholate',
    caffeine: 'Caféine',
    procaine: 'Procaïne',
    herpes: 'Bouton de fièvre (herpès simplex)',
    infection: 'Autre infection de la peau',
    wound: 'Plaie ouverte ou peau lésée',
    acne: 'Poussée d’acné',
    eczema: 'Poussée d’eczéma',
    psoriasis: 'Poussée de psoriasis',
    sunburn: 'Coup de soleil',
    no: 'Non',
    controlled: 'Oui, bien équilibré',
    uncontrolled: 'Oui, mal équilibré ou je ne sais pas',
    heart: 'Cœur',
    kidney: 'Reins',
    liver: 'Foie',
    nsaid: 'Anti-inflammatoire (AINS)',
    'fish-oil': 'Huile de poisson',
    'vitamin-e': 'Vitamine E',
    ginkgo: 'Ginkgo',
    filler: 'Produits de comblement',
    toxin: 'Toxine botulique',
    threads: 'Lifting par fils',
    laser: 'Laser ou lumière',
    mesotherapy: 'Mésothérapie',
    I: 'I : brûle toujours, ne bronze jamais',
    II: 'II : brûle souvent, bronze difficilement',
    III: 'III : brûle parfois, bronze progressivement',
    IV: 'IV : brûle rarement, bronze facilement',
    V: 'V : brûle très rarement, bronze très facilement',
    VI: 'VI : ne brûle jamais',
    never: 'Jamais',
    former: 'Autrefois',
    current: 'Oui, actuellement',
    realistic: 'Réalistes',
    unrealistic: 'Non réalistes',
  },
};
