import type { Language } from '../language/languages';
import type { StoredSignature } from '../signature';
import type { PhotoConsentLevel } from './schema';

/**
 * The fixed words of a consent form or aftercare sheet (its PDF and the photo choices the patient ticks),
 * in the language of the document: the patient's, never the practitioner's interface language.
 */
export interface DocumentWords {
  kind: { consent: string; aftercare: string };
  titleLine: (kind: string, date: string, key: string, version: number) => string;
  declarationsHeading: string;
  declarationsNote: string;
  photoHeading: string;
  photoLabels: Record<PhotoConsentLevel, string>;
  signaturesHeading: string;
  roles: Record<StoredSignature['role'], string>;
  method: Record<StoredSignature['method'], string>;
  signed: (when: string) => string;
  aftercareGiven: (who: string, when: string) => string;
  thePractitioner: string;
  clinic: string;
  registration: (number: string) => string;
  patientLine: (dateOfBirth: string, number: string) => string;
  page: (page: number, pages: number) => string;
  document: (uid: string) => string;
  /** What a merge field prints when the detail was left empty, and how a product line reads. */
  merge: {
    notRecorded: string;
    toBeAgreedItem: string;
    toBeAgreed: string;
    notBooked: string;
    theClinic: string;
    emergencyFallback: string;
    yourPractitioner: string;
    lot: (lot: string) => string;
    expiry: (date: string) => string;
  };
  /** The treatment areas offered on the document form (shared/documents/areas.ts), by their English name. */
  areas: Record<string, string>;
}

const en: DocumentWords = {
  kind: { consent: 'Consent form', aftercare: 'Aftercare sheet' },
  titleLine: (kind, date, key, version) => `${kind}  ·  Date ${date}  ·  Template ${key} version ${version}`,
  declarationsHeading: 'Your declarations',
  declarationsNote: 'The patient ticked each statement below on screen before signing.',
  photoHeading: 'Consent to photographs',
  photoLabels: {
    clinical: 'My photographs may be kept in my clinical record only.',
    education:
      'They may also be used for teaching and training other practitioners, with my face or other identifying features hidden.',
    marketing:
      'They may also be used in the clinic’s publicity, such as its website, brochures and social media.',
  },
  signaturesHeading: 'Signatures',
  roles: {
    patient: 'Patient',
    guardian: 'Parent or guardian',
    practitioner: 'Practitioner',
    witness: 'Witness',
  },
  method: { typed: 'typed signature', drawn: 'drawn signature' },
  signed: (when) => `Signed ${when}`,
  aftercareGiven: (who, when) => `Aftercare advice given by ${who} on ${when}.`,
  thePractitioner: 'the practitioner',
  clinic: 'Clinic',
  registration: (n) => `Registration no. ${n}`,
  patientLine: (dob, n) => `Date of birth ${dob}  ·  Patient no. ${n}`,
  page: (p, n) => `Page ${p} of ${n}`,
  document: (uid) => `Document ${uid}`,
  merge: {
    notRecorded: 'not recorded',
    toBeAgreedItem: 'To be agreed with your practitioner',
    toBeAgreed: 'to be agreed with your practitioner',
    notBooked: 'not booked yet; please contact the clinic to arrange it',
    theClinic: 'the clinic',
    emergencyFallback: 'If you are worried, contact the clinic using the details below.',
    yourPractitioner: 'your practitioner',
    lot: (lot) => `lot ${lot}`,
    expiry: (date) => `expiry ${date}`,
  },
  areas: {
    Forehead: 'Forehead',
    Cheeks: 'Cheeks',
    'Nasolabial folds': 'Nasolabial folds',
    'Around the mouth': 'Around the mouth',
    Jawline: 'Jawline',
    Chin: 'Chin',
    Neck: 'Neck',
    Décolleté: 'Décolleté',
    'Backs of hands': 'Backs of hands',
    'Under-eye area': 'Under-eye area',
    'Around the eyes': 'Around the eyes',
    'Scalp: front': 'Scalp: front',
    'Scalp: temples': 'Scalp: temples',
    'Scalp: crown': 'Scalp: crown',
    'Scalp: back': 'Scalp: back',
    Arms: 'Arms',
    Abdomen: 'Abdomen',
    Flanks: 'Flanks',
    Back: 'Back',
    Buttocks: 'Buttocks',
    Thighs: 'Thighs',
    Calves: 'Calves',
    Knees: 'Knees',
    'Double chin': 'Double chin',
  },
};

const it: DocumentWords = {
  kind: { consent: 'Modulo di consenso', aftercare: 'Istruzioni post-trattamento' },
  titleLine: (kind, date, key, version) => `${kind}  ·  Data ${date}  ·  Modello ${key} versione ${version}`,
  declarationsHeading: 'Le sue dichiarazioni',
  declarationsNote: 'Il paziente ha spuntato sullo schermo ciascuna dichiarazione prima di firmare.',
  photoHeading: 'Consenso alle fotografie',
  photoLabels: {
    clinical: 'Le mie fotografie possono essere conservate solo nella mia cartella clinica.',
    education:
      'Possono essere usate anche per l’insegnamento e la formazione di altri professionisti, con il viso o altri tratti riconoscibili nascosti.',
    marketing:
      'Possono essere usate anche nella pubblicità della clinica, come il sito web, gli opuscoli e i social media.',
  },
  signaturesHeading: 'Firme',
  roles: { patient: 'Paziente', guardian: 'Genitore o tutore', practitioner: 'Medico', witness: 'Testimone' },
  method: { typed: 'firma digitata', drawn: 'firma tracciata' },
  signed: (when) => `Firmato il ${when}`,
  aftercareGiven: (who, when) => `Istruzioni post-trattamento consegnate da ${who} il ${when}.`,
  thePractitioner: 'il medico',
  clinic: 'Clinica',
  registration: (n) => `Iscrizione all’albo n. ${n}`,
  patientLine: (dob, n) => `Data di nascita ${dob}  ·  Paziente n. ${n}`,
  page: (p, n) => `Pagina ${p} di ${n}`,
  document: (uid) => `Documento ${uid}`,
  merge: {
    notRecorded: 'non indicato',
    toBeAgreedItem: 'Da concordare con il medico',
    toBeAgreed: 'da concordare con il medico',
    notBooked: 'non ancora fissato; contatti la clinica per prenotarlo',
    theClinic: 'la clinica',
    emergencyFallback: 'Se è preoccupato/a, contatti la clinica ai recapiti indicati qui sotto.',
    yourPractitioner: 'il suo medico',
    lot: (lot) => `lotto ${lot}`,
    expiry: (date) => `scadenza ${date}`,
  },
  areas: {
    Forehead: 'Fronte',
    Cheeks: 'Guance',
    'Nasolabial folds': 'Solchi nasogenieni',
    'Around the mouth': 'Intorno alla bocca',
    Jawline: 'Linea della mandibola',
    Chin: 'Mento',
    Neck: 'Collo',
    Décolleté: 'Décolleté',
    'Backs of hands': 'Dorso delle mani',
    'Under-eye area': 'Zona sotto gli occhi',
    'Around the eyes': 'Intorno agli occhi',
    'Scalp: front': 'Cuoio capelluto: parte anteriore',
    'Scalp: temples': 'Cuoio capelluto: tempie',
    'Scalp: crown': 'Cuoio capelluto: vertice',
    'Scalp: back': 'Cuoio capelluto: nuca',
    Arms: 'Braccia',
    Abdomen: 'Addome',
    Flanks: 'Fianchi',
    Back: 'Schiena',
    Buttocks: 'Glutei',
    Thighs: 'Cosce',
    Calves: 'Polpacci',
    Knees: 'Ginocchia',
    'Double chin': 'Doppio mento',
  },
};

const fr: DocumentWords = {
  kind: { consent: 'Formulaire de consentement', aftercare: 'Consignes après traitement' },
  titleLine: (kind, date, key, version) => `${kind}  ·  Date ${date}  ·  Modèle ${key} version ${version}`,
  declarationsHeading: 'Vos déclarations',
  declarationsNote: 'Le patient a coché chaque déclaration ci-dessous à l’écran avant de signer.',
  photoHeading: 'Consentement aux photographies',
  photoLabels: {
    clinical: 'Mes photographies peuvent être conservées uniquement dans mon dossier médical.',
    education:
      'Elles peuvent aussi servir à l’enseignement et à la formation d’autres praticiens, mon visage ou tout autre signe permettant de me reconnaître étant masqué.',
    marketing:
      'Elles peuvent aussi être utilisées pour la communication du cabinet, comme son site internet, ses brochures et ses réseaux sociaux.',
  },
  signaturesHeading: 'Signatures',
  roles: {
    patient: 'Patient',
    guardian: 'Parent ou représentant légal',
    practitioner: 'Praticien',
    witness: 'Témoin',
  },
  method: { typed: 'signature saisie', drawn: 'signature manuscrite' },
  signed: (when) => `Signé le ${when}`,
  aftercareGiven: (who, when) => `Consignes après traitement remises par ${who} le ${when}.`,
  thePractitioner: 'le praticien',
  clinic: 'Cabinet',
  registration: (n) => `N° d’inscription ${n}`,
  patientLine: (dob, n) => `Date de naissance ${dob}  ·  Patient n° ${n}`,
  page: (p, n) => `Page ${p} sur ${n}`,
  document: (uid) => `Document ${uid}`,
  merge: {
    notRecorded: 'non renseigné',
    toBeAgreedItem: 'À convenir avec votre praticien',
    toBeAgreed: 'à convenir avec votre praticien',
    notBooked: 'pas encore fixé ; veuillez contacter le cabinet pour le prendre',
    theClinic: 'le cabinet',
    emergencyFallback: 'En cas d’inquiétude, contactez le cabinet aux coordonnées ci-dessous.',
    yourPractitioner: 'votre praticien',
    lot: (lot) => `lot ${lot}`,
    expiry: (date) => `péremption ${date}`,
  },
  areas: {
    Forehead: 'Front',
    Cheeks: 'Joues',
    'Nasolabial folds': 'Sillons nasogéniens',
    'Around the mouth': 'Autour de la bouche',
    Jawline: 'Ovale du visage',
    Chin: 'Menton',
    Neck: 'Cou',
    Décolleté: 'Décolleté',
    'Backs of hands': 'Dos des mains',
    'Under-eye area': 'Sous les yeux',
    'Around the eyes': 'Contour des yeux',
    'Scalp: front': 'Cuir chevelu : avant',
    'Scalp: temples': 'Cuir chevelu : tempes',
    'Scalp: crown': 'Cuir chevelu : sommet',
    'Scalp: back': 'Cuir chevelu : arrière',
    Arms: 'Bras',
    Abdomen: 'Ventre',
    Flanks: 'Flancs',
    Back: 'Dos',
    Buttocks: 'Fesses',
    Thighs: 'Cuisses',
    Calves: 'Mollets',
    Knees: 'Genoux',
    'Double chin': 'Double menton',
  },
};

const es: DocumentWords = {
  kind: { consent: 'Formulario de consentimiento', aftercare: 'Cuidados posteriores' },
  titleLine: (kind, date, key, version) =>
    `${kind}  ·  Fecha ${date}  ·  Plantilla ${key} versión ${version}`,
  declarationsHeading: 'Sus declaraciones',
  declarationsNote: 'El paciente marcó en pantalla cada una de las declaraciones siguientes antes de firmar.',
  photoHeading: 'Consentimiento para fotografías',
  photoLabels: {
    clinical: 'Mis fotografías pueden guardarse únicamente en mi historia clínica.',
    education:
      'También pueden usarse para la docencia y la formación de otros profesionales, con mi cara u otros rasgos identificativos ocultos.',
    marketing:
      'También pueden usarse en la publicidad de la clínica, como su sitio web, folletos y redes sociales.',
  },
  signaturesHeading: 'Firmas',
  roles: {
    patient: 'Paciente',
    guardian: 'Padre, madre o tutor',
    practitioner: 'Profesional',
    witness: 'Testigo',
  },
  method: { typed: 'firma escrita a teclado', drawn: 'firma manuscrita' },
  signed: (when) => `Firmado el ${when}`,
  aftercareGiven: (who, when) => `Indicaciones de cuidados entregadas por ${who} el ${when}.`,
  thePractitioner: 'el profesional',
  clinic: 'Clínica',
  registration: (n) => `N.º de colegiado ${n}`,
  patientLine: (dob, n) => `Fecha de nacimiento ${dob}  ·  Paciente n.º ${n}`,
  page: (p, n) => `Página ${p} de ${n}`,
  document: (uid) => `Documento ${uid}`,
  merge: {
    notRecorded: 'no consta',
    toBeAgreedItem: 'A acordar con su profesional',
    toBeAgreed: 'a acordar con su profesional',
    notBooked: 'todavía sin cita; póngase en contacto con la clínica para concertarla',
    theClinic: 'la clínica',
    emergencyFallback: 'Si algo le preocupa, contacte con la clínica en los datos que figuran abajo.',
    yourPractitioner: 'su profesional',
    lot: (lot) => `lote ${lot}`,
    expiry: (date) => `caducidad ${date}`,
  },
  areas: {
    Forehead: 'Frente',
    Cheeks: 'Mejillas',
    'Nasolabial folds': 'Surcos nasogenianos',
    'Around the mouth': 'Alrededor de la boca',
    Jawline: 'Línea mandibular',
    Chin: 'Mentón',
    Neck: 'Cuello',
    Décolleté: 'Escote',
    'Backs of hands': 'Dorso de las manos',
    'Under-eye area': 'Zona de ojeras',
    'Around the eyes': 'Contorno de ojos',
    'Scalp: front': 'Cuero cabelludo: parte delantera',
    'Scalp: temples': 'Cuero cabelludo: sienes',
    'Scalp: crown': 'Cuero cabelludo: coronilla',
    'Scalp: back': 'Cuero cabelludo: parte posterior',
    Arms: 'Brazos',
    Abdomen: 'Abdomen',
    Flanks: 'Flancos',
    Back: 'Espalda',
    Buttocks: 'Glúteos',
    Thighs: 'Muslos',
    Calves: 'Pantorrillas',
    Knees: 'Rodillas',
    'Double chin': 'Papada',
  },
};

const de: DocumentWords = {
  kind: { consent: 'Einwilligungserklärung', aftercare: 'Hinweise zur Nachsorge' },
  titleLine: (kind, date, key, version) => `${kind}  ·  Datum ${date}  ·  Vorlage ${key} Version ${version}`,
  declarationsHeading: 'Ihre Erklärungen',
  declarationsNote:
    'Die Patientin oder der Patient hat jede der folgenden Aussagen vor der Unterschrift am Bildschirm angekreuzt.',
  photoHeading: 'Einwilligung zu Fotografien',
  photoLabels: {
    clinical: 'Meine Fotos dürfen nur in meiner Patientenakte aufbewahrt werden.',
    education:
      'Sie dürfen auch für Lehre und Fortbildung anderer Behandelnder verwendet werden, wobei mein Gesicht und andere erkennbare Merkmale verdeckt sind.',
    marketing:
      'Sie dürfen auch für die Werbung der Praxis verwendet werden, etwa auf der Website, in Broschüren und in sozialen Medien.',
  },
  signaturesHeading: 'Unterschriften',
  roles: {
    patient: 'Patient/in',
    guardian: 'Elternteil oder Vormund',
    practitioner: 'Behandelnde Person',
    witness: 'Zeuge/Zeugin',
  },
  method: { typed: 'getippte Unterschrift', drawn: 'gezeichnete Unterschrift' },
  signed: (when) => `Unterschrieben am ${when}`,
  aftercareGiven: (who, when) => `Nachsorgehinweise übergeben von ${who} am ${when}.`,
  thePractitioner: 'der behandelnden Person',
  clinic: 'Praxis',
  registration: (n) => `Registrierungsnr. ${n}`,
  patientLine: (dob, n) => `Geburtsdatum ${dob}  ·  Patientennr. ${n}`,
  page: (p, n) => `Seite ${p} von ${n}`,
  document: (uid) => `Dokument ${uid}`,
  merge: {
    notRecorded: 'nicht angegeben',
    toBeAgreedItem: 'Mit Ihrer behandelnden Person abzustimmen',
    toBeAgreed: 'mit Ihrer behandelnden Person abzustimmen',
    notBooked: 'noch nicht vereinbart; bitte melden Sie sich bei der Praxis',
    theClinic: 'die Praxis',
    emergencyFallback:
      'Wenn Sie sich Sorgen machen, wenden Sie sich über die unten stehenden Angaben an die Praxis.',
    yourPractitioner: 'Ihre behandelnde Person',
    lot: (lot) => `Charge ${lot}`,
    expiry: (date) => `verwendbar bis ${date}`,
  },
  areas: {
    Forehead: 'Stirn',
    Cheeks: 'Wangen',
    'Nasolabial folds': 'Nasolabialfalten',
    'Around the mouth': 'Mundpartie',
    Jawline: 'Kieferlinie',
    Chin: 'Kinn',
    Neck: 'Hals',
    Décolleté: 'Dekolleté',
    'Backs of hands': 'Handrücken',
    'Under-eye area': 'Unter den Augen',
    'Around the eyes': 'Augenpartie',
    'Scalp: front': 'Kopfhaut: vorne',
    'Scalp: temples': 'Kopfhaut: Schläfen',
    'Scalp: crown': 'Kopfhaut: Scheitel',
    'Scalp: back': 'Kopfhaut: hinten',
    Arms: 'Arme',
    Abdomen: 'Bauch',
    Flanks: 'Flanken',
    Back: 'Rücken',
    Buttocks: 'Gesäß',
    Thighs: 'Oberschenkel',
    Calves: 'Waden',
    Knees: 'Knie',
    'Double chin': 'Doppelkinn',
  },
};

const pt: DocumentWords = {
  kind: { consent: 'Formulário de consentimento', aftercare: 'Cuidados após o tratamento' },
  titleLine: (kind, date, key, version) => `${kind}  ·  Data ${date}  ·  Modelo ${key} versão ${version}`,
  declarationsHeading: 'As suas declarações',
  declarationsNote: 'O doente assinalou no ecrã cada uma das declarações abaixo antes de assinar.',
  photoHeading: 'Consentimento para fotografias',
  photoLabels: {
    clinical: 'As minhas fotografias podem ser guardadas apenas no meu processo clínico.',
    education:
      'Podem também ser usadas no ensino e na formação de outros profissionais, com o meu rosto ou outros traços identificativos ocultos.',
    marketing: 'Podem também ser usadas na publicidade da clínica, como o site, folhetos e redes sociais.',
  },
  signaturesHeading: 'Assinaturas',
  roles: {
    patient: 'Doente',
    guardian: 'Pai, mãe ou tutor',
    practitioner: 'Profissional',
    witness: 'Testemunha',
  },
  method: { typed: 'assinatura escrita', drawn: 'assinatura desenhada' },
  signed: (when) => `Assinado em ${when}`,
  aftercareGiven: (who, when) => `Indicações de cuidados entregues por ${who} em ${when}.`,
  thePractitioner: 'o profissional',
  clinic: 'Clínica',
  registration: (n) => `Cédula profissional n.º ${n}`,
  patientLine: (dob, n) => `Data de nascimento ${dob}  ·  Doente n.º ${n}`,
  page: (p, n) => `Página ${p} de ${n}`,
  document: (uid) => `Documento ${uid}`,
  merge: {
    notRecorded: 'não registado',
    toBeAgreedItem: 'A combinar com o seu profissional',
    toBeAgreed: 'a combinar com o seu profissional',
    notBooked: 'ainda não marcada; contacte a clínica para a marcar',
    theClinic: 'a clínica',
    emergencyFallback: 'Se estiver preocupado/a, contacte a clínica através dos dados abaixo.',
    yourPractitioner: 'o seu profissional',
    lot: (lot) => `lote ${lot}`,
    expiry: (date) => `validade ${date}`,
  },
  areas: {
    Forehead: 'Testa',
    Cheeks: 'Bochechas',
    'Nasolabial folds': 'Sulcos nasogenianos',
    'Around the mouth': 'À volta da boca',
    Jawline: 'Linha da mandíbula',
    Chin: 'Queixo',
    Neck: 'Pescoço',
    Décolleté: 'Decote',
    'Backs of hands': 'Dorso das mãos',
    'Under-eye area': 'Zona das olheiras',
    'Around the eyes': 'Contorno dos olhos',
    'Scalp: front': 'Couro cabeludo: frente',
    'Scalp: temples': 'Couro cabeludo: têmporas',
    'Scalp: crown': 'Couro cabeludo: coroa',
    'Scalp: back': 'Couro cabeludo: nuca',
    Arms: 'Braços',
    Abdomen: 'Abdómen',
    Flanks: 'Flancos',
    Back: 'Costas',
    Buttocks: 'Nádegas',
    Thighs: 'Coxas',
    Calves: 'Barrigas das pernas',
    Knees: 'Joelhos',
    'Double chin': 'Papada',
  },
};

export const DOCUMENT_WORDS: Record<Language, DocumentWords> = { en, fr, it, es, de, pt };

/** A document stored before documents had a language is English. */
export const documentWords = (language: Language | undefined): DocumentWords =>
  DOCUMENT_WORDS[language ?? 'en'];
