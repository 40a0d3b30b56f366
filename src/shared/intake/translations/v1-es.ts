import type { IntakeTexts } from '../texts';

/** Questionnaire version 1 in Spanish. */
export const intakeV1Es: IntakeTexts = {
  title: 'Cuestionario de historia clínica y cribado',
  declaration:
    'He respondido a estas preguntas de forma completa y veraz, según mi leal saber y entender. Entiendo que ' +
    'omitir información sobre mi salud, mis medicamentos o mis alergias puede ponerme en riesgo, y ' +
    'comunicaré a la clínica cualquier cambio antes de mi próximo tratamiento.',
  yesLabel: 'Sí',
  noLabel: 'No',
  sections: {
    pregnancy: { title: 'Embarazo y lactancia' },
    guardian: {
      title: 'Padre, madre o tutor',
      intro:
        'Los pacientes menores de 18 años solo se tratan con la autorización por escrito de su padre, madre o tutor legal.',
    },
    conditions: { title: 'Estado de salud' },
    medicines: { title: 'Medicamentos y suplementos' },
    allergies: { title: 'Alergias y reacciones' },
    recent: { title: 'Tratamientos y vacunas recientes' },
    skin: { title: 'Piel y estilo de vida' },
    goals: { title: 'Inquietudes y objetivos' },
    gp: { title: 'Médico de cabecera' },
    assessment: {
      title: 'Valoración del profesional',
      intro: 'La completa el profesional durante la consulta.',
    },
  },
  questions: {
    pregnant: { text: '¿Está embarazada, o podría estarlo?' },
    breastfeeding: { text: '¿Está dando el pecho?' },
    guardianConsent: { text: '¿Autoriza este tratamiento su padre, madre o tutor legal?' },
    guardianName: { text: 'Nombre del padre, madre o tutor' },
    activeSkinProblem: {
      text:
        '¿Tiene ahora mismo una infección, un herpes labial, una herida abierta, una quemadura solar, o un brote ' +
        'de acné, eccema o psoriasis en alguna zona que quiera tratarse?',
    },
    activeSkinProblemKinds: { text: '¿Cuáles de estos tiene en este momento?' },
    activeSkinProblemAreas: { text: '¿Dónde está?' },
    bleedingDisorder: {
      text: '¿Tiene algún trastorno de la coagulación o hemorrágico (por ejemplo hemofilia o enfermedad de von Willebrand)?',
    },
    bleedingDisorderDetails: { text: '¿Qué trastorno de la coagulación?' },
    cancer: { text: '¿Tiene cáncer actualmente, o recibe quimioterapia o radioterapia?' },
    cancerDetails: { text: '¿Qué cáncer, y qué tratamiento recibe?' },
    autoimmune: {
      text:
        '¿Tiene una enfermedad autoinmune (por ejemplo lupus, artritis reumatoide) o toma medicamentos que ' +
        'reducen las defensas del sistema inmunitario?',
    },
    autoimmuneDetails: { text: '¿Qué enfermedad o medicamento?' },
    diabetes: { text: '¿Tiene diabetes?' },
    epilepsy: { text: '¿Tiene epilepsia o ha tenido alguna vez una convulsión?' },
    organDisease: { text: '¿Tiene una enfermedad grave del corazón, los riñones o el hígado?' },
    organDiseaseKinds: { text: '¿Qué órgano está afectado?' },
    keloid: { text: '¿Tiende a formar cicatrices gruesas y elevadas (queloides o hipertróficas)?' },
    pigmentDisorder: {
      text: '¿Tiene un trastorno de la pigmentación como melasma o vitíligo, o manchas oscuras tras una lesión?',
    },
    otherConditions: { text: '¿Alguna otra enfermedad, operación o afección que debamos conocer?' },
    anticoagulants: {
      text:
        '¿Toma algún anticoagulante o antiagregante (por ejemplo warfarina, apixabán, rivaroxabán, dabigatrán, ' +
        'aspirina o clopidogrel)?',
    },
    anticoagulantDrug: { text: '¿Qué medicamento?' },
    anticoagulantDose: { text: '¿Qué dosis, y con qué frecuencia?' },
    bruisingSupplements: {
      text:
        'En los últimos 7 días, ¿ha tomado antiinflamatorios (como ibuprofeno o naproxeno), aceite de pescado, ' +
        'vitamina E o ginkgo?',
    },
    bruisingSupplementsWhich: { text: '¿Cuáles?' },
    isotretinoin: {
      text: '¿Ha tomado comprimidos de isotretinoína para el acné (por ejemplo Roacután) en los últimos 6 meses?',
    },
    isotretinoinLastDose: {
      text: 'Fecha de la última dosis de isotretinoína',
      hint: 'Basta con una fecha aproximada.',
    },
    topicalRetinoid: {
      text: '¿Ha usado una crema o sérum con retinoides (tretinoína, adapaleno, retinol) en los últimos 5 días?',
    },
    currentMedications: {
      text: 'Indique todos los medicamentos, anticonceptivos, vitaminas o suplementos que toma ahora.',
      hint: 'Escriba «ninguno» si no toma nada.',
    },
    allergies: {
      text: '¿Tiene alguna alergia (a medicamentos, anestésicos, alimentos, látex o cualquier otra cosa)?',
    },
    allergyIngredients: {
      text: '¿Es alérgico/a a alguna de estas sustancias?',
      hint: 'Marque todas las que correspondan; déjelo vacío si ninguna.',
    },
    allergyDetails: { text: '¿A qué es alérgico/a, y qué ocurrió?' },
    injectableReaction: {
      text: '¿Ha tenido alguna vez una mala reacción a una inyección, un relleno u otro tratamiento inyectable?',
    },
    injectableReactionDetails: { text: '¿Qué se inyectó, y qué ocurrió?' },
    recentResurfacing: {
      text: 'En las últimas 2 semanas, ¿se ha hecho láser, un peeling químico o dermoabrasión?',
    },
    recentResurfacingAreas: { text: '¿En qué zonas?' },
    recentResurfacingDate: { text: 'Fecha de ese tratamiento' },
    recentVaccination: { text: '¿Se ha vacunado en los últimos 7 días?' },
    recentVaccinationDate: { text: 'Fecha de la vacuna' },
    previousTreatments: {
      text: '¿Qué tratamientos estéticos se ha hecho antes?',
      hint: 'Déjelo vacío si ninguno.',
    },
    previousFillerDate: { text: 'Fecha del último tratamiento con relleno' },
    previousToxinDate: { text: 'Fecha del último tratamiento con toxina botulínica' },
    previousThreadsDate: { text: 'Fecha del último lifting con hilos' },
    previousLaserDate: { text: 'Fecha del último tratamiento con láser o luz' },
    previousMesotherapyDate: { text: 'Fecha de la última sesión de mesoterapia' },
    fitzpatrick: {
      text: 'Fototipo (Fitzpatrick)',
      hint: 'Cómo reacciona la piel al sol sin protección.',
    },
    smoking: { text: '¿Fuma o vapea?' },
    concerns: { text: '¿Qué le gustaría mejorar?' },
    goals: { text: '¿Qué resultado espera, y para cuándo?' },
    gpName: { text: 'Nombre del médico de cabecera' },
    gpPractice: { text: 'Centro y dirección del médico de cabecera' },
    gpPhone: { text: 'Teléfono del médico de cabecera' },
    expectations: { text: '¿Son realistas las expectativas del paciente para este tratamiento?' },
    assessmentNotes: { text: 'Notas del profesional' },
  },
  options: {
    face: 'Cara',
    neck: 'Cuello',
    decollete: 'Escote',
    hands: 'Dorso de las manos',
    scalp: 'Cuero cabelludo',
    body: 'Cuerpo (brazos, abdomen, flancos, espalda, glúteos, piernas)',
    lidocaine: 'Lidocaína (anestésico local)',
    'hyaluronic-acid': 'Ácido hialurónico',
    'vitamin-c': 'Vitamina C',
    'vitamin-b': 'Vitaminas del grupo B',
    phosphatidylcholine: 'Fosfatidilcolina',
    deoxycholate: 'Desoxicolato',
    caffeine: 'Cafeína',
    procaine: 'Procaína',
    herpes: 'Herpes labial (herpes simple)',
    infection: 'Otra infección de la piel',
    wound: 'Herida abierta o piel dañada',
    acne: 'Brote de acné',
    eczema: 'Brote de eccema',
    psoriasis: 'Brote de psoriasis',
    sunburn: 'Quemadura solar',
    no: 'No',
    controlled: 'Sí, bien controlada',
    uncontrolled: 'Sí, mal controlada o no lo sé',
    heart: 'Corazón',
    kidney: 'Riñones',
    liver: 'Hígado',
    nsaid: 'Antiinflamatorio (AINE)',
    'fish-oil': 'Aceite de pescado',
    'vitamin-e': 'Vitamina E',
    ginkgo: 'Ginkgo',
    filler: 'Rellenos dérmicos',
    toxin: 'Toxina botulínica',
    threads: 'Lifting con hilos',
    laser: 'Láser o luz',
    mesotherapy: 'Mesoterapia',
    I: 'I: siempre se quema, nunca se broncea',
    II: 'II: casi siempre se quema, se broncea con dificultad',
    III: 'III: a veces se quema, se broncea poco a poco',
    IV: 'IV: rara vez se quema, se broncea con facilidad',
    V: 'V: muy rara vez se quema, se broncea con mucha facilidad',
    VI: 'VI: nunca se quema',
    never: 'Nunca',
    former: 'Antes sí',
    current: 'Sí, actualmente',
    realistic: 'Realistas',
    unrealistic: 'No realistas',
  },
};
