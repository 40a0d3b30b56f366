import type { BuiltinTexts } from '../builtins';

const PLANNED = 'Il numero di sedute previste per lei è: {{treatment.plannedSessions}}.';

/** The built-in consent forms and aftercare sheets in Italian. */
export const templatesIt: BuiltinTexts = {
  consent: {
    intro: `Questo modulo descrive il trattamento di mesoterapia che sta valutando presso {{clinic.name}}. La preghiamo di leggerlo con attenzione e di chiedere a {{practitioner.name}} qualsiasi cosa non le sia chiara prima di firmare. Può prendersi tutto il tempo che le serve.

Paziente: {{patient.name}}, nato/a il {{patient.dateOfBirth}} (cartella {{patient.number}}). Data: {{document.date}}.`,
    mixture: `La miscela prevista per lei viene preparata per il suo trattamento e può combinare più prodotti. Per ogni prodotto registriamo il numero di lotto, in modo che possa essere rintracciato in seguito.

- {{treatment.products}}

Alcuni di questi prodotti possono essere usati in un modo non specificamente autorizzato dal produttore (il cosiddetto uso "off-label"). Il medico le spiegherà perché le vengono proposti.

Zone da trattare:

- {{treatment.areas}}`,
    sideEffectsLead:
      'La maggior parte delle persone ne ha qualcuno. Sono attesi e di solito passano da soli:',
    commonSideEffects: [
      'Pizzicore o bruciore durante le iniezioni, che cessa poco dopo.',
      'Arrossamento della zona trattata, che di solito scompare in poche ore o entro un giorno.',
      'Gonfiore, più evidente uno o due giorni dopo il trattamento, che poi si riduce.',
      'Lividi in alcuni punti di iniezione, che possono impiegare fino a una o due settimane a scomparire.',
      'Sensibilità o prurito della pelle trattata per alcuni giorni.',
      'Piccoli rilievi dove è stato iniettato il prodotto, che si appiattiscono in poche ore o pochi giorni.',
    ],
    rareRisks: `Sono poco frequenti, ma è giusto che lei li conosca:

- Infezione nei punti di iniezione, che può richiedere antibiotici.
- Reazione allergica a uno degli ingredienti, da un’eruzione cutanea locale fino, molto raramente, a una reazione grave che rende difficile respirare.
- Noduli duri sotto la pelle che possono durare settimane o più.
- Alterazioni del colore della pelle, come macchie più scure, soprattutto nelle pelli scure o dopo l’esposizione al sole.
- Cicatrici.
- Occlusione o danno di piccoli vasi sanguigni (compromissione vascolare), che può danneggiare la pelle sovrastante e richiede un trattamento urgente.
- Sensazione di malessere o di svenimento durante il trattamento o poco dopo.

Se si verifica uno di questi problemi, contatti subito la clinica. La maggior parte si può trattare, e prima viene visto meglio è.`,
    alternativesLead: 'Altre possibilità che può prendere in considerazione:',
    commonAlternatives: [
      'Nessun trattamento.',
      'Prodotti per la cura della pelle da usare a casa.',
      'Altri trattamenti ambulatoriali come microneedling, peeling chimici, laser, tossina botulinica o filler dermici, se adatti al suo caso.',
    ],
    withdraw: `Sottoporsi al trattamento è una sua scelta. Può cambiare idea in qualsiasi momento, prima o durante il ciclo, anche a metà di una seduta, senza dover dare spiegazioni. Interrompere non avrà conseguenze sul resto delle cure che riceve presso {{clinic.name}}.`,
    declarations: [
      'Ho letto questo modulo, o mi è stato letto, e l’ho compreso.',
      'Ho avuto tempo sufficiente per fare domande, e ho ricevuto risposte soddisfacenti.',
      'Le informazioni sulla mia salute che ho fornito, compresi farmaci e allergie, sono complete e vere per quanto è a mia conoscenza, e informerò la clinica di ogni cambiamento.',
      'Comprendo che i risultati variano da persona a persona, non sono garantiti e non sono permanenti.',
      'Comprendo gli effetti collaterali comuni e i rischi rari descritti sopra.',
      'Mi impegno a seguire le istruzioni post-trattamento che mi verranno date e a contattare la clinica in caso di dubbi.',
      'Comprendo di poter ritirare il mio consenso in qualsiasi momento.',
    ],
    photo: `Le fotografie ci aiutano a pianificare il trattamento e a valutarne l’efficacia. Il consenso alle fotografie è separato dal consenso al trattamento: può ricevere il trattamento qualunque sia la sua scelta qui, e può cambiarla in seguito. Scelga uno dei livelli qui sotto.`,
    headings: {
      procedure: 'Il trattamento',
      mixture: 'La miscela prevista',
      benefits: 'Benefici attesi e loro limiti',
      sideEffects: 'Effetti collaterali comuni',
      rareRisks: 'Rischi rari',
      alternatives: 'Alternative',
      sessions: 'Numero di sedute',
      withdraw: 'Il suo diritto di ritirarsi',
    },
  },
  consentAreas: {
    face: {
      title: 'Consenso alla mesoterapia di ringiovanimento del viso',
      procedure: `La mesoterapia introduce quantità molto piccole di una miscela attiva appena sotto la superficie della pelle con numerose microiniezioni. Sul viso il medico usa un ago molto sottile (o un dispositivo iniettore) e tratta ogni zona con iniezioni rapide e superficiali, di solito profonde da uno a quattro millimetri.

Se lo desidera, prima può essere applicata una crema anestetica. Una seduta dura di solito da 30 a 60 minuti.`,
      benefits: `Lo scopo è migliorare l’idratazione, la luminosità e la grana della pelle e attenuare le rughe sottili. I cambiamenti si accumulano gradualmente nel corso di alcune settimane e di un ciclo di sedute.

I risultati variano da persona a persona. Non sono garantiti e non sono permanenti: di solito servono sedute di mantenimento regolari per conservarli.`,
      extraSideEffects: [
        'Segni visibili delle iniezioni sul viso per uno o due giorni, che dopo 24 ore si possono coprire con il trucco.',
      ],
      alternatives: [
        'Cosmetici dermatologici, come retinoidi e protezione solare, prescritti o consigliati da un professionista.',
      ],
      sessions: `Un ciclo per il viso comprende di solito da tre a sei sedute, spesso a una o due settimane di distanza all’inizio e poi più distanziate. Sono frequenti sedute di mantenimento ogni tre-cinque mesi.

${PLANNED}`,
    },
    'under-eye': {
      title: 'Consenso alla mesoterapia della zona perioculare',
      procedure: `La mesoterapia introduce quantità molto piccole di una miscela attiva appena sotto la superficie della pelle con numerose microiniezioni. Intorno agli occhi la pelle è sottile e delicata, perciò il medico usa un ago molto sottile, piccoli volumi e iniezioni molto superficiali, mantenendo una distanza di sicurezza dall’occhio.

Se lo desidera, prima può essere applicata una crema anestetica. Una seduta dura di solito circa 30 minuti.`,
      benefits: `Lo scopo è migliorare l’aspetto delle occhiaie, delle rughe sottili e della pelle spenta e stanca sotto gli occhi. I cambiamenti si accumulano gradualmente nel corso di alcune settimane.

I risultati variano. Le occhiaie dovute alla struttura ossea, a incavi profondi o a pigmentazione ereditaria possono migliorare solo poco. I risultati non sono garantiti e non sono permanenti.`,
      extraSideEffects: [
        'Gonfiore sotto gli occhi, che per alcuni giorni può essere più evidente al mattino.',
        'Lividi, più probabili qui che in altre zone del viso perché la pelle è sottile.',
      ],
      alternatives: [
        'Creme per il contorno occhi, e la cura di cause come la mancanza di sonno o le allergie.',
      ],
      sessions: `Un ciclo per la zona perioculare comprende di solito da tre a cinque sedute, a due-quattro settimane di distanza, seguite da qualche seduta di mantenimento.

${PLANNED}`,
    },
    scalp: {
      title: 'Consenso alla mesoterapia del cuoio capelluto e dei capelli',
      procedure: `La mesoterapia introduce quantità molto piccole di una miscela attiva nella pelle del cuoio capelluto con numerose microiniezioni, o con un dispositivo di microneedling, sulle zone in cui i capelli si stanno diradando.

Le iniezioni sono superficiali, di solito profonde da uno a quattro millimetri. Una seduta dura di solito da 30 a 45 minuti.`,
      benefits: `Lo scopo è sostenere i follicoli piliferi, ridurre la caduta e migliorare lo spessore dei capelli diradati. Ogni cambiamento è lento: spesso servono tre mesi o più per notarlo.

I risultati variano e dipendono dalla causa della caduta. La mesoterapia non può far ricrescere i capelli dove i follicoli sono andati persi definitivamente. I risultati non sono garantiti e non sono permanenti.`,
      extraSideEffects: [
        'Cuoio capelluto teso o dolente per uno o due giorni.',
        'Piccole crosticine nei punti di iniezione, nella maggior parte dei casi nascoste dai capelli.',
        'Un lieve mal di testa dopo la seduta.',
      ],
      alternatives: [
        'Farmaci contro la caduta dei capelli prescritti da un medico, o lozioni come il minoxidil.',
        'Trattamento con plasma ricco di piastrine (PRP), o trapianto di capelli.',
      ],
      sessions: `Un ciclo per il cuoio capelluto comprende di solito da otto a dodici sedute, settimanali o ogni due settimane all’inizio e poi mensili, con mantenimento ogni pochi mesi.

${PLANNED}`,
    },
    body: {
      title: 'Consenso alla mesoterapia corpo per cellulite e adiposità localizzata',
      procedure: `La mesoterapia introduce piccole quantità di una miscela attiva nella pelle e nello strato di grasso sottostante con numerose iniezioni sulla zona trattata. Sul corpo si usano aghi sottili più lunghi quando lo scopo è raggiungere piccoli accumuli di grasso.

Alcune miscele contengono sostanze destinate a sciogliere le cellule adipose (come la fosfatidilcolina o il desossicolato). Una seduta dura di solito da 30 a 60 minuti.`,
      benefits: `Lo scopo è migliorare l’aspetto della cellulite e ridurre piccoli accumuli di grasso resistenti. Non è un trattamento per dimagrire e non sostituisce un’alimentazione sana e l’attività fisica.

I risultati variano e si accumulano gradualmente nel corso di alcune settimane. Non sono garantiti, e possono andare persi se si aumenta di peso.`,
      extraSideEffects: [
        'Gonfiore marcato, calore e dolorabilità della zona trattata per diversi giorni, soprattutto quando si usano prodotti che sciolgono il grasso.',
        'Indurimento sotto la pelle per alcune settimane, finché la zona si assesta.',
      ],
      alternatives: [
        'Cambiamenti nell’alimentazione e nell’attività fisica.',
        'Altri trattamenti per il corpo come radiofrequenza, criolipolisi, o interventi chirurgici come la liposuzione.',
      ],
      sessions: `Un ciclo per il corpo comprende di solito da sei a quindici sedute, a una-tre settimane di distanza, a seconda della zona e dell’obiettivo.

${PLANNED}`,
    },
    generic: {
      title: 'Consenso al trattamento di mesoterapia',
      procedure: `La mesoterapia introduce quantità molto piccole di una miscela attiva nella pelle, o appena sotto, con numerose microiniezioni o con un dispositivo iniettore. La profondità è di solito da uno a quattro millimetri, un po’ di più per alcune zone del corpo.

Se lo desidera, prima può essere applicata una crema anestetica. Una seduta dura di solito da 30 a 60 minuti.`,
      benefits: `Ciò che la mesoterapia può fare dipende dalla zona e dal problema. Il medico le ha spiegato lo scopo del suo trattamento. I cambiamenti si accumulano gradualmente nel corso di alcune settimane e di un ciclo di sedute.

I risultati variano da persona a persona. Non sono garantiti e non sono permanenti.`,
      extraSideEffects: [],
      alternatives: [],
      sessions: `La maggior parte delle persone ha bisogno di un ciclo di più sedute: di solito da tre a sei per il viso e di più per il corpo o il cuoio capelluto, seguite da qualche seduta di mantenimento.

${PLANNED}`,
    },
  },
  aftercare: {
    intro: `Queste istruzioni sono per {{patient.name}} dopo la mesoterapia eseguita presso {{clinic.name}} il {{document.date}}.

Zone trattate:

- {{treatment.areas}}

Prodotti usati:

- {{treatment.products}}`,
    commonNormal: [
      'Arrossamento, gonfiore, piccoli rilievi e sensibilità sono attesi. Passano nel giro di alcune ore o di pochi giorni.',
      'Il gonfiore è di solito massimo uno o due giorni dopo il trattamento.',
      'Possono comparire lividi, che scompaiono in una o due settimane.',
      'Un impacco freddo avvolto in un panno pulito, tenuto per qualche minuto alla volta, riduce il gonfiore. Il gel all’arnica può aiutare i lividi a sparire. Per il fastidio può prendere paracetamolo, se per lei è sicuro.',
    ],
    commonAvoid: [
      'Per 24 ore: non tocchi la zona trattata con le mani non lavate.',
      'Per 24-48 ore: eviti l’attività fisica intensa, sauna, bagno turco, bagni caldi, idromassaggio e piscina, e limiti al minimo l’alcol.',
      'Per una o due settimane: niente peeling, laser, esfoliazione o altri trattamenti sulla stessa zona.',
      'Non stacchi le crosticine, e non massaggi la zona se non le è stato indicato.',
    ],
    commonSkinCare: [
      'Eviti il sole e non usi lettini abbronzanti finché i lividi non sono scomparsi.',
      'Usi ogni giorno una protezione solare alta (SPF 50) sulla pelle trattata esposta alla luce.',
    ],
    urgent: `Contatti subito la clinica, o si rechi al pronto soccorso se non riesce a raggiungerci, se nota:

- Segni di infezione: dolore che peggiora invece di migliorare, arrossamento che si estende, calore o pus.
- Segni di un vaso sanguigno occluso: pelle che diventa pallida, scura, grigio-bluastra o a chiazze, o dolore intenso vicino a un punto di iniezione.
- Segni di reazione allergica: gonfiore del viso, delle labbra o della gola, un’eruzione in rilievo che prude (orticaria), o difficoltà a respirare. Se ha difficoltà a respirare chiami subito il numero di emergenza.`,
    contact: `{{clinic.emergencyLine}}

Clinica: {{clinic.name}}, telefono {{clinic.phone}}, email {{clinic.email}}.
Il suo medico: {{practitioner.name}}.`,
    next: `Il suo prossimo appuntamento: {{appointment.next}}.

Rispettare gli intervalli previsti dà i risultati migliori. Se deve spostare l’appuntamento, avvisi la clinica.`,
    headings: {
      normal: 'Che cosa è normale, e per quanto tempo',
      avoid: 'Che cosa evitare, e per quanto tempo',
      skinCare: 'Cura della pelle e sole',
      urgent: 'Quando chiedere aiuto con urgenza',
      contact: 'Come contattarci',
      next: 'Il prossimo appuntamento',
    },
  },
  aftercareAreas: {
    face: {
      title: 'Istruzioni dopo la mesoterapia del viso',
      normal: ['Piccoli segni nei punti di iniezione sono normali e scompaiono in uno o due giorni.'],
      avoid: ['Per 24 ore: niente trucco sulla pelle trattata.'],
      skinCare: [
        'Deterga delicatamente con acqua tiepida e un detergente delicato; non strofini per 24 ore.',
        'Sospenda per alcuni giorni i prodotti con retinoidi e acidi, poi li riprenda gradualmente.',
      ],
    },
    'under-eye': {
      title: 'Istruzioni dopo la mesoterapia della zona perioculare',
      normal: [
        'Il gonfiore sotto gli occhi può essere più evidente al mattino per alcuni giorni. Dormire con la testa un po’ sollevata su un cuscino in più aiuta.',
      ],
      avoid: [
        'Per 24 ore: niente trucco sugli occhi o sotto gli occhi, e non si strofini gli occhi.',
        'Se possibile, per il resto della giornata porti gli occhiali invece delle lenti a contatto.',
      ],
      skinCare: [
        'Asciughi la zona tamponando delicatamente, e per alcuni giorni usi solo una semplice crema contorno occhi senza profumo.',
      ],
    },
    scalp: {
      title: 'Istruzioni dopo la mesoterapia del cuoio capelluto',
      normal: [
        'Il cuoio capelluto può essere teso o dolente per uno o due giorni, ed è possibile un lieve mal di testa.',
        'Piccole crosticine nei punti di iniezione sono normali e cadono da sole.',
      ],
      avoid: [
        'Non lavi i capelli fino al giorno dopo, poi usi uno shampoo delicato e acqua tiepida.',
        'Per 24-48 ore: niente tinta, permanente, stiratura, piastre o phon molto caldi, né cappelli o elastici stretti.',
      ],
      skinCare: [
        'Porti un cappello all’aperto nei primi giorni, perché il cuoio capelluto si scotta facilmente.',
      ],
    },
    body: {
      title: 'Istruzioni dopo la mesoterapia del corpo',
      normal: [
        'La zona trattata può restare gonfia, calda, dura e dolente per diversi giorni, soprattutto dopo prodotti che riducono il grasso. Questo si attenua lentamente in una-tre settimane.',
      ],
      avoid: [
        'Per 24-48 ore: indossi abiti comodi e larghi sulla zona trattata.',
        'Dopo 48 ore sono consigliate camminate leggere e bere molta acqua.',
      ],
      skinCare: [
        'Faccia la doccia con acqua tiepida e un detergente delicato; eviti gli scrub per il corpo per una settimana.',
      ],
    },
  },
};
