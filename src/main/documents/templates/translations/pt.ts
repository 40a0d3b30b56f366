import type { BuiltinTexts } from '../builtins';

const PLANNED = 'O número de sessões previstas para si é: {{treatment.plannedSessions}}.';

/** The built-in consent forms and aftercare sheets in Portuguese (European). */
export const templatesPt: BuiltinTexts = {
  consent: {
    intro: `Este formulário explica o tratamento de mesoterapia que está a considerar em {{clinic.name}}. Leia-o com atenção e pergunte a {{practitioner.name}} tudo o que não for claro antes de assinar. Pode levar o tempo que precisar.

Doente: {{patient.name}}, nascido/a em {{patient.dateOfBirth}} (processo {{patient.number}}). Data: {{document.date}}.`,
    mixture: `A mistura prevista para si é preparada para o seu tratamento e pode combinar vários produtos. De cada produto registamos o número de lote, para que possa ser rastreado mais tarde.

- {{treatment.products}}

Alguns destes produtos podem ser usados de uma forma que o fabricante não autorizou especificamente (uso "off-label"). O seu profissional explicar-lhe-á porque lhos propõe.

Zonas a tratar:

- {{treatment.areas}}`,
    sideEffectsLead: 'A maioria das pessoas tem alguns destes. São esperados e costumam passar sozinhos:',
    commonSideEffects: [
      'Picadas ou sensação de ardor durante as injeções, que param pouco depois.',
      'Vermelhidão da zona tratada, que costuma desaparecer em algumas horas ou num dia.',
      'Inchaço, mais visível um a dois dias após o tratamento, que depois diminui.',
      'Nódoas negras em alguns pontos de injeção, que podem levar uma a duas semanas a desaparecer.',
      'Sensibilidade ou comichão da pele tratada durante alguns dias.',
      'Pequenos relevos onde o produto foi colocado, que alisam em horas ou dias.',
    ],
    rareRisks: `São pouco frequentes, mas deve conhecê-los:

- Infeção nos pontos de injeção, que pode exigir antibióticos.
- Reação alérgica a um dos ingredientes, desde uma erupção local até, muito raramente, uma reação grave que dificulta a respiração.
- Nódulos firmes debaixo da pele que podem durar semanas ou mais.
- Alterações da cor da pele, como manchas mais escuras, sobretudo em peles mais escuras ou após exposição solar.
- Cicatrizes.
- Obstrução ou lesão de pequenos vasos sanguíneos (compromisso vascular), que pode danificar a pele por cima e exige tratamento urgente.
- Sensação de mal-estar ou de desmaio durante ou pouco depois do tratamento.

Se algum destes problemas acontecer, contacte imediatamente a clínica. A maioria tem tratamento, e quanto mais cedo for vista, melhor.`,
    alternativesLead: 'Outras opções que pode considerar:',
    commonAlternatives: [
      'Não fazer qualquer tratamento.',
      'Produtos de cuidado da pele aplicados em casa.',
      'Outros tratamentos em clínica como microneedling, peelings químicos, laser, toxina botulínica ou preenchimentos dérmicos, quando se adequam à sua preocupação.',
    ],
    withdraw: `Fazer o tratamento é uma escolha sua. Pode mudar de ideias a qualquer momento, antes ou durante o tratamento, incluindo a meio de uma sessão, sem ter de dar explicações. Parar não afetará o resto dos seus cuidados em {{clinic.name}}.`,
    declarations: [
      'Li este formulário, ou foi-me lido, e compreendi-o.',
      'Tive tempo suficiente para fazer perguntas, e as minhas perguntas foram respondidas de forma satisfatória.',
      'A história clínica que dei, incluindo medicamentos e alergias, é completa e verdadeira tanto quanto sei, e informarei a clínica de qualquer alteração.',
      'Compreendo que os resultados variam de pessoa para pessoa, não são garantidos e não são permanentes.',
      'Compreendo os efeitos secundários frequentes e os riscos raros descritos acima.',
      'Comprometo-me a seguir as indicações de cuidados que me forem dadas e a contactar a clínica se tiver alguma preocupação.',
      'Compreendo que posso retirar o meu consentimento a qualquer momento.',
    ],
    photo: `As fotografias ajudam-nos a planear o seu tratamento e a ver como está a resultar. Aceitar fotografias é independente de aceitar o tratamento: pode fazer o tratamento seja qual for a sua escolha aqui, e pode mudá-la mais tarde. Escolha um dos níveis abaixo.`,
    headings: {
      procedure: 'Sobre o procedimento',
      mixture: 'A mistura prevista',
      benefits: 'Benefícios esperados e os seus limites',
      sideEffects: 'Efeitos secundários frequentes',
      rareRisks: 'Riscos raros',
      alternatives: 'Alternativas',
      sessions: 'Número de sessões',
      withdraw: 'O seu direito de desistir',
    },
  },
  consentAreas: {
    face: {
      title: 'Consentimento para mesoterapia de rejuvenescimento facial',
      procedure: `A mesoterapia coloca quantidades muito pequenas de uma mistura ativa logo abaixo da superfície da pele através de muitas microinjeções. No rosto, o profissional usa uma agulha muito fina (ou um dispositivo injetor) e trabalha cada zona com injeções rápidas e superficiais, geralmente de um a quatro milímetros de profundidade.

Se desejar, pode ser aplicado antes um creme anestésico. Uma sessão dura geralmente entre 30 e 60 minutos.`,
      benefits: `O objetivo é melhorar a hidratação, a luminosidade e a textura da pele e suavizar as rugas finas. As alterações surgem gradualmente ao longo de várias semanas e de um ciclo de sessões.

Os resultados variam de pessoa para pessoa. Não são garantidos e não são permanentes: geralmente são necessárias sessões de manutenção regulares para os manter.`,
      extraSideEffects: [
        'Marcas das injeções visíveis no rosto durante um ou dois dias, que podem ser cobertas com maquilhagem após 24 horas.',
      ],
      alternatives: [
        'Cosmética dermatológica, como retinoides e protetor solar, prescrita ou recomendada por um profissional.',
      ],
      sessions: `Um ciclo para o rosto tem geralmente três a seis sessões, muitas vezes com uma a duas semanas de intervalo no início e depois mais espaçadas. São comuns sessões de manutenção a cada três a cinco meses.

${PLANNED}`,
    },
    'under-eye': {
      title: 'Consentimento para mesoterapia da zona das olheiras',
      procedure: `A mesoterapia coloca quantidades muito pequenas de uma mistura ativa logo abaixo da superfície da pele através de muitas microinjeções. À volta dos olhos a pele é fina e delicada, por isso o profissional usa uma agulha muito fina, pequenos volumes e injeções muito superficiais, mantendo uma distância segura do olho.

Se desejar, pode ser aplicado antes um creme anestésico. Uma sessão dura geralmente cerca de 30 minutos.`,
      benefits: `O objetivo é melhorar o aspeto das olheiras, das rugas finas e da pele baça e cansada debaixo dos olhos. As alterações surgem gradualmente ao longo de várias semanas.

Os resultados variam. Olheiras causadas pela estrutura óssea, por depressões profundas ou por pigmentação hereditária podem melhorar apenas um pouco. Os resultados não são garantidos e não são permanentes.`,
      extraSideEffects: [
        'Inchaço debaixo dos olhos, que pode notar-se mais de manhã durante alguns dias.',
        'Nódoas negras, mais prováveis aqui do que noutras zonas do rosto porque a pele é fina.',
      ],
      alternatives: ['Cremes de contorno de olhos, e tratar causas como a falta de sono ou as alergias.'],
      sessions: `Um ciclo para a zona das olheiras tem geralmente três a cinco sessões, com duas a quatro semanas de intervalo, seguidas de manutenção ocasional.

${PLANNED}`,
    },
    scalp: {
      title: 'Consentimento para mesoterapia do couro cabeludo e do cabelo',
      procedure: `A mesoterapia coloca quantidades muito pequenas de uma mistura ativa na pele do couro cabeludo através de muitas microinjeções, ou com um dispositivo de microneedling, nas zonas onde o cabelo está a ficar mais fino.

As injeções são superficiais, geralmente de um a quatro milímetros de profundidade. Uma sessão dura geralmente entre 30 e 45 minutos.`,
      benefits: `O objetivo é apoiar os folículos capilares, reduzir a queda e melhorar a espessura do cabelo mais fino. Qualquer alteração é lenta: muitas vezes são precisos três meses ou mais para a notar.

Os resultados variam e dependem da causa da queda. A mesoterapia não consegue fazer crescer cabelo onde os folículos se perderam definitivamente. Os resultados não são garantidos e não são permanentes.`,
      extraSideEffects: [
        'Couro cabeludo tenso ou dorido durante um ou dois dias.',
        'Pequenas crostas nos pontos de injeção, escondidas pelo cabelo na maioria dos casos.',
        'Uma ligeira dor de cabeça após a sessão.',
      ],
      alternatives: [
        'Medicamentos para a queda de cabelo receitados por um médico, ou loções como o minoxidil.',
        'Tratamento com plasma rico em plaquetas (PRP), ou transplante capilar.',
      ],
      sessions: `Um ciclo para o couro cabeludo tem geralmente oito a doze sessões, semanais ou quinzenais no início e depois mensais, com manutenção a cada poucos meses.

${PLANNED}`,
    },
    body: {
      title: 'Consentimento para mesoterapia corporal para celulite e gordura localizada',
      procedure: `A mesoterapia coloca pequenas quantidades de uma mistura ativa na pele e na camada de gordura por baixo, através de muitas injeções sobre a zona tratada. No corpo usam-se agulhas finas mais compridas quando o objetivo é atingir pequenas zonas de gordura.

Algumas misturas contêm substâncias destinadas a destruir as células de gordura (como a fosfatidilcolina ou o desoxicolato). Uma sessão dura geralmente entre 30 e 60 minutos.`,
      benefits: `O objetivo é melhorar o aspeto da celulite e reduzir pequenas zonas de gordura resistentes. Não é um tratamento para emagrecer e não substitui uma alimentação saudável e o exercício.

Os resultados variam e surgem gradualmente ao longo de várias semanas. Não são garantidos e podem perder-se se aumentar de peso.`,
      extraSideEffects: [
        'Inchaço acentuado, calor e sensibilidade da zona tratada durante vários dias, sobretudo quando se usam produtos que dissolvem a gordura.',
        'Zona firme debaixo da pele durante algumas semanas, enquanto estabiliza.',
      ],
      alternatives: [
        'Alterações na alimentação e no exercício.',
        'Outros tratamentos corporais como radiofrequência, criolipólise, ou cirurgia como a lipoaspiração.',
      ],
      sessions: `Um ciclo corporal tem geralmente seis a quinze sessões, com uma a três semanas de intervalo, conforme a zona e o objetivo.

${PLANNED}`,
    },
    generic: {
      title: 'Consentimento para tratamento de mesoterapia',
      procedure: `A mesoterapia coloca quantidades muito pequenas de uma mistura ativa na pele, ou logo abaixo dela, através de muitas microinjeções ou de um dispositivo injetor. A profundidade é geralmente de um a quatro milímetros, um pouco mais em algumas zonas do corpo.

Se desejar, pode ser aplicado antes um creme anestésico. Uma sessão dura geralmente entre 30 e 60 minutos.`,
      benefits: `O que a mesoterapia pode fazer depende da zona e da sua preocupação. O seu profissional explicou-lhe o objetivo do tratamento. As alterações surgem gradualmente ao longo de várias semanas e de um ciclo de sessões.

Os resultados variam de pessoa para pessoa. Não são garantidos e não são permanentes.`,
      extraSideEffects: [],
      alternatives: [],
      sessions: `A maioria das pessoas precisa de um ciclo de várias sessões: geralmente três a seis para o rosto e mais para o corpo ou o couro cabeludo, seguidas de algumas sessões de manutenção.

${PLANNED}`,
    },
  },
  aftercare: {
    intro: `Estas indicações destinam-se a {{patient.name}} após a mesoterapia feita em {{clinic.name}} em {{document.date}}.

Zonas tratadas:

- {{treatment.areas}}

Produtos usados:

- {{treatment.products}}`,
    commonNormal: [
      'Vermelhidão, inchaço, pequenos relevos e sensibilidade são esperados. Passam em algumas horas ou poucos dias.',
      'O inchaço costuma ser maior um a dois dias após o tratamento.',
      'Podem surgir nódoas negras, que desaparecem em uma a duas semanas.',
      'Uma compressa fria envolta num pano limpo, aplicada alguns minutos de cada vez, alivia o inchaço. O gel de arnica pode ajudar as nódoas negras a desaparecer. Pode tomar paracetamol para o desconforto, se for seguro para si.',
    ],
    commonAvoid: [
      'Durante 24 horas: não toque na zona tratada com as mãos por lavar.',
      'Durante 24 a 48 horas: evite exercício intenso, sauna, banho turco, banhos quentes, jacúzis e piscinas, e reduza o álcool ao mínimo.',
      'Durante uma a duas semanas: nada de peelings, laser, esfoliação ou outros tratamentos na mesma zona.',
      'Não arranque as crostas, e não massaje a zona a não ser que lho tenham indicado.',
    ],
    commonSkinCare: [
      'Evite o sol e não use solários até as nódoas negras desaparecerem.',
      'Use todos os dias um protetor solar de proteção elevada (FPS 50) na pele tratada exposta à luz do dia.',
    ],
    urgent: `Contacte imediatamente a clínica, ou dirija-se às urgências se não nos conseguir contactar, se notar:

- Sinais de infeção: dor que piora em vez de melhorar, vermelhidão que se espalha, calor ou pus.
- Sinais de um vaso sanguíneo obstruído: pele que fica pálida, escura, cinzento-azulada ou manchada, ou dor intensa junto a um ponto de injeção.
- Sinais de reação alérgica: inchaço do rosto, dos lábios ou da garganta, uma erupção saliente com comichão (urticária), ou dificuldade em respirar. Ligue de imediato para o número de emergência se tiver dificuldade em respirar.`,
    contact: `{{clinic.emergencyLine}}

Clínica: {{clinic.name}}, telefone {{clinic.phone}}, email {{clinic.email}}.
O seu profissional: {{practitioner.name}}.`,
    next: `A sua próxima consulta: {{appointment.next}}.

Cumprir os intervalos previstos dá os melhores resultados. Se precisar de alterar a consulta, avise a clínica.`,
    headings: {
      normal: 'O que é normal, e durante quanto tempo',
      avoid: 'O que evitar, e durante quanto tempo',
      skinCare: 'Cuidados com a pele e o sol',
      urgent: 'Quando pedir ajuda urgente',
      contact: 'Como nos contactar',
      next: 'A sua próxima consulta',
    },
  },
  aftercareAreas: {
    face: {
      title: 'Cuidados após mesoterapia facial',
      normal: ['Pequenas marcas nos pontos de injeção são normais e desaparecem em um ou dois dias.'],
      avoid: ['Durante 24 horas: sem maquilhagem na pele tratada.'],
      skinCare: [
        'Limpe suavemente com água morna e um produto de limpeza suave; não esfregue durante 24 horas.',
        'Suspenda os produtos com retinoides e ácidos durante alguns dias e depois retome-os gradualmente.',
      ],
    },
    'under-eye': {
      title: 'Cuidados após mesoterapia da zona das olheiras',
      normal: [
        'O inchaço debaixo dos olhos pode notar-se mais de manhã durante alguns dias. Dormir com a cabeça ligeiramente elevada numa almofada extra ajuda.',
      ],
      avoid: [
        'Durante 24 horas: sem maquilhagem nos olhos ou debaixo deles, e não esfregue os olhos.',
        'Se possível, use óculos em vez de lentes de contacto no resto do dia.',
      ],
      skinCare: [
        'Seque a zona com pequenos toques, e use apenas um creme de contorno de olhos simples e sem perfume durante alguns dias.',
      ],
    },
    scalp: {
      title: 'Cuidados após mesoterapia do couro cabeludo',
      normal: [
        'O couro cabeludo pode ficar tenso ou dorido durante um ou dois dias, e é possível uma ligeira dor de cabeça.',
        'Pequenas crostas nos pontos de injeção são normais e caem sozinhas.',
      ],
      avoid: [
        'Não lave o cabelo até ao dia seguinte; depois use um champô suave e água morna.',
        'Durante 24 a 48 horas: sem pintar, fazer permanente ou alisar o cabelo, sem aparelhos de calor e sem chapéus ou elásticos apertados.',
      ],
      skinCare: ['Use chapéu ao ar livre nos primeiros dias, porque o couro cabeludo queima facilmente.'],
    },
    body: {
      title: 'Cuidados após mesoterapia corporal',
      normal: [
        'A zona tratada pode ficar inchada, quente, firme e sensível durante vários dias, sobretudo após produtos redutores de gordura. Isto melhora lentamente em uma a três semanas.',
      ],
      avoid: [
        'Durante 24 a 48 horas: use roupa larga e confortável sobre a zona tratada.',
        'Após 48 horas, recomenda-se caminhar suavemente e beber muita água.',
      ],
      skinCare: ['Tome duche com água morna e um gel suave; evite esfoliantes corporais durante uma semana.'],
    },
  },
};
