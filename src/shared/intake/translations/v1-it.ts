import type { IntakeTexts } from '../texts';

/** Questionnaire version 1 in Italian. */
export const intakeV1It: IntakeTexts = {
  title: 'Questionario di anamnesi e screening',
  declaration:
    'Ho risposto a queste domande in modo completo e sincero, per quanto è a mia conoscenza. Sono consapevole ' +
    'che omettere informazioni sulla mia salute, sui farmaci o sulle allergie può mettermi a rischio, e ' +
    'informerò la clinica di ogni cambiamento prima del prossimo trattamento.',
  yesLabel: 'Sì',
  noLabel: 'No',
  sections: {
    pregnancy: { title: 'Gravidanza e allattamento' },
    guardian: {
      title: 'Genitore o tutore',
      intro:
        'I pazienti minori di 18 anni vengono trattati solo con il consenso scritto di un genitore o del tutore legale.',
    },
    conditions: { title: 'Condizioni di salute' },
    medicines: { title: 'Farmaci e integratori' },
    allergies: { title: 'Allergie e reazioni' },
    recent: { title: 'Trattamenti e vaccinazioni recenti' },
    skin: { title: 'Pelle e stile di vita' },
    goals: { title: 'Problemi e obiettivi' },
    gp: { title: 'Medico di famiglia' },
    assessment: {
      title: 'Valutazione del medico',
      intro: 'Compilata dal medico durante la visita.',
    },
  },
  questions: {
    pregnant: { text: 'È incinta, o potrebbe esserlo?' },
    breastfeeding: { text: 'Sta allattando?' },
    guardianConsent: { text: 'Un genitore o il tutore legale acconsente a questo trattamento?' },
    guardianName: { text: 'Nome del genitore o del tutore' },
    activeSkinProblem: {
      text:
        'Ha in questo momento un’infezione, un herpes labiale, una ferita aperta, una scottatura solare, o una ' +
        'riacutizzazione di acne, eczema o psoriasi in una zona che desidera trattare?',
    },
    activeSkinProblemKinds: { text: 'Quali di questi problemi ha in questo momento?' },
    activeSkinProblemAreas: { text: 'Dove si trova?' },
    bleedingDisorder: {
      text: 'Soffre di un disturbo della coagulazione o emorragico (per esempio emofilia o malattia di von Willebrand)?',
    },
    bleedingDisorderDetails: { text: 'Quale disturbo della coagulazione?' },
    cancer: { text: 'Ha attualmente un tumore, o è in chemioterapia o radioterapia?' },
    cancerDetails: { text: 'Quale tumore, e quale terapia sta seguendo?' },
    autoimmune: {
      text:
        'Soffre di una malattia autoimmune (per esempio lupus, artrite reumatoide) o assume farmaci che ' +
        'riducono le difese immunitarie?',
    },
    autoimmuneDetails: { text: 'Quale malattia o quale farmaco?' },
    diabetes: { text: 'Ha il diabete?' },
    epilepsy: { text: 'Soffre di epilessia o ha mai avuto una crisi convulsiva?' },
    organDisease: { text: 'Ha una malattia grave del cuore, dei reni o del fegato?' },
    organDiseaseKinds: { text: 'Quale organo è colpito?' },
    keloid: { text: 'Tende a formare cicatrici spesse e in rilievo (cheloidi o cicatrici ipertrofiche)?' },
    pigmentDisorder: {
      text: 'Ha un disturbo della pigmentazione come melasma o vitiligine, o macchie scure dopo piccole ferite?',
    },
    otherConditions: { text: 'Altre malattie, interventi o condizioni che dovremmo conoscere?' },
    anticoagulants: {
      text:
        'Assume un anticoagulante o antiaggregante (per esempio warfarin, apixaban, rivaroxaban, dabigatran, ' +
        'aspirina o clopidogrel)?',
    },
    anticoagulantDrug: { text: 'Quale farmaco?' },
    anticoagulantDose: { text: 'Quale dose, e quanto spesso?' },
    bruisingSupplements: {
      text:
        'Negli ultimi 7 giorni ha preso antinfiammatori (come ibuprofene o naprossene), olio di pesce, ' +
        'vitamina E o ginkgo?',
    },
    bruisingSupplementsWhich: { text: 'Quali?' },
    isotretinoin: {
      text: 'Negli ultimi 6 mesi ha assunto compresse di isotretinoina per l’acne (per esempio Roaccutan)?',
    },
    isotretinoinLastDose: {
      text: 'Data dell’ultima dose di isotretinoina',
      hint: 'Va bene una data approssimativa.',
    },
    topicalRetinoid: {
      text: 'Negli ultimi 5 giorni ha usato una crema o un siero a base di retinoidi (tretinoina, adapalene, retinolo)?',
    },
    currentMedications: {
      text: 'Elenchi tutti i farmaci, contraccettivi, vitamine o integratori che assume attualmente.',
      hint: 'Scriva «nessuno» se non assume nulla.',
    },
    allergies: {
      text: 'Ha qualche allergia (a farmaci, anestetici, alimenti, lattice o altro)?',
    },
    allergyIngredients: {
      text: 'È allergico/a a qualcuna di queste sostanze?',
      hint: 'Selezioni tutte quelle che la riguardano; lasci vuoto se nessuna.',
    },
    allergyDetails: { text: 'A che cosa è allergico/a, e che cosa è successo?' },
    injectableReaction: {
      text: 'Ha mai avuto una reazione avversa a un’iniezione, a un filler o a un altro trattamento iniettivo?',
    },
    injectableReactionDetails: { text: 'Che cosa è stato iniettato, e che cosa è successo?' },
    recentResurfacing: {
      text: 'Nelle ultime 2 settimane ha fatto laser, peeling chimico o dermoabrasione?',
    },
    recentResurfacingAreas: { text: 'Su quali zone?' },
    recentResurfacingDate: { text: 'Data di quel trattamento' },
    recentVaccination: { text: 'Ha fatto una vaccinazione negli ultimi 7 giorni?' },
    recentVaccinationDate: { text: 'Data della vaccinazione' },
    previousTreatments: {
      text: 'Quali trattamenti estetici ha già fatto in passato?',
      hint: 'Lasci vuoto se nessuno.',
    },
    previousFillerDate: { text: 'Data dell’ultimo trattamento con filler' },
    previousToxinDate: { text: 'Data dell’ultimo trattamento con tossina botulinica' },
    previousThreadsDate: { text: 'Data dell’ultimo lifting con fili' },
    previousLaserDate: { text: 'Data dell’ultimo trattamento laser o a luce' },
    previousMesotherapyDate: { text: 'Data dell’ultima seduta di mesoterapia' },
    fitzpatrick: {
      text: 'Fototipo (Fitzpatrick)',
      hint: 'Come reagisce la pelle al sole senza protezione.',
    },
    smoking: { text: 'Fuma o usa sigarette elettroniche?' },
    concerns: { text: 'Che cosa vorrebbe migliorare?' },
    goals: { text: 'Quale risultato spera di ottenere, e entro quando?' },
    gpName: { text: 'Nome del medico di famiglia' },
    gpPractice: { text: 'Studio e indirizzo del medico di famiglia' },
    gpPhone: { text: 'Telefono del medico di famiglia' },
    expectations: { text: 'Le aspettative del paziente sono realistiche per questo trattamento?' },
    assessmentNotes: { text: 'Note del medico' },
  },
  options: {
    face: 'Viso',
    neck: 'Collo',
    decollete: 'Décolleté',
    hands: 'Dorso delle mani',
    scalp: 'Cuoio capelluto',
    body: 'Corpo (braccia, addome, fianchi, schiena, glutei, gambe)',
    lidocaine: 'Lidocaina (anestetico locale)',
    'hyaluronic-acid': 'Acido ialuronico',
    'vitamin-c': 'Vitamina C',
    'vitamin-b': 'Vitamine del gruppo B',
    phosphatidylcholine: 'Fosfatidilcolina',
    deoxycholate: 'Desossicolato',
    caffeine: 'Caffeina',
    procaine: 'Procaina',
    herpes: 'Herpes labiale (herpes simplex)',
    infection: 'Altra infezione della pelle',
    wound: 'Ferita aperta o pelle lesa',
    acne: 'Riacutizzazione di acne',
    eczema: 'Riacutizzazione di eczema',
    psoriasis: 'Riacutizzazione di psoriasi',
    sunburn: 'Scottatura solare',
    no: 'No',
    controlled: 'Sì, ben controllato',
    uncontrolled: 'Sì, non ben controllato o non so',
    heart: 'Cuore',
    kidney: 'Reni',
    liver: 'Fegato',
    nsaid: 'Antinfiammatorio (FANS)',
    'fish-oil': 'Olio di pesce',
    'vitamin-e': 'Vitamina E',
    ginkgo: 'Ginkgo',
    filler: 'Filler dermici',
    toxin: 'Tossina botulinica',
    threads: 'Lifting con fili',
    laser: 'Trattamento laser o a luce',
    mesotherapy: 'Mesoterapia',
    I: 'I: si scotta sempre, non si abbronza mai',
    II: 'II: di solito si scotta, si abbronza con difficoltà',
    III: 'III: a volte si scotta, si abbronza gradualmente',
    IV: 'IV: si scotta raramente, si abbronza facilmente',
    V: 'V: si scotta molto raramente, si abbronza molto facilmente',
    VI: 'VI: non si scotta mai',
    never: 'Mai',
    former: 'In passato',
    current: 'Sì, attualmente',
    realistic: 'Realistiche',
    unrealistic: 'Non realistiche',
  },
};
