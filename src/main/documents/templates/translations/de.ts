import type { BuiltinTexts } from '../builtins';

const PLANNED = 'Für Sie sind folgende Sitzungen geplant: {{treatment.plannedSessions}}.';

/** The built-in consent forms and aftercare sheets in German. */
export const templatesDe: BuiltinTexts = {
  consent: {
    intro: `Diese Aufklärung beschreibt die Mesotherapie, die Sie bei {{clinic.name}} in Erwägung ziehen. Bitte lesen Sie sie sorgfältig und fragen Sie {{practitioner.name}} nach allem, was Ihnen unklar ist, bevor Sie unterschreiben. Nehmen Sie sich so viel Zeit, wie Sie brauchen.

Patient/in: {{patient.name}}, geboren am {{patient.dateOfBirth}} (Akte {{patient.number}}). Datum: {{document.date}}.`,
    mixture: `Die für Sie geplante Mischung wird für Ihre Behandlung zusammengestellt und kann mehrere Produkte kombinieren. Für jedes Produkt notieren wir die Chargennummer, damit es später rückverfolgt werden kann.

- {{treatment.products}}

Einige dieser Produkte werden möglicherweise auf eine Weise angewendet, für die der Hersteller sie nicht ausdrücklich zugelassen hat (sogenannter „Off-Label-Use“). Ihre behandelnde Person erklärt Ihnen, warum sie Ihnen vorgeschlagen werden.

Zu behandelnde Bereiche:

- {{treatment.areas}}`,
    sideEffectsLead:
      'Die meisten Menschen haben einige davon. Sie sind zu erwarten und klingen meist von selbst ab:',
    commonSideEffects: [
      'Stechen oder Brennen während der Injektionen, das bald danach aufhört.',
      'Rötung des behandelten Bereichs, die meist innerhalb weniger Stunden bis eines Tages abklingt.',
      'Schwellung, am deutlichsten ein bis zwei Tage nach der Behandlung, die dann zurückgeht.',
      'Blaue Flecken an einigen Einstichstellen, die bis zu ein oder zwei Wochen brauchen können, um zu verblassen.',
      'Empfindlichkeit oder Juckreiz der behandelten Haut für einige Tage.',
      'Kleine Erhebungen an den Injektionsstellen, die sich innerhalb von Stunden bis Tagen glätten.',
    ],
    rareRisks: `Diese sind selten, aber Sie sollten sie kennen:

- Infektion an den Einstichstellen, die Antibiotika erfordern kann.
- Allergische Reaktion auf einen der Inhaltsstoffe, von einem örtlichen Ausschlag bis, sehr selten, zu einer schweren Reaktion mit Atemnot.
- Feste Knötchen unter der Haut, die Wochen oder länger bestehen können.
- Veränderungen der Hautfarbe, etwa dunklere Flecken, besonders bei dunkleren Hauttypen oder nach Sonneneinstrahlung.
- Narben.
- Verschluss oder Schädigung kleiner Blutgefäße (Gefäßkomplikation), was die darüberliegende Haut schädigen kann und dringend behandelt werden muss.
- Übelkeit oder Schwächegefühl während oder kurz nach der Behandlung.

Wenn etwas davon auftritt, wenden Sie sich sofort an die Praxis. Das meiste lässt sich behandeln, und je früher es gesehen wird, desto besser.`,
    alternativesLead: 'Andere Möglichkeiten, die Sie in Betracht ziehen können:',
    commonAlternatives: [
      'Keine Behandlung.',
      'Hautpflegeprodukte für zu Hause.',
      'Andere Behandlungen in der Praxis wie Microneedling, chemische Peelings, Laser, Botulinumtoxin oder Filler, sofern sie zu Ihrem Anliegen passen.',
    ],
    withdraw: `Die Teilnahme ist Ihre freie Entscheidung. Sie können jederzeit Ihre Meinung ändern, vor oder während der Behandlungsserie, auch mitten in einer Sitzung, ohne einen Grund nennen zu müssen. Ein Abbruch hat keinen Einfluss auf Ihre übrige Betreuung bei {{clinic.name}}.`,
    declarations: [
      'Ich habe diese Aufklärung gelesen oder vorgelesen bekommen und verstanden.',
      'Ich hatte genug Zeit, Fragen zu stellen, und meine Fragen wurden zu meiner Zufriedenheit beantwortet.',
      'Meine Angaben zur Krankengeschichte, einschließlich Medikamenten und Allergien, sind nach bestem Wissen vollständig und wahr, und ich teile der Praxis jede Änderung mit.',
      'Ich verstehe, dass die Ergebnisse von Mensch zu Mensch verschieden, nicht garantiert und nicht dauerhaft sind.',
      'Ich habe die oben beschriebenen häufigen Nebenwirkungen und seltenen Risiken verstanden.',
      'Ich werde die Nachsorgehinweise befolgen, die ich erhalte, und mich bei Bedenken an die Praxis wenden.',
      'Ich verstehe, dass ich meine Einwilligung jederzeit widerrufen kann.',
    ],
    photo: `Fotos helfen uns, Ihre Behandlung zu planen und ihre Wirkung zu beurteilen. Die Einwilligung zu Fotos ist unabhängig von der Einwilligung in die Behandlung: Sie können behandelt werden, ganz gleich, was Sie hier wählen, und Sie können Ihre Wahl später ändern. Bitte wählen Sie unten eine Stufe.`,
    headings: {
      procedure: 'Über die Behandlung',
      mixture: 'Ihre geplante Mischung',
      benefits: 'Erwarteter Nutzen und seine Grenzen',
      sideEffects: 'Häufige Nebenwirkungen',
      rareRisks: 'Seltene Risiken',
      alternatives: 'Alternativen',
      sessions: 'Anzahl der Sitzungen',
      withdraw: 'Ihr Recht auf Widerruf',
    },
  },
  consentAreas: {
    face: {
      title: 'Einwilligung in die Mesotherapie zur Gesichtsverjüngung',
      procedure: `Bei der Mesotherapie werden sehr kleine Mengen einer Wirkstoffmischung mit vielen winzigen Injektionen knapp unter die Hautoberfläche gebracht. Im Gesicht verwendet die behandelnde Person eine sehr feine Nadel (oder ein Injektionsgerät) und behandelt jeden Bereich mit schnellen, oberflächlichen Injektionen, meist ein bis vier Millimeter tief.

Auf Wunsch kann vorher eine betäubende Creme aufgetragen werden. Eine Sitzung dauert meist 30 bis 60 Minuten.`,
      benefits: `Ziel ist es, Feuchtigkeit, Ausstrahlung und Hautbild zu verbessern und feine Linien zu mildern. Die Veränderungen bauen sich über mehrere Wochen und eine Behandlungsserie allmählich auf.

Die Ergebnisse sind von Mensch zu Mensch verschieden. Sie sind nicht garantiert und nicht dauerhaft: Um sie zu erhalten, sind meist regelmäßige Auffrischungssitzungen nötig.`,
      extraSideEffects: [
        'Sichtbare Einstichstellen im Gesicht für ein bis zwei Tage, die nach 24 Stunden mit Make-up abgedeckt werden können.',
      ],
      alternatives: [
        'Medizinische Hautpflege wie Retinoide und Sonnenschutz, verordnet oder empfohlen von Fachleuten.',
      ],
      sessions: `Eine Serie für das Gesicht umfasst meist drei bis sechs Sitzungen, anfangs oft im Abstand von ein bis zwei Wochen, danach seltener. Auffrischungen alle drei bis fünf Monate sind üblich.

${PLANNED}`,
    },
    'under-eye': {
      title: 'Einwilligung in die Mesotherapie der Augenpartie',
      procedure: `Bei der Mesotherapie werden sehr kleine Mengen einer Wirkstoffmischung mit vielen winzigen Injektionen knapp unter die Hautoberfläche gebracht. Um die Augen ist die Haut dünn und empfindlich, daher verwendet die behandelnde Person eine sehr feine Nadel, kleine Mengen und sehr oberflächliche Injektionen mit sicherem Abstand zum Auge.

Auf Wunsch kann vorher eine betäubende Creme aufgetragen werden. Eine Sitzung dauert meist etwa 30 Minuten.`,
      benefits: `Ziel ist es, Augenringe, feine Linien und fahle, müde wirkende Haut unter den Augen zu verbessern. Die Veränderungen bauen sich über mehrere Wochen allmählich auf.

Die Ergebnisse sind verschieden. Augenringe durch Knochenbau, tiefe Mulden oder erbliche Pigmentierung bessern sich möglicherweise nur wenig. Die Ergebnisse sind nicht garantiert und nicht dauerhaft.`,
      extraSideEffects: [
        'Schwellungen unter den Augen, die einige Tage lang morgens stärker auffallen können.',
        'Blaue Flecken, die hier wegen der dünnen Haut wahrscheinlicher sind als an anderen Stellen des Gesichts.',
      ],
      alternatives: ['Augencremes und die Behandlung von Ursachen wie Schlafmangel oder Allergien.'],
      sessions: `Eine Serie für die Augenpartie umfasst meist drei bis fünf Sitzungen im Abstand von zwei bis vier Wochen, danach gelegentliche Auffrischungen.

${PLANNED}`,
    },
    scalp: {
      title: 'Einwilligung in die Mesotherapie der Kopfhaut und Haare',
      procedure: `Bei der Mesotherapie werden sehr kleine Mengen einer Wirkstoffmischung mit vielen winzigen Injektionen oder einem Microneedling-Gerät in die Kopfhaut gebracht, dort, wo das Haar dünner wird.

Die Injektionen sind oberflächlich, meist ein bis vier Millimeter tief. Eine Sitzung dauert meist 30 bis 45 Minuten.`,
      benefits: `Ziel ist es, die Haarfollikel zu unterstützen, den Haarausfall zu verringern und die Dichte dünner werdenden Haars zu verbessern. Jede Veränderung kommt langsam: Oft dauert es drei Monate oder länger, bis sie auffällt.

Die Ergebnisse sind verschieden und hängen von der Ursache des Haarausfalls ab. Wo Haarfollikel endgültig verloren sind, kann die Mesotherapie kein Haar nachwachsen lassen. Die Ergebnisse sind nicht garantiert und nicht dauerhaft.`,
      extraSideEffects: [
        'Eine gespannte oder schmerzende Kopfhaut für ein bis zwei Tage.',
        'Kleine Krusten an den Einstichstellen, meist vom Haar verdeckt.',
        'Leichte Kopfschmerzen nach der Sitzung.',
      ],
      alternatives: [
        'Ärztlich verordnete Medikamente gegen Haarausfall oder Lösungen wie Minoxidil.',
        'Behandlung mit plättchenreichem Plasma (PRP) oder eine Haartransplantation.',
      ],
      sessions: `Eine Serie für die Kopfhaut umfasst meist acht bis zwölf Sitzungen, anfangs wöchentlich oder alle zwei Wochen, dann monatlich, mit Auffrischungen alle paar Monate.

${PLANNED}`,
    },
    body: {
      title: 'Einwilligung in die Mesotherapie am Körper bei Cellulite und örtlichen Fettpolstern',
      procedure: `Bei der Mesotherapie werden kleine Mengen einer Wirkstoffmischung mit vielen Injektionen über dem behandelten Bereich in die Haut und die darunterliegende Fettschicht gebracht. Am Körper werden längere feine Nadeln verwendet, wenn kleine Fettpolster erreicht werden sollen.

Manche Mischungen enthalten Stoffe, die Fettzellen abbauen sollen (etwa Phosphatidylcholin oder Desoxycholat). Eine Sitzung dauert meist 30 bis 60 Minuten.`,
      benefits: `Ziel ist es, das Erscheinungsbild von Cellulite zu verbessern und kleine, hartnäckige Fettpolster zu verringern. Es ist keine Behandlung zum Abnehmen und ersetzt weder gesunde Ernährung noch Bewegung.

Die Ergebnisse sind verschieden und bauen sich über mehrere Wochen allmählich auf. Sie sind nicht garantiert und können bei einer Gewichtszunahme verloren gehen.`,
      extraSideEffects: [
        'Deutliche Schwellung, Wärme und Druckempfindlichkeit des behandelten Bereichs für mehrere Tage, besonders bei fettlösenden Produkten.',
        'Verhärtungen unter der Haut für einige Wochen, bis sich der Bereich beruhigt hat.',
      ],
      alternatives: [
        'Änderungen bei Ernährung und Bewegung.',
        'Andere Körperbehandlungen wie Radiofrequenz, Kryolipolyse oder Operationen wie die Fettabsaugung.',
      ],
      sessions: `Eine Serie für den Körper umfasst meist sechs bis fünfzehn Sitzungen im Abstand von ein bis drei Wochen, je nach Bereich und Ziel.

${PLANNED}`,
    },
    generic: {
      title: 'Einwilligung in eine Mesotherapie-Behandlung',
      procedure: `Bei der Mesotherapie werden sehr kleine Mengen einer Wirkstoffmischung mit vielen winzigen Injektionen oder einem Injektionsgerät in oder knapp unter die Haut gebracht. Die Tiefe beträgt meist ein bis vier Millimeter, an manchen Körperstellen etwas mehr.

Auf Wunsch kann vorher eine betäubende Creme aufgetragen werden. Eine Sitzung dauert meist 30 bis 60 Minuten.`,
      benefits: `Was die Mesotherapie leisten kann, hängt vom Bereich und Ihrem Anliegen ab. Ihre behandelnde Person hat Ihnen das Ziel Ihrer Behandlung erklärt. Die Veränderungen bauen sich über mehrere Wochen und eine Behandlungsserie allmählich auf.

Die Ergebnisse sind von Mensch zu Mensch verschieden. Sie sind nicht garantiert und nicht dauerhaft.`,
      extraSideEffects: [],
      alternatives: [],
      sessions: `Die meisten Menschen brauchen eine Serie aus mehreren Sitzungen: meist drei bis sechs für das Gesicht und mehr für Körper oder Kopfhaut, danach gelegentliche Auffrischungen.

${PLANNED}`,
    },
  },
  aftercare: {
    intro: `Diese Hinweise gelten für {{patient.name}} nach der Mesotherapie bei {{clinic.name}} am {{document.date}}.

Behandelte Bereiche:

- {{treatment.areas}}

Verwendete Produkte:

- {{treatment.products}}`,
    commonNormal: [
      'Rötung, Schwellung, kleine Erhebungen und Druckempfindlichkeit sind zu erwarten. Sie klingen innerhalb von Stunden bis wenigen Tagen ab.',
      'Die Schwellung ist meist ein bis zwei Tage nach der Behandlung am stärksten.',
      'Blaue Flecken können auftreten und verblassen innerhalb von ein bis zwei Wochen.',
      'Eine kalte Kompresse, in ein sauberes Tuch gewickelt und jeweils einige Minuten aufgelegt, lindert Schwellungen. Arnika-Gel kann blaue Flecken schneller verblassen lassen. Gegen Beschwerden können Sie Paracetamol nehmen, wenn es für Sie unbedenklich ist.',
    ],
    commonAvoid: [
      '24 Stunden lang: den behandelten Bereich nicht mit ungewaschenen Händen berühren.',
      '24 bis 48 Stunden lang: keine anstrengende Bewegung, keine Sauna, kein Dampfbad, keine heißen Bäder, Whirlpools oder Schwimmbäder, und möglichst wenig Alkohol.',
      'Ein bis zwei Wochen lang: keine Peelings, kein Laser, kein Abrieb und keine anderen Behandlungen am selben Bereich.',
      'Krusten nicht abkratzen und den Bereich nicht massieren, sofern es Ihnen nicht geraten wurde.',
    ],
    commonSkinCare: [
      'Meiden Sie die Sonne und Solarien, bis alle blauen Flecken verschwunden sind.',
      'Tragen Sie täglich einen hohen Sonnenschutz (LSF 50) auf behandelte Haut auf, die Tageslicht ausgesetzt ist.',
    ],
    urgent: `Wenden Sie sich sofort an die Praxis, oder gehen Sie in die Notaufnahme, wenn Sie uns nicht erreichen, wenn Sie Folgendes bemerken:

- Zeichen einer Infektion: Schmerzen, die schlimmer statt besser werden, sich ausbreitende Rötung, Wärme oder Eiter.
- Zeichen eines verschlossenen Blutgefäßes: Haut, die blass, fahl, blaugrau oder fleckig wird, oder starke Schmerzen nahe einer Einstichstelle.
- Zeichen einer allergischen Reaktion: Schwellung von Gesicht, Lippen oder Hals, ein juckender, erhabener Ausschlag (Nesselsucht) oder Atemnot. Rufen Sie bei Atemnot sofort den Notruf.`,
    contact: `{{clinic.emergencyLine}}

Praxis: {{clinic.name}}, Telefon {{clinic.phone}}, E-Mail {{clinic.email}}.
Ihre behandelnde Person: {{practitioner.name}}.`,
    next: `Ihr nächster Termin: {{appointment.next}}.

Die geplanten Abstände einzuhalten bringt die besten Ergebnisse. Wenn Sie den Termin verschieben müssen, geben Sie der Praxis bitte Bescheid.`,
    headings: {
      normal: 'Was normal ist, und wie lange',
      avoid: 'Was Sie meiden sollten, und wie lange',
      skinCare: 'Hautpflege und Sonne',
      urgent: 'Wann Sie dringend Hilfe holen sollten',
      contact: 'So erreichen Sie uns',
      next: 'Ihr nächster Termin',
    },
  },
  aftercareAreas: {
    face: {
      title: 'Nachsorge nach einer Mesotherapie im Gesicht',
      normal: ['Kleine Einstichspuren sind normal und verblassen innerhalb von ein bis zwei Tagen.'],
      avoid: ['24 Stunden lang: kein Make-up auf der behandelten Haut.'],
      skinCare: [
        'Sanft mit lauwarmem Wasser und einem milden Reinigungsmittel reinigen; 24 Stunden lang nicht rubbeln.',
        'Retinoid- und Säureprodukte einige Tage weglassen und dann schrittweise wieder verwenden.',
      ],
    },
    'under-eye': {
      title: 'Nachsorge nach einer Mesotherapie der Augenpartie',
      normal: [
        'Schwellungen unter den Augen können einige Tage lang morgens stärker auffallen. Mit leicht erhöhtem Kopf auf einem zusätzlichen Kissen zu schlafen hilft.',
      ],
      avoid: [
        '24 Stunden lang: kein Augen-Make-up und kein Make-up unter den Augen, und die Augen nicht reiben.',
        'Tragen Sie für den Rest des Tages wenn möglich eine Brille statt Kontaktlinsen.',
      ],
      skinCare: [
        'Den Bereich sanft trocken tupfen und einige Tage lang nur eine einfache, parfümfreie Augencreme verwenden.',
      ],
    },
    scalp: {
      title: 'Nachsorge nach einer Mesotherapie der Kopfhaut',
      normal: [
        'Die Kopfhaut kann sich ein bis zwei Tage lang gespannt oder wund anfühlen, leichte Kopfschmerzen sind möglich.',
        'Kleine Krusten an den Einstichstellen sind normal und fallen von selbst ab.',
      ],
      avoid: [
        'Waschen Sie Ihr Haar erst am nächsten Tag, dann mit einem milden Shampoo und lauwarmem Wasser.',
        '24 bis 48 Stunden lang: kein Färben, keine Dauerwelle, kein Glätten, keine heißen Stylinggeräte und keine engen Mützen oder Haargummis.',
      ],
      skinCare: [
        'Tragen Sie in den ersten Tagen draußen eine Kopfbedeckung, da die Kopfhaut leicht verbrennt.',
      ],
    },
    body: {
      title: 'Nachsorge nach einer Mesotherapie am Körper',
      normal: [
        'Der behandelte Bereich kann mehrere Tage geschwollen, warm, fest und druckempfindlich bleiben, besonders nach fettreduzierenden Produkten. Das klingt über ein bis drei Wochen langsam ab.',
      ],
      avoid: [
        '24 bis 48 Stunden lang: lockere, bequeme Kleidung über dem behandelten Bereich tragen.',
        'Nach 48 Stunden sind leichte Spaziergänge und viel Trinken empfehlenswert.',
      ],
      skinCare: [
        'Mit lauwarmem Wasser und einem milden Duschgel duschen; eine Woche lang keine Körperpeelings.',
      ],
    },
  },
};
