import type { BuiltinTexts } from '../builtins';

const PLANNED = 'Le nombre de séances prévues pour vous est : {{treatment.plannedSessions}}.';

/** The built-in consent forms and aftercare sheets in French. */
export const templatesFr: BuiltinTexts = {
  consent: {
    intro: `Ce formulaire décrit le traitement de mésothérapie que vous envisagez à {{clinic.name}}. Lisez-le attentivement et interrogez {{practitioner.name}} sur tout ce qui n’est pas clair avant de signer. Prenez tout le temps dont vous avez besoin.

Patient : {{patient.name}}, né(e) le {{patient.dateOfBirth}} (dossier {{patient.number}}). Date : {{document.date}}.`,
    mixture: `Le mélange prévu pour vous est préparé pour votre traitement et peut associer plusieurs produits. Pour chaque produit, nous notons le numéro de lot afin de pouvoir en assurer la traçabilité.

- {{treatment.products}}

Certains de ces produits peuvent être utilisés d’une manière que leur fabricant n’a pas spécifiquement autorisée (usage « hors AMM »). Votre praticien vous expliquera pourquoi ils vous sont proposés.

Zones à traiter :

- {{treatment.areas}}`,
    sideEffectsLead:
      'La plupart des personnes en ont certains. Ils sont attendus et disparaissent en général d’eux-mêmes :',
    commonSideEffects: [
      'Picotements ou sensation de brûlure pendant les injections, qui cessent peu après.',
      'Rougeur de la zone traitée, qui s’estompe en général en quelques heures à une journée.',
      'Gonflement, surtout visible un à deux jours après le traitement, puis qui diminue.',
      'Bleus à certains points d’injection, qui peuvent mettre une à deux semaines à disparaître.',
      'Sensibilité ou démangeaisons de la peau traitée pendant quelques jours.',
      'Petites bosses là où le produit a été injecté, qui s’aplanissent en quelques heures à quelques jours.',
    ],
    rareRisks: `Ils sont peu fréquents, mais vous devez les connaître :

- Infection aux points d’injection, pouvant nécessiter des antibiotiques.
- Réaction allergique à l’un des composants, allant d’une éruption locale à, très rarement, une réaction grave gênant la respiration.
- Nodules fermes sous la peau, pouvant durer des semaines ou plus.
- Modification de la couleur de la peau, comme des taches plus foncées, surtout sur les peaux foncées ou après exposition au soleil.
- Cicatrices.
- Obstruction ou lésion de petits vaisseaux sanguins (complication vasculaire), pouvant abîmer la peau au-dessus et nécessitant un traitement en urgence.
- Malaise ou sensation d’évanouissement pendant le traitement ou peu après.

Si l’un de ces problèmes survient, contactez immédiatement le cabinet. La plupart se soignent, et plus tôt ils sont vus, mieux c’est.`,
    alternativesLead: 'Voici d’autres options que vous pouvez envisager :',
    commonAlternatives: [
      'Ne pas faire de traitement.',
      'Des soins de la peau appliqués à domicile.',
      'D’autres traitements en cabinet comme le microneedling, les peelings chimiques, le laser, la toxine botulique ou les produits de comblement, s’ils conviennent à votre demande.',
    ],
    withdraw: `Vous êtes libre de votre choix. Vous pouvez changer d’avis à tout moment, avant ou pendant la cure, y compris au milieu d’une séance, sans avoir à vous justifier. Arrêter n’aura aucune conséquence sur le reste de votre prise en charge à {{clinic.name}}.`,
    declarations: [
      'J’ai lu ce formulaire, ou il m’a été lu, et je l’ai compris.',
      'J’ai eu suffisamment de temps pour poser mes questions, et j’ai reçu des réponses satisfaisantes.',
      'Les informations médicales que j’ai données, y compris mes médicaments et mes allergies, sont complètes et exactes à ma connaissance, et je signalerai tout changement au cabinet.',
      'Je comprends que les résultats varient d’une personne à l’autre, ne sont pas garantis et ne sont pas définitifs.',
      'Je comprends les effets indésirables fréquents et les risques rares décrits ci-dessus.',
      'Je m’engage à suivre les consignes après traitement qui me seront données et à contacter le cabinet en cas d’inquiétude.',
      'Je comprends que je peux retirer mon consentement à tout moment.',
    ],
    photo: `Les photographies nous aident à préparer votre traitement et à en suivre l’efficacité. Accepter les photographies est indépendant de l’accord au traitement : vous pouvez être traité(e) quel que soit votre choix ici, et vous pouvez le modifier plus tard. Choisissez un niveau ci-dessous.`,
    headings: {
      procedure: 'Le traitement',
      mixture: 'Le mélange prévu',
      benefits: 'Bénéfices attendus et leurs limites',
      sideEffects: 'Effets indésirables fréquents',
      rareRisks: 'Risques rares',
      alternatives: 'Alternatives',
      sessions: 'Nombre de séances',
      withdraw: 'Votre droit de renoncer',
    },
  },
  consentAreas: {
    face: {
      title: 'Consentement à la mésothérapie de rajeunissement du visage',
      procedure: `La mésothérapie dépose de très petites quantités d’un mélange actif juste sous la surface de la peau, par de nombreuses micro-injections. Sur le visage, le praticien utilise une aiguille très fine (ou un injecteur) et traite chaque zone par des injections rapides et superficielles, en général d’un à quatre millimètres de profondeur.

Une crème anesthésiante peut être appliquée auparavant si vous le souhaitez. Une séance dure en général de 30 à 60 minutes.`,
      benefits: `Le but est d’améliorer l’hydratation, l’éclat et le grain de la peau et d’atténuer les ridules. Les changements s’installent progressivement sur plusieurs semaines et une cure de séances.

Les résultats varient d’une personne à l’autre. Ils ne sont pas garantis et ne sont pas définitifs : des séances d’entretien régulières sont en général nécessaires pour les conserver.`,
      extraSideEffects: [
        'Marques d’injection visibles sur le visage pendant un ou deux jours, que l’on peut maquiller après 24 heures.',
      ],
      alternatives: [
        'Des soins dermatologiques, comme les rétinoïdes et la protection solaire, prescrits ou conseillés par un professionnel.',
      ],
      sessions: `Une cure pour le visage comprend en général trois à six séances, souvent espacées d’une à deux semaines au début puis davantage. Des séances d’entretien tous les trois à cinq mois sont courantes.

${PLANNED}`,
    },
    'under-eye': {
      title: 'Consentement à la mésothérapie du contour des yeux',
      procedure: `La mésothérapie dépose de très petites quantités d’un mélange actif juste sous la surface de la peau, par de nombreuses micro-injections. Autour des yeux, la peau est fine et fragile : le praticien utilise une aiguille très fine, de petits volumes et des injections très superficielles, à bonne distance de l’œil.

Une crème anesthésiante peut être appliquée auparavant si vous le souhaitez. Une séance dure en général environ 30 minutes.`,
      benefits: `Le but est d’améliorer l’aspect des cernes, des ridules et d’une peau terne et fatiguée sous les yeux. Les changements s’installent progressivement sur plusieurs semaines.

Les résultats varient. Les cernes dus à la structure osseuse, à des creux marqués ou à une pigmentation héréditaire peuvent ne s’améliorer que peu. Les résultats ne sont pas garantis et ne sont pas définitifs.`,
      extraSideEffects: [
        'Poches sous les yeux, parfois plus visibles le matin pendant quelques jours.',
        'Bleus, plus probables ici qu’ailleurs sur le visage car la peau est fine.',
      ],
      alternatives: [
        'Des crèmes contour des yeux, et la prise en charge de causes comme le manque de sommeil ou les allergies.',
      ],
      sessions: `Une cure pour le contour des yeux comprend en général trois à cinq séances, espacées de deux à quatre semaines, puis un entretien occasionnel.

${PLANNED}`,
    },
    scalp: {
      title: 'Consentement à la mésothérapie du cuir chevelu et des cheveux',
      procedure: `La mésothérapie dépose de très petites quantités d’un mélange actif dans la peau du cuir chevelu, par de nombreuses micro-injections ou avec un appareil de microneedling, sur les zones où les cheveux s’affinent.

Les injections sont superficielles, en général d’un à quatre millimètres de profondeur. Une séance dure en général de 30 à 45 minutes.`,
      benefits: `Le but est de soutenir les follicules pileux, de réduire la chute et d’améliorer l’épaisseur des cheveux clairsemés. Les changements sont lents : il faut souvent trois mois ou plus pour les remarquer.

Les résultats varient et dépendent de la cause de la chute. La mésothérapie ne peut pas faire repousser les cheveux là où les follicules ont définitivement disparu. Les résultats ne sont pas garantis et ne sont pas définitifs.`,
      extraSideEffects: [
        'Cuir chevelu tendu ou douloureux pendant un ou deux jours.',
        'Petites croûtes aux points d’injection, cachées par les cheveux dans la plupart des cas.',
        'Un léger mal de tête après la séance.',
      ],
      alternatives: [
        'Des médicaments contre la chute des cheveux prescrits par un médecin, ou des lotions comme le minoxidil.',
        'Un traitement par plasma riche en plaquettes (PRP), ou une greffe de cheveux.',
      ],
      sessions: `Une cure pour le cuir chevelu comprend en général huit à douze séances, hebdomadaires ou tous les quinze jours au début puis mensuelles, avec un entretien tous les quelques mois.

${PLANNED}`,
    },
    body: {
      title: 'Consentement à la mésothérapie du corps pour la cellulite et les amas graisseux localisés',
      procedure: `La mésothérapie dépose de petites quantités d’un mélange actif dans la peau et dans la couche de graisse située dessous, par de nombreuses injections sur la zone traitée. Sur le corps, des aiguilles fines plus longues sont utilisées lorsque le but est d’atteindre de petits amas graisseux.

Certains mélanges contiennent des substances destinées à détruire les cellules graisseuses (comme la phosphatidylcholine ou le désoxycholate). Une séance dure en général de 30 à 60 minutes.`,
      benefits: `Le but est d’améliorer l’aspect de la cellulite et de réduire de petits amas graisseux rebelles. Ce n’est pas un traitement pour maigrir et il ne remplace pas une alimentation saine et l’exercice physique.

Les résultats varient et s’installent progressivement sur plusieurs semaines. Ils ne sont pas garantis, et peuvent disparaître en cas de prise de poids.`,
      extraSideEffects: [
        'Gonflement marqué, chaleur et sensibilité de la zone traitée pendant plusieurs jours, surtout avec les produits qui dissolvent la graisse.',
        'Zone ferme sous la peau pendant quelques semaines, le temps qu’elle se normalise.',
      ],
      alternatives: [
        'Des changements d’alimentation et d’activité physique.',
        'D’autres traitements du corps comme la radiofréquence, la cryolipolyse, ou une chirurgie comme la liposuccion.',
      ],
      sessions: `Une cure pour le corps comprend en général six à quinze séances, espacées d’une à trois semaines, selon la zone et l’objectif.

${PLANNED}`,
    },
    generic: {
      title: 'Consentement à un traitement de mésothérapie',
      procedure: `La mésothérapie dépose de très petites quantités d’un mélange actif dans la peau, ou juste en dessous, par de nombreuses micro-injections ou avec un injecteur. La profondeur est en général d’un à quatre millimètres, un peu plus pour certaines zones du corps.

Une crème anesthésiante peut être appliquée auparavant si vous le souhaitez. Une séance dure en général de 30 à 60 minutes.`,
      benefits: `Ce que la mésothérapie peut apporter dépend de la zone et de votre demande. Votre praticien vous a expliqué le but de votre traitement. Les changements s’installent progressivement sur plusieurs semaines et une cure de séances.

Les résultats varient d’une personne à l’autre. Ils ne sont pas garantis et ne sont pas définitifs.`,
      extraSideEffects: [],
      alternatives: [],
      sessions: `La plupart des personnes ont besoin d’une cure de plusieurs séances : en général trois à six pour le visage et davantage pour le corps ou le cuir chevelu, puis quelques séances d’entretien.

${PLANNED}`,
    },
  },
  aftercare: {
    intro: `Ces consignes concernent {{patient.name}} après une séance de mésothérapie à {{clinic.name}} le {{document.date}}.

Zones traitées :

- {{treatment.areas}}

Produits utilisés :

- {{treatment.products}}`,
    commonNormal: [
      'Rougeur, gonflement, petites bosses et sensibilité sont attendus. Ils disparaissent en quelques heures à quelques jours.',
      'Le gonflement est en général maximal un à deux jours après le traitement.',
      'Des bleus peuvent apparaître et disparaître en une à deux semaines.',
      'Une compresse froide enveloppée dans un linge propre, appliquée quelques minutes à la fois, atténue le gonflement. Un gel à l’arnica peut aider les bleus à s’estomper. Vous pouvez prendre du paracétamol en cas de gêne si cela vous est permis.',
    ],
    commonAvoid: [
      'Pendant 24 heures : ne touchez pas la zone traitée avec des mains non lavées.',
      'Pendant 24 à 48 heures : évitez le sport intense, le sauna, le hammam, les bains chauds, le jacuzzi et la piscine, et limitez l’alcool au minimum.',
      'Pendant une à deux semaines : pas de peeling, de laser, de gommage ni d’autre traitement sur la même zone.',
      'N’arrachez pas les croûtes, et ne massez pas la zone sauf indication contraire.',
    ],
    commonSkinCare: [
      'Évitez le soleil et les cabines de bronzage jusqu’à disparition des bleus.',
      'Appliquez chaque jour une protection solaire haute (SPF 50) sur la peau traitée exposée à la lumière du jour.',
    ],
    urgent: `Contactez immédiatement le cabinet, ou rendez-vous aux urgences si vous ne pouvez pas nous joindre, si vous remarquez :

- Des signes d’infection : une douleur qui augmente au lieu de diminuer, une rougeur qui s’étend, de la chaleur ou du pus.
- Des signes d’obstruction d’un vaisseau : une peau qui devient pâle, terne, gris-bleu ou marbrée, ou une douleur intense près d’un point d’injection.
- Des signes de réaction allergique : un gonflement du visage, des lèvres ou de la gorge, une éruption en relief qui démange (urticaire), ou une difficulté à respirer. Appelez immédiatement les secours si vous avez du mal à respirer.`,
    contact: `{{clinic.emergencyLine}}

Cabinet : {{clinic.name}}, téléphone {{clinic.phone}}, e-mail {{clinic.email}}.
Votre praticien : {{practitioner.name}}.`,
    next: `Votre prochain rendez-vous : {{appointment.next}}.

Respecter les intervalles prévus donne les meilleurs résultats. Si vous devez déplacer le rendez-vous, prévenez le cabinet.`,
    headings: {
      normal: 'Ce qui est normal, et pour combien de temps',
      avoid: 'Ce qu’il faut éviter, et pour combien de temps',
      skinCare: 'Soins de la peau et soleil',
      urgent: 'Quand demander de l’aide en urgence',
      contact: 'Comment nous joindre',
      next: 'Votre prochain rendez-vous',
    },
  },
  aftercareAreas: {
    face: {
      title: 'Consignes après une mésothérapie du visage',
      normal: ['De petites marques aux points d’injection sont normales et s’estompent en un ou deux jours.'],
      avoid: ['Pendant 24 heures : pas de maquillage sur la peau traitée.'],
      skinCare: [
        'Nettoyez doucement à l’eau tiède avec un nettoyant doux ; ne frottez pas pendant 24 heures.',
        'Arrêtez les produits aux rétinoïdes et aux acides pendant quelques jours, puis reprenez-les progressivement.',
      ],
    },
    'under-eye': {
      title: 'Consignes après une mésothérapie du contour des yeux',
      normal: [
        'Les poches sous les yeux peuvent être plus visibles le matin pendant quelques jours. Dormir la tête légèrement surélevée sur un oreiller de plus aide.',
      ],
      avoid: [
        'Pendant 24 heures : pas de maquillage des yeux ni sous les yeux, et ne vous frottez pas les yeux.',
        'Portez des lunettes plutôt que des lentilles de contact pour le reste de la journée si possible.',
      ],
      skinCare: [
        'Séchez la zone en tamponnant doucement, et n’utilisez qu’une crème contour des yeux simple et sans parfum pendant quelques jours.',
      ],
    },
    scalp: {
      title: 'Consignes après une mésothérapie du cuir chevelu',
      normal: [
        'Le cuir chevelu peut être tendu ou douloureux pendant un ou deux jours, et un léger mal de tête est possible.',
        'De petites croûtes aux points d’injection sont normales et tombent d’elles-mêmes.',
      ],
      avoid: [
        'Ne lavez pas vos cheveux avant le lendemain, puis utilisez un shampooing doux et de l’eau tiède.',
        'Pendant 24 à 48 heures : pas de coloration, de permanente, de lissage, d’appareils chauffants ni de chapeaux ou d’élastiques serrés.',
      ],
      skinCare: ['Portez un chapeau à l’extérieur les premiers jours, car le cuir chevelu brûle facilement.'],
    },
    body: {
      title: 'Consignes après une mésothérapie du corps',
      normal: [
        'La zone traitée peut rester gonflée, chaude, ferme et sensible pendant plusieurs jours, surtout après des produits qui réduisent la graisse. Cela diminue lentement en une à trois semaines.',
      ],
      avoid: [
        'Pendant 24 à 48 heures : portez des vêtements amples et confortables sur la zone traitée.',
        'Après 48 heures, la marche douce et une bonne hydratation sont conseillées.',
      ],
      skinCare: [
        'Douchez-vous à l’eau tiède avec un gel doux ; évitez les gommages du corps pendant une semaine.',
      ],
    },
  },
};
