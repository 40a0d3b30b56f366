import type { BuiltinTexts } from '../builtins';

const PLANNED = 'El número de sesiones previstas para usted es: {{treatment.plannedSessions}}.';

/** The built-in consent forms and aftercare sheets in Spanish. */
export const templatesEs: BuiltinTexts = {
  consent: {
    intro: `Este formulario explica el tratamiento de mesoterapia que está considerando en {{clinic.name}}. Léalo con atención y pregunte a {{practitioner.name}} cualquier cosa que no entienda antes de firmar. Tómese todo el tiempo que necesite.

Paciente: {{patient.name}}, nacido/a el {{patient.dateOfBirth}} (historia {{patient.number}}). Fecha: {{document.date}}.`,
    mixture: `La mezcla prevista para usted se prepara para su tratamiento y puede combinar varios productos. De cada producto registramos el número de lote para poder rastrearlo más adelante.

- {{treatment.products}}

Algunos de estos productos pueden usarse de una forma que su fabricante no ha autorizado específicamente (uso "fuera de ficha técnica"). Su profesional le explicará por qué se los propone.

Zonas a tratar:

- {{treatment.areas}}`,
    sideEffectsLead:
      'La mayoría de las personas tiene alguno de estos. Son esperables y suelen desaparecer solos:',
    commonSideEffects: [
      'Escozor o sensación de ardor durante las inyecciones, que cede poco después.',
      'Enrojecimiento de la zona tratada, que suele desaparecer en unas horas o en un día.',
      'Hinchazón, más visible uno o dos días después del tratamiento, que luego disminuye.',
      'Moratones en algunos puntos de inyección, que pueden tardar una o dos semanas en desaparecer.',
      'Sensibilidad o picor de la piel tratada durante unos días.',
      'Pequeños bultos donde se aplicó el producto, que se aplanan en horas o días.',
    ],
    rareRisks: `Son poco frecuentes, pero debe conocerlos:

- Infección en los puntos de inyección, que puede requerir antibióticos.
- Reacción alérgica a alguno de los componentes, desde una erupción local hasta, muy raramente, una reacción grave que dificulta la respiración.
- Nódulos duros bajo la piel que pueden durar semanas o más.
- Cambios en el color de la piel, como manchas más oscuras, sobre todo en pieles oscuras o tras la exposición al sol.
- Cicatrices.
- Obstrucción o daño de pequeños vasos sanguíneos (compromiso vascular), que puede dañar la piel que los cubre y requiere tratamiento urgente.
- Mareo o sensación de desmayo durante el tratamiento o poco después.

Si ocurre alguno de estos problemas, contacte inmediatamente con la clínica. La mayoría se puede tratar, y cuanto antes se valore, mejor.`,
    alternativesLead: 'Otras opciones que puede considerar:',
    commonAlternatives: [
      'No hacer ningún tratamiento.',
      'Productos de cuidado de la piel para usar en casa.',
      'Otros tratamientos en consulta como microneedling, peelings químicos, láser, toxina botulínica o rellenos dérmicos, si se adaptan a su caso.',
    ],
    withdraw: `Someterse al tratamiento es decisión suya. Puede cambiar de opinión en cualquier momento, antes o durante el tratamiento, incluso a mitad de una sesión, sin tener que dar explicaciones. Dejarlo no afectará al resto de su atención en {{clinic.name}}.`,
    declarations: [
      'He leído este formulario, o me lo han leído, y lo entiendo.',
      'He tenido tiempo suficiente para hacer preguntas, y me las han respondido de forma satisfactoria.',
      'La información médica que he dado, incluidos mis medicamentos y alergias, es completa y verdadera según mi leal saber, e informaré a la clínica de cualquier cambio.',
      'Entiendo que los resultados varían de una persona a otra, no están garantizados y no son permanentes.',
      'Entiendo los efectos secundarios frecuentes y los riesgos poco frecuentes descritos arriba.',
      'Me comprometo a seguir las indicaciones de cuidados que se me den y a contactar con la clínica si tengo cualquier duda.',
      'Entiendo que puedo retirar mi consentimiento en cualquier momento.',
    ],
    photo: `Las fotografías nos ayudan a planificar su tratamiento y a ver cómo funciona. Aceptar las fotografías es independiente de aceptar el tratamiento: puede recibir el tratamiento elija lo que elija aquí, y puede cambiar su elección más adelante. Elija uno de los niveles siguientes.`,
    headings: {
      procedure: 'El procedimiento',
      mixture: 'La mezcla prevista',
      benefits: 'Beneficios esperados y sus límites',
      sideEffects: 'Efectos secundarios frecuentes',
      rareRisks: 'Riesgos poco frecuentes',
      alternatives: 'Alternativas',
      sessions: 'Número de sesiones',
      withdraw: 'Su derecho a retirarse',
    },
  },
  consentAreas: {
    face: {
      title: 'Consentimiento para mesoterapia de rejuvenecimiento facial',
      procedure: `La mesoterapia deposita cantidades muy pequeñas de una mezcla activa justo bajo la superficie de la piel mediante numerosas microinyecciones. En la cara, el profesional usa una aguja muy fina (o un dispositivo inyector) y trabaja cada zona con inyecciones rápidas y superficiales, normalmente de uno a cuatro milímetros de profundidad.

Si lo desea, antes se puede aplicar una crema anestésica. Una sesión suele durar entre 30 y 60 minutos.`,
      benefits: `El objetivo es mejorar la hidratación, la luminosidad y la textura de la piel y suavizar las arrugas finas. Los cambios se van notando poco a poco a lo largo de varias semanas y de un ciclo de sesiones.

Los resultados varían de una persona a otra. No están garantizados y no son permanentes: normalmente se necesitan sesiones de mantenimiento periódicas para conservarlos.`,
      extraSideEffects: [
        'Marcas de las inyecciones visibles en la cara durante uno o dos días, que se pueden cubrir con maquillaje pasadas 24 horas.',
      ],
      alternatives: [
        'Cosmética dermatológica, como retinoides y protector solar, recetada o recomendada por un profesional.',
      ],
      sessions: `Un ciclo facial suele constar de tres a seis sesiones, a menudo con una o dos semanas de separación al principio y luego más espaciadas. Son habituales las sesiones de mantenimiento cada tres a cinco meses.

${PLANNED}`,
    },
    'under-eye': {
      title: 'Consentimiento para mesoterapia de la zona de ojeras',
      procedure: `La mesoterapia deposita cantidades muy pequeñas de una mezcla activa justo bajo la superficie de la piel mediante numerosas microinyecciones. Alrededor de los ojos la piel es fina y delicada, por lo que el profesional usa una aguja muy fina, volúmenes pequeños e inyecciones muy superficiales, manteniendo una distancia segura del ojo.

Si lo desea, antes se puede aplicar una crema anestésica. Una sesión suele durar unos 30 minutos.`,
      benefits: `El objetivo es mejorar el aspecto de las ojeras, las arrugas finas y la piel apagada y cansada bajo los ojos. Los cambios se van notando poco a poco a lo largo de varias semanas.

Los resultados varían. Las ojeras debidas a la estructura ósea, a hundimientos profundos o a pigmentación heredada pueden mejorar solo un poco. Los resultados no están garantizados y no son permanentes.`,
      extraSideEffects: [
        'Hinchazón bajo los ojos, que puede notarse más por la mañana durante unos días.',
        'Moratones, más probables aquí que en otras zonas de la cara porque la piel es fina.',
      ],
      alternatives: ['Cremas de contorno de ojos, y tratar causas como la falta de sueño o las alergias.'],
      sessions: `Un ciclo para la zona de ojeras suele constar de tres a cinco sesiones, con dos a cuatro semanas de separación, seguidas de algún mantenimiento ocasional.

${PLANNED}`,
    },
    scalp: {
      title: 'Consentimiento para mesoterapia capilar',
      procedure: `La mesoterapia deposita cantidades muy pequeñas de una mezcla activa en la piel del cuero cabelludo mediante numerosas microinyecciones, o con un dispositivo de microneedling, sobre las zonas donde el pelo se está debilitando.

Las inyecciones son superficiales, normalmente de uno a cuatro milímetros de profundidad. Una sesión suele durar entre 30 y 45 minutos.`,
      benefits: `El objetivo es fortalecer los folículos, reducir la caída y mejorar el grosor del pelo debilitado. Cualquier cambio es lento: a menudo hacen falta tres meses o más para notarlo.

Los resultados varían y dependen de la causa de la caída. La mesoterapia no puede hacer que vuelva a crecer el pelo donde los folículos se han perdido definitivamente. Los resultados no están garantizados y no son permanentes.`,
      extraSideEffects: [
        'Cuero cabelludo tirante o dolorido durante uno o dos días.',
        'Pequeñas costras en los puntos de inyección, ocultas por el pelo en la mayoría de los casos.',
        'Un leve dolor de cabeza después de la sesión.',
      ],
      alternatives: [
        'Medicamentos para la caída del pelo recetados por un médico, o lociones como el minoxidil.',
        'Tratamiento con plasma rico en plaquetas (PRP), o cirugía de trasplante capilar.',
      ],
      sessions: `Un ciclo capilar suele constar de ocho a doce sesiones, semanales o cada dos semanas al principio y luego mensuales, con mantenimiento cada pocos meses.

${PLANNED}`,
    },
    body: {
      title: 'Consentimiento para mesoterapia corporal de celulitis y grasa localizada',
      procedure: `La mesoterapia deposita pequeñas cantidades de una mezcla activa en la piel y en la capa de grasa que hay debajo mediante numerosas inyecciones sobre la zona tratada. En el cuerpo se usan agujas finas más largas cuando el objetivo es alcanzar pequeñas acumulaciones de grasa.

Algunas mezclas contienen sustancias destinadas a destruir las células grasas (como la fosfatidilcolina o el desoxicolato). Una sesión suele durar entre 30 y 60 minutos.`,
      benefits: `El objetivo es mejorar el aspecto de la celulitis y reducir pequeñas acumulaciones de grasa rebeldes. No es un tratamiento para adelgazar y no sustituye a una alimentación sana y al ejercicio.

Los resultados varían y se van notando poco a poco a lo largo de varias semanas. No están garantizados y pueden perderse si aumenta de peso.`,
      extraSideEffects: [
        'Hinchazón marcada, calor y sensibilidad de la zona tratada durante varios días, sobre todo cuando se usan productos que disuelven la grasa.',
        'Zona firme bajo la piel durante unas semanas mientras se normaliza.',
      ],
      alternatives: [
        'Cambios en la alimentación y el ejercicio.',
        'Otros tratamientos corporales como radiofrecuencia, criolipólisis, o cirugía como la liposucción.',
      ],
      sessions: `Un ciclo corporal suele constar de seis a quince sesiones, con una a tres semanas de separación, según la zona y el objetivo.

${PLANNED}`,
    },
    generic: {
      title: 'Consentimiento para tratamiento de mesoterapia',
      procedure: `La mesoterapia deposita cantidades muy pequeñas de una mezcla activa en la piel, o justo debajo, mediante numerosas microinyecciones o un dispositivo inyector. La profundidad suele ser de uno a cuatro milímetros, algo más en algunas zonas del cuerpo.

Si lo desea, antes se puede aplicar una crema anestésica. Una sesión suele durar entre 30 y 60 minutos.`,
      benefits: `Lo que la mesoterapia puede conseguir depende de la zona y de lo que le preocupa. Su profesional le ha explicado el objetivo de su tratamiento. Los cambios se van notando poco a poco a lo largo de varias semanas y de un ciclo de sesiones.

Los resultados varían de una persona a otra. No están garantizados y no son permanentes.`,
      extraSideEffects: [],
      alternatives: [],
      sessions: `La mayoría de las personas necesita un ciclo de varias sesiones: normalmente de tres a seis para la cara y más para el cuerpo o el cuero cabelludo, seguidas de alguna sesión de mantenimiento.

${PLANNED}`,
    },
  },
  aftercare: {
    intro: `Estas indicaciones son para {{patient.name}} tras la mesoterapia realizada en {{clinic.name}} el {{document.date}}.

Zonas tratadas:

- {{treatment.areas}}

Productos usados:

- {{treatment.products}}`,
    commonNormal: [
      'El enrojecimiento, la hinchazón, los pequeños bultos y la sensibilidad son esperables. Desaparecen en unas horas o pocos días.',
      'La hinchazón suele ser máxima uno o dos días después del tratamiento.',
      'Pueden aparecer moratones, que desaparecen en una o dos semanas.',
      'Una compresa fría envuelta en un paño limpio, aplicada unos minutos cada vez, alivia la hinchazón. El gel de árnica puede ayudar a que desaparezcan los moratones. Puede tomar paracetamol para las molestias si es seguro para usted.',
    ],
    commonAvoid: [
      'Durante 24 horas: no toque la zona tratada con las manos sin lavar.',
      'Durante 24 a 48 horas: evite el ejercicio intenso, la sauna, los baños de vapor, los baños calientes, los jacuzzis y las piscinas, y reduzca al mínimo el alcohol.',
      'Durante una o dos semanas: nada de peelings, láser, exfoliaciones ni otros tratamientos en la misma zona.',
      'No se arranque las costras, y no masajee la zona salvo que se lo hayan indicado.',
    ],
    commonSkinCare: [
      'Evite el sol y no use cabinas de bronceado hasta que hayan desaparecido los moratones.',
      'Use a diario un protector solar de alta protección (SPF 50) en la piel tratada expuesta a la luz.',
    ],
    urgent: `Contacte inmediatamente con la clínica, o acuda a urgencias si no puede localizarnos, si nota:

- Signos de infección: dolor que empeora en lugar de mejorar, enrojecimiento que se extiende, calor o pus.
- Signos de un vaso sanguíneo obstruido: piel que se vuelve pálida, oscura, gris azulada o moteada, o dolor intenso cerca de un punto de inyección.
- Signos de reacción alérgica: hinchazón de la cara, los labios o la garganta, una erupción con relieve que pica (urticaria), o dificultad para respirar. Llame de inmediato a emergencias si le cuesta respirar.`,
    contact: `{{clinic.emergencyLine}}

Clínica: {{clinic.name}}, teléfono {{clinic.phone}}, correo electrónico {{clinic.email}}.
Su profesional: {{practitioner.name}}.`,
    next: `Su próxima cita: {{appointment.next}}.

Respetar los intervalos previstos da los mejores resultados. Si necesita cambiar la cita, avise a la clínica.`,
    headings: {
      normal: 'Qué es normal, y durante cuánto tiempo',
      avoid: 'Qué evitar, y durante cuánto tiempo',
      skinCare: 'Cuidado de la piel y sol',
      urgent: 'Cuándo pedir ayuda urgente',
      contact: 'Cómo contactarnos',
      next: 'Su próxima cita',
    },
  },
  aftercareAreas: {
    face: {
      title: 'Cuidados tras la mesoterapia facial',
      normal: [
        'Las pequeñas marcas en los puntos de inyección son normales y desaparecen en uno o dos días.',
      ],
      avoid: ['Durante 24 horas: nada de maquillaje sobre la piel tratada.'],
      skinCare: [
        'Limpie con suavidad con agua tibia y un limpiador suave; no frote durante 24 horas.',
        'Deje los productos con retinoides y ácidos unos días y luego retómelos poco a poco.',
      ],
    },
    'under-eye': {
      title: 'Cuidados tras la mesoterapia de la zona de ojeras',
      normal: [
        'La hinchazón bajo los ojos puede notarse más por la mañana durante unos días. Dormir con la cabeza algo elevada sobre una almohada extra ayuda.',
      ],
      avoid: [
        'Durante 24 horas: nada de maquillaje en los ojos ni debajo de ellos, y no se frote los ojos.',
        'Si puede, use gafas en lugar de lentillas el resto del día.',
      ],
      skinCare: [
        'Seque la zona con suaves toques, y use solo una crema de contorno de ojos sencilla y sin perfume durante unos días.',
      ],
    },
    scalp: {
      title: 'Cuidados tras la mesoterapia capilar',
      normal: [
        'El cuero cabelludo puede notarse tirante o dolorido durante uno o dos días, y es posible un leve dolor de cabeza.',
        'Las pequeñas costras en los puntos de inyección son normales y se caen solas.',
      ],
      avoid: [
        'No se lave el pelo hasta el día siguiente; después use un champú suave y agua tibia.',
        'Durante 24 a 48 horas: nada de tintes, permanentes, alisados, herramientas de calor ni gorros o coleteros apretados.',
      ],
      skinCare: [
        'Use un gorro al aire libre los primeros días, porque el cuero cabelludo se quema con facilidad.',
      ],
    },
    body: {
      title: 'Cuidados tras la mesoterapia corporal',
      normal: [
        'La zona tratada puede seguir hinchada, caliente, firme y sensible durante varios días, sobre todo tras productos reductores de grasa. Esto mejora poco a poco en una a tres semanas.',
      ],
      avoid: [
        'Durante 24 a 48 horas: lleve ropa holgada y cómoda sobre la zona tratada.',
        'Pasadas 48 horas, se recomienda caminar suavemente y beber mucha agua.',
      ],
      skinCare: [
        'Dúchese con agua tibia y un gel suave; evite los exfoliantes corporales durante una semana.',
      ],
    },
  },
};
