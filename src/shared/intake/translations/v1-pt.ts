import type { IntakeTexts } from '../texts';

/** Questionnaire version 1 in Portuguese. */
export const intakeV1Pt: IntakeTexts = {
  title: 'Questionário de história clínica e rastreio',
  declaration:
    'Respondi a estas perguntas de forma completa e verdadeira, tanto quanto é do meu conhecimento. Compreendo ' +
    'que omitir informações sobre a minha saúde, medicamentos ou alergias pode pôr-me em risco, e informarei ' +
    'a clínica de qualquer alteração antes do meu próximo tratamento.',
  yesLabel: 'Sim',
  noLabel: 'Não',
  sections: {
    pregnancy: { title: 'Gravidez e amamentação' },
    guardian: {
      title: 'Pai, mãe ou tutor',
      intro:
        'Os doentes com menos de 18 anos só são tratados com a autorização escrita do pai, da mãe ou do tutor legal.',
    },
    conditions: { title: 'Estado de saúde' },
    medicines: { title: 'Medicamentos e suplementos' },
    allergies: { title: 'Alergias e reações' },
    recent: { title: 'Tratamentos e vacinas recentes' },
    skin: { title: 'Pele e estilo de vida' },
    goals: { title: 'Preocupações e objetivos' },
    gp: { title: 'Médico de família' },
    assessment: {
      title: 'Avaliação do profissional',
      intro: 'Preenchida pelo profissional durante a consulta.',
    },
  },
  questions: {
    pregnant: { text: 'Está grávida, ou poderá estar?' },
    breastfeeding: { text: 'Está a amamentar?' },
    guardianConsent: { text: 'O pai, a mãe ou o tutor legal autoriza este tratamento?' },
    guardianName: { text: 'Nome do pai, da mãe ou do tutor' },
    activeSkinProblem: {
      text:
        'Tem neste momento uma infeção, herpes labial, uma ferida aberta, uma queimadura solar, ou um surto de ' +
        'acne, eczema ou psoríase numa zona que pretende tratar?',
    },
    activeSkinProblemKinds: { text: 'Quais destes tem neste momento?' },
    activeSkinProblemAreas: { text: 'Onde se localiza?' },
    bleedingDisorder: {
      text: 'Tem alguma doença hemorrágica ou da coagulação (por exemplo hemofilia ou doença de von Willebrand)?',
    },
    bleedingDisorderDetails: { text: 'Que doença da coagulação?' },
    cancer: { text: 'Tem atualmente cancro, ou está a fazer quimioterapia ou radioterapia?' },
    cancerDetails: { text: 'Que cancro, e que tratamento está a fazer?' },
    autoimmune: {
      text:
        'Tem alguma doença autoimune (por exemplo lúpus, artrite reumatoide) ou toma medicamentos que ' +
        'diminuem as defesas do sistema imunitário?',
    },
    autoimmuneDetails: { text: 'Que doença ou medicamento?' },
    diabetes: { text: 'Tem diabetes?' },
    epilepsy: { text: 'Tem epilepsia ou já teve alguma convulsão?' },
    organDisease: { text: 'Tem alguma doença grave do coração, dos rins ou do fígado?' },
    organDiseaseKinds: { text: 'Que órgão está afetado?' },
    keloid: {
      text: 'Tem tendência para formar cicatrizes grossas e salientes (queloides ou hipertróficas)?',
    },
    pigmentDisorder: {
      text: 'Tem alguma alteração da pigmentação como melasma ou vitiligo, ou manchas escuras após lesões?',
    },
    otherConditions: { text: 'Outra doença, operação ou problema de saúde que devamos conhecer?' },
    anticoagulants: {
      text:
        'Toma algum anticoagulante ou antiagregante (por exemplo varfarina, apixabano, rivaroxabano, ' +
        'dabigatrano, aspirina ou clopidogrel)?',
    },
    anticoagulantDrug: { text: 'Que medicamento?' },
    anticoagulantDose: { text: 'Que dose, e com que frequência?' },
    bruisingSupplements: {
      text:
        'Nos últimos 7 dias, tomou anti-inflamatórios (como ibuprofeno ou naproxeno), óleo de peixe, ' +
        'vitamina E ou ginkgo?',
    },
    bruisingSupplementsWhich: { text: 'Quais?' },
    isotretinoin: {
      text: 'Tomou comprimidos de isotretinoína para a acne (por exemplo Roacutan) nos últimos 6 meses?',
    },
    isotretinoinLastDose: {
      text: 'Data da última toma de isotretinoína',
      hint: 'Uma data aproximada é suficiente.',
    },
    topicalRetinoid: {
      text: 'Usou algum creme ou sérum com retinoides (tretinoína, adapaleno, retinol) nos últimos 5 dias?',
    },
    currentMedications: {
      text: 'Indique todos os medicamentos, contracetivos, vitaminas ou suplementos que toma atualmente.',
      hint: 'Escreva «nenhum» se não toma nada.',
    },
    allergies: {
      text: 'Tem alguma alergia (a medicamentos, anestésicos, alimentos, látex ou outra coisa)?',
    },
    allergyIngredients: {
      text: 'É alérgico/a a alguma destas substâncias?',
      hint: 'Assinale todas as que se aplicam; deixe em branco se nenhuma.',
    },
    allergyDetails: { text: 'A que é alérgico/a, e o que aconteceu?' },
    injectableReaction: {
      text: 'Já teve uma má reação a uma injeção, a um preenchimento ou a outro tratamento injetável?',
    },
    injectableReactionDetails: { text: 'O que foi injetado, e o que aconteceu?' },
    recentResurfacing: {
      text: 'Nas últimas 2 semanas, fez laser, peeling químico ou dermoabrasão?',
    },
    recentResurfacingAreas: { text: 'Em que zonas?' },
    recentResurfacingDate: { text: 'Data desse tratamento' },
    recentVaccination: { text: 'Foi vacinado/a nos últimos 7 dias?' },
    recentVaccinationDate: { text: 'Data da vacina' },
    previousTreatments: {
      text: 'Que tratamentos estéticos já fez?',
      hint: 'Deixe em branco se nenhum.',
    },
    previousFillerDate: { text: 'Data do último tratamento com preenchimento' },
    previousToxinDate: { text: 'Data do último tratamento com toxina botulínica' },
    previousThreadsDate: { text: 'Data do último lifting com fios' },
    previousLaserDate: { text: 'Data do último tratamento com laser ou luz' },
    previousMesotherapyDate: { text: 'Data da última sessão de mesoterapia' },
    fitzpatrick: {
      text: 'Fototipo (Fitzpatrick)',
      hint: 'Como a pele reage ao sol sem proteção.',
    },
    smoking: { text: 'Fuma ou usa cigarro eletrónico?' },
    concerns: { text: 'O que gostaria de melhorar?' },
    goals: { text: 'Que resultado espera, e para quando?' },
    gpName: { text: 'Nome do médico de família' },
    gpPractice: { text: 'Centro de saúde e morada do médico de família' },
    gpPhone: { text: 'Telefone do médico de família' },
    expectations: { text: 'As expectativas do doente são realistas para este tratamento?' },
    assessmentNotes: { text: 'Notas do profissional' },
  },
  options: {
    face: 'Rosto',
    neck: 'Pescoço',
    decollete: 'Decote',
    hands: 'Dorso das mãos',
    scalp: 'Couro cabeludo',
    body: 'Corpo (braços, abdómen, flancos, costas, nádegas, pernas)',
    lidocaine: 'Lidocaína (anestésico local)',
    'hyaluronic-acid': 'Ácido hialurónico',
    'vitamin-c': 'Vitamina C',
    'vitamin-b': 'Vitaminas do complexo B',
    phosphatidylcholine: 'Fosfatidilcolina',
    deoxycholate: 'Desoxicolato',
    caffeine: 'Cafeína',
    procaine: 'Procaína',
    herpes: 'Herpes labial (herpes simplex)',
    infection: 'Outra infeção da pele',
    wound: 'Ferida aberta ou pele lesionada',
    acne: 'Surto de acne',
    eczema: 'Surto de eczema',
    psoriasis: 'Surto de psoríase',
    sunburn: 'Queimadura solar',
    no: 'Não',
    controlled: 'Sim, bem controlada',
    uncontrolled: 'Sim, mal controlada ou não sei',
    heart: 'Coração',
    kidney: 'Rins',
    liver: 'Fígado',
    nsaid: 'Anti-inflamatório (AINE)',
    'fish-oil': 'Óleo de peixe',
    'vitamin-e': 'Vitamina E',
    ginkgo: 'Ginkgo',
    filler: 'Preenchimentos dérmicos',
    toxin: 'Toxina botulínica',
    threads: 'Lifting com fios',
    laser: 'Laser ou luz',
    mesotherapy: 'Mesoterapia',
    I: 'I: queima sempre, nunca bronzeia',
    II: 'II: queima quase sempre, bronzeia com dificuldade',
    III: 'III: queima às vezes, bronzeia gradualmente',
    IV: 'IV: raramente queima, bronzeia facilmente',
    V: 'V: muito raramente queima, bronzeia muito facilmente',
    VI: 'VI: nunca queima',
    never: 'Nunca',
    former: 'Já fumei',
    current: 'Sim, atualmente',
    realistic: 'Realistas',
    unrealistic: 'Não realistas',
  },
};
