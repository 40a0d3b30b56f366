/**
 * The substance knowledge base: ingredients, medicines, classes and the conditions the screening reads
 * in free text, with the names patients and labels use for them in English, French, Italian, Spanish,
 * German, Portuguese and Indonesian, and common brand names.
 *
 * Versioned data: any change to an entry is a new KNOWLEDGE_BASE_VERSION, recorded with each screening
 * so a flag can be traced to the data that raised it. tests/unit/knowledge-base.test.ts checks that
 * every name is unique, folds to its own entry and is never a generic word on its own.
 */
export const KNOWLEDGE_BASE_VERSION = 1;

export const LANGUAGES = ['en', 'fr', 'it', 'es', 'de', 'pt', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The screening rule a class or condition raises when it is read in the patient's own words. */
export type Concern =
  | 'anticoagulants'
  | 'bruisingSupplements'
  | 'autoimmune'
  | 'isotretinoin'
  | 'topicalRetinoid'
  | 'pregnant'
  | 'breastfeeding'
  | 'bleedingDisorder'
  | 'cancer'
  | 'diabetes'
  | 'epilepsy'
  | 'keloid'
  | 'organDisease'
  | 'pigmentDisorder';

export interface KbEntry {
  id: string;
  kind: 'substance' | 'class' | 'condition';
  /** English display name. */
  label: string;
  names: Partial<Record<Language, readonly string[]>>;
  brands?: readonly string[];
  /** Substances: the classes it belongs to. */
  classes?: readonly string[];
  /** Combination products and derived substances: what they contain or are made from. */
  contains?: readonly string[];
  /** Classes: a reaction to one member raises caution for the others. */
  crossReactive?: boolean;
  concern?: Concern;
}

const substance = (
  id: string,
  label: string,
  names: KbEntry['names'],
  more: Omit<KbEntry, 'id' | 'kind' | 'label' | 'names'> = {},
): KbEntry => ({ id, kind: 'substance', label, names, ...more });

const group = (
  id: string,
  label: string,
  names: KbEntry['names'],
  more: Omit<KbEntry, 'id' | 'kind' | 'label' | 'names'> = {},
): KbEntry => ({ id, kind: 'class', label, names, ...more });

const condition = (id: Concern, label: string, names: KbEntry['names']): KbEntry => ({
  id: `condition-${id}`,
  kind: 'condition',
  label,
  names,
  concern: id,
});

const AMIDE = ['amide-local-anaesthetic', 'local-anaesthetic'];
const ESTER = ['ester-local-anaesthetic', 'local-anaesthetic'];

const CLASSES: readonly KbEntry[] = [
  group(
    'local-anaesthetic',
    'Local anaesthetics',
    {
      en: ['local anaesthetic', 'local anesthetic', 'numbing cream'],
      fr: ['anesthésique local', 'crème anesthésiante'],
      it: ['anestetico locale', 'anestetici locali'],
      es: ['anestésico local', 'anestésicos locales'],
      de: ['Lokalanästhetikum', 'Lokalanästhetika', 'Betäubungscreme'],
      pt: ['anestésico local', 'anestésicos locais'],
      id: ['anestesi lokal', 'bius lokal'],
    },
    { crossReactive: false },
  ),
  group(
    'amide-local-anaesthetic',
    'Amide local anaesthetics',
    {
      en: ['amide local anaesthetic', 'amide anaesthetic', 'amide anesthetic'],
      fr: ['anesthésique amide'],
      it: ['anestetico amidico'],
      es: ['anestésico amida', 'anestésico tipo amida'],
      de: ['Amid-Lokalanästhetikum', 'Amid-Lokalanästhetika'],
      pt: ['anestésico do tipo amida'],
      id: ['anestesi amida'],
    },
    { crossReactive: true },
  ),
  group(
    'ester-local-anaesthetic',
    'Ester local anaesthetics',
    {
      en: ['ester local anaesthetic', 'ester anaesthetic', 'ester anesthetic'],
      fr: ['anesthésique ester'],
      it: ['anestetico estere'],
      es: ['anestésico tipo éster'],
      de: ['Ester-Lokalanästhetikum', 'Ester-Lokalanästhetika'],
      pt: ['anestésico do tipo éster'],
      id: ['anestesi ester'],
    },
    { crossReactive: true },
  ),
  group(
    'anticoagulant',
    'Anticoagulants',
    {
      en: ['anticoagulant', 'blood thinner', 'DOAC', 'NOAC', 'direct oral anticoagulant'],
      fr: ['anticoagulant', 'anticoagulant oral direct', 'AOD', 'fluidifiant sanguin'],
      it: ['anticoagulante', 'anticoagulanti', 'fluidificante del sangue'],
      es: ['anticoagulante', 'anticoagulante oral directo'],
      de: ['Antikoagulans', 'Antikoagulanzien', 'Blutverdünner', 'Gerinnungshemmer'],
      pt: ['anticoagulante', 'anticoagulante oral direto'],
      id: ['antikoagulan', 'pengencer darah'],
    },
    { concern: 'anticoagulants' },
  ),
  group(
    'antiplatelet',
    'Antiplatelets',
    {
      en: ['antiplatelet'],
      fr: ['antiagrégant plaquettaire', 'antiagrégant'],
      it: ['antiaggregante piastrinico', 'antiaggregante'],
      es: ['antiagregante plaquetario', 'antiagregante'],
      de: ['Thrombozytenaggregationshemmer', 'Plättchenhemmer'],
      pt: ['antiagregante plaquetário'],
      id: ['antiplatelet', 'antiagregasi trombosit'],
    },
    { concern: 'anticoagulants' },
  ),
  group(
    'nsaid',
    'Anti-inflammatory painkillers (NSAIDs)',
    {
      en: ['NSAID', 'non steroidal anti inflammatory', 'anti inflammatory painkiller'],
      fr: ['AINS', 'anti inflammatoire non stéroïdien'],
      it: ['FANS', 'antinfiammatorio non steroideo'],
      es: ['AINE', 'antiinflamatorio no esteroideo'],
      de: ['NSAR', 'nichtsteroidales Antirheumatikum'],
      pt: ['anti inflamatório não esteroide'],
      id: ['OAINS', 'obat antiinflamasi nonsteroid'],
    },
    { concern: 'bruisingSupplements' },
  ),
  group(
    'bruising-supplement',
    'Supplements that increase bruising',
    { en: ['blood thinning supplement'] },
    { concern: 'bruisingSupplements' },
  ),
  group(
    'immunosuppressant',
    'Immunosuppressants',
    {
      en: ['immunosuppressant', 'immunosuppressive', 'biologic therapy'],
      fr: ['immunosuppresseur', 'immunosuppresseurs'],
      it: ['immunosoppressore', 'immunosoppressori'],
      es: ['inmunosupresor', 'inmunosupresores'],
      de: ['Immunsuppressivum', 'Immunsuppressiva'],
      pt: ['imunossupressor', 'imunossupressores'],
      id: ['imunosupresan'],
    },
    { concern: 'autoimmune' },
  ),
  group(
    'oral-retinoid',
    'Oral retinoids',
    {
      en: ['oral retinoid'],
      fr: ['rétinoïde oral'],
      it: ['retinoide orale'],
      es: ['retinoide oral'],
      de: ['orales Retinoid'],
      pt: ['retinoide oral'],
      id: ['retinoid oral'],
    },
    { concern: 'isotretinoin' },
  ),
  group(
    'topical-retinoid',
    'Topical retinoids',
    {
      en: ['retinoid', 'retinoid cream', 'topical retinoid'],
      fr: ['rétinoïde', 'crème rétinoïde'],
      it: ['retinoide topico', 'crema retinoide'],
      es: ['retinoide tópico', 'crema de retinoides'],
      de: ['Retinoidcreme', 'topisches Retinoid'],
      pt: ['retinoide tópico'],
      id: ['krim retinoid'],
    },
    { concern: 'topicalRetinoid' },
  ),
  group('vitamin-b', 'B vitamins', {
    en: ['vitamin b', 'b vitamins', 'vitamin b complex', 'b complex'],
    fr: ['vitamines b', 'vitamine b'],
    it: ['vitamine del gruppo b', 'vitamina b'],
    es: ['vitaminas del grupo b', 'complejo b'],
    de: ['Vitamin-B-Komplex', 'B-Vitamine'],
    pt: ['vitaminas do complexo b', 'complexo b'],
    id: ['vitamin b kompleks'],
  }),
  group(
    'paraben',
    'Parabens',
    {
      en: ['paraben'],
      fr: ['parabène'],
      it: ['parabeni'],
      es: ['parabenos'],
      de: ['Parabene'],
    },
    { crossReactive: true },
  ),
  group('penicillins', 'Penicillins', {
    en: ['beta lactam', 'beta lactam antibiotic'],
    fr: ['bêta lactamine'],
    it: ['betalattamici'],
    es: ['betalactámicos'],
    de: ['Betalaktam-Antibiotika'],
    pt: ['betalactâmicos'],
    id: ['betalaktam'],
  }),
];

const ANAESTHETICS: readonly KbEntry[] = [
  substance(
    'lidocaine',
    'Lidocaine',
    {
      en: ['lidocaine', 'lignocaine'],
      fr: ['lidocaïne', 'chlorhydrate de lidocaïne'],
      it: ['lidocaina', 'lidocaina cloridrato'],
      es: ['lidocaína', 'clorhidrato de lidocaína'],
      de: ['Lidocain', 'Lidocainhydrochlorid'],
      pt: ['cloridrato de lidocaína'],
      id: ['lidokain'],
    },
    { brands: ['Xylocaine', 'Xylocain', 'Xilocaina', 'LMX4', 'Lidoderm', 'Versatis'], classes: AMIDE },
  ),
  substance(
    'prilocaine',
    'Prilocaine',
    {
      en: ['prilocaine'],
      fr: ['prilocaïne'],
      it: ['prilocaina'],
      es: ['prilocaína'],
      de: ['Prilocain'],
      id: ['prilokain'],
    },
    { brands: ['Citanest'], classes: AMIDE },
  ),
  substance(
    'articaine',
    'Articaine',
    {
      en: ['articaine', 'carticaine'],
      fr: ['articaïne'],
      it: ['articaina'],
      es: ['articaína'],
      de: ['Articain'],
      id: ['artikain'],
    },
    { brands: ['Septanest', 'Septocaine', 'Ubistesin'], classes: AMIDE },
  ),
  substance(
    'mepivacaine',
    'Mepivacaine',
    {
      en: ['mepivacaine'],
      fr: ['mépivacaïne'],
      it: ['mepivacaina'],
      es: ['mepivacaína'],
      de: ['Mepivacain'],
      id: ['mepivakain'],
    },
    { brands: ['Carbocaine', 'Scandonest', 'Scandicain'], classes: AMIDE },
  ),
  substance(
    'bupivacaine',
    'Bupivacaine',
    {
      en: ['bupivacaine'],
      fr: ['bupivacaïne'],
      it: ['bupivacaina'],
      es: ['bupivacaína'],
      de: ['Bupivacain'],
      id: ['bupivakain'],
    },
    { brands: ['Marcaine', 'Marcain', 'Sensorcaine', 'Carbostesin'], classes: AMIDE },
  ),
  substance(
    'ropivacaine',
    'Ropivacaine',
    {
      en: ['ropivacaine'],
      fr: ['ropivacaïne'],
      it: ['ropivacaina'],
      es: ['ropivacaína'],
      de: ['Ropivacain'],
      id: ['ropivakain'],
    },
    { brands: ['Naropin', 'Naropeine'], classes: AMIDE },
  ),
  substance(
    'procaine',
    'Procaine',
    {
      en: ['procaine', 'novocaine'],
      fr: ['procaïne'],
      it: ['procaina'],
      es: ['procaína'],
      de: ['Procain'],
      id: ['prokain'],
    },
    { brands: ['Novocain'], classes: ESTER },
  ),
  substance(
    'benzocaine',
    'Benzocaine',
    {
      en: ['benzocaine'],
      fr: ['benzocaïne'],
      it: ['benzocaina'],
      es: ['benzocaína'],
      de: ['Benzocain'],
      id: ['benzokain'],
    },
    { brands: ['Anbesol', 'Orajel'], classes: ESTER },
  ),
  substance(
    'tetracaine',
    'Tetracaine',
    {
      en: ['tetracaine', 'amethocaine'],
      fr: ['tétracaïne'],
      it: ['tetracaina'],
      es: ['tetracaína'],
      de: ['Tetracain'],
      id: ['tetrakain'],
    },
    { brands: ['Ametop', 'Pontocaine'], classes: ESTER },
  ),
  substance(
    'lidocaine-prilocaine',
    'Lidocaine/prilocaine cream',
    {
      en: ['lidocaine prilocaine', 'eutectic mixture of local anaesthetics'],
      fr: ['lidocaïne prilocaïne'],
      it: ['lidocaina prilocaina'],
      es: ['lidocaína prilocaína'],
      de: ['Lidocain Prilocain'],
      id: ['lidokain prilokain'],
    },
    { brands: ['EMLA', 'Oraqix', 'Fortacin'], contains: ['lidocaine', 'prilocaine'] },
  ),
  substance(
    'lidocaine-tetracaine',
    'Lidocaine/tetracaine',
    {
      en: ['lidocaine tetracaine'],
      fr: ['lidocaïne tétracaïne'],
      it: ['lidocaina tetracaina'],
      es: ['lidocaína tetracaína'],
      de: ['Lidocain Tetracain'],
    },
    { brands: ['Pliaglis', 'Rapydan', 'Synera'], contains: ['lidocaine', 'tetracaine'] },
  ),
  substance(
    'lidocaine-adrenaline',
    'Lidocaine with adrenaline',
    {
      en: ['lidocaine with adrenaline', 'lidocaine with epinephrine'],
      fr: ['lidocaïne adrénaline'],
      it: ['lidocaina adrenalina'],
      es: ['lidocaína con epinefrina'],
      de: ['Lidocain mit Adrenalin'],
    },
    { brands: ['Lignospan', 'Xylocaine with adrenaline'], contains: ['lidocaine', 'adrenaline', 'sulfites'] },
  ),
  substance('adrenaline', 'Adrenaline', {
    en: ['adrenaline', 'epinephrine'],
    fr: ['adrénaline', 'épinéphrine'],
    it: ['adrenalina', 'epinefrina'],
    de: ['Adrenalin', 'Epinephrin'],
  }),
];

const BLOOD: readonly KbEntry[] = [
  substance(
    'warfarin',
    'Warfarin',
    { en: ['warfarin'], fr: ['warfarine'], es: ['warfarina'] },
    { brands: ['Coumadin', 'Coumadine', 'Marevan', 'Jantoven'], classes: ['anticoagulant'] },
  ),
  substance(
    'acenocoumarol',
    'Acenocoumarol',
    { en: ['acenocoumarol'], fr: ['acénocoumarol'], es: ['acenocumarol'] },
    { brands: ['Sintrom', 'Minisintrom'], classes: ['anticoagulant'] },
  ),
  substance(
    'phenprocoumon',
    'Phenprocoumon',
    { en: ['phenprocoumon'], de: ['Phenprocoumon'] },
    { brands: ['Marcumar', 'Falithrom', 'Marcoumar'], classes: ['anticoagulant'] },
  ),
  substance(
    'fluindione',
    'Fluindione',
    { en: ['fluindione'] },
    { brands: ['Previscan'], classes: ['anticoagulant'] },
  ),
  substance(
    'apixaban',
    'Apixaban',
    { en: ['apixaban'] },
    { brands: ['Eliquis'], classes: ['anticoagulant'] },
  ),
  substance(
    'rivaroxaban',
    'Rivaroxaban',
    { en: ['rivaroxaban'] },
    { brands: ['Xarelto'], classes: ['anticoagulant'] },
  ),
  substance(
    'dabigatran',
    'Dabigatran',
    { en: ['dabigatran', 'dabigatran etexilate'], fr: ['dabigatran étexilate'] },
    { brands: ['Pradaxa', 'Pradax'], classes: ['anticoagulant'] },
  ),
  substance(
    'edoxaban',
    'Edoxaban',
    { en: ['edoxaban'] },
    { brands: ['Lixiana', 'Savaysa'], classes: ['anticoagulant'] },
  ),
  substance(
    'heparin',
    'Heparin',
    {
      en: ['heparin', 'enoxaparin', 'tinzaparin', 'dalteparin', 'fondaparinux'],
      fr: ['héparine', 'énoxaparine'],
      it: ['eparina', 'enoxaparina'],
      es: ['heparina'],
      de: ['Heparin'],
      id: ['heparin'],
    },
    {
      brands: ['Clexane', 'Lovenox', 'Fragmin', 'Innohep', 'Arixtra', 'Inhixa'],
      classes: ['anticoagulant'],
    },
  ),
  substance(
    'aspirin',
    'Aspirin (acetylsalicylic acid)',
    {
      en: ['aspirin', 'acetylsalicylic acid'],
      fr: ['aspirine', 'acide acétylsalicylique'],
      it: ['aspirina', 'acido acetilsalicilico'],
      es: ['ácido acetilsalicílico'],
      de: ['Acetylsalicylsäure', 'ASS'],
      pt: ['ácido acetilsalicílico'],
      id: ['asam asetilsalisilat', 'asetosal'],
    },
    {
      brands: ['Disprin', 'Aspro', 'Kardegic', 'Cardioaspirin', 'Cardioaspirina', 'Aspegic', 'Nu-Seals'],
      classes: ['antiplatelet', 'nsaid'],
    },
  ),
  substance(
    'clopidogrel',
    'Clopidogrel',
    { en: ['clopidogrel'], fr: ['clopidogrel'], id: ['klopidogrel'] },
    { brands: ['Plavix', 'Iscover', 'Grepid'], classes: ['antiplatelet'] },
  ),
  substance(
    'prasugrel',
    'Prasugrel',
    { en: ['prasugrel'] },
    { brands: ['Efient', 'Effient'], classes: ['antiplatelet'] },
  ),
  substance(
    'ticagrelor',
    'Ticagrelor',
    { en: ['ticagrelor'] },
    { brands: ['Brilinta', 'Brilique'], classes: ['antiplatelet'] },
  ),
  substance(
    'dipyridamole',
    'Dipyridamole',
    { en: ['dipyridamole'], it: ['dipiridamolo'], es: ['dipiridamol'] },
    { brands: ['Persantin', 'Asasantin'], classes: ['antiplatelet'] },
  ),
  substance(
    'ibuprofen',
    'Ibuprofen',
    { en: ['ibuprofen'], fr: ['ibuprofène'], it: ['ibuprofene'], es: ['ibuprofeno'] },
    { brands: ['Advil', 'Nurofen', 'Brufen', 'Motrin', 'Spedifen'], classes: ['nsaid'] },
  ),
  substance(
    'naproxen',
    'Naproxen',
    { en: ['naproxen'], fr: ['naproxène'], it: ['naprossene'], es: ['naproxeno'] },
    { brands: ['Aleve', 'Naprosyn', 'Apranax', 'Synflex'], classes: ['nsaid'] },
  ),
  substance(
    'diclofenac',
    'Diclofenac',
    { en: ['diclofenac'], fr: ['diclofénac'], es: ['diclofenaco'], id: ['diklofenak'] },
    { brands: ['Voltaren', 'Voltarol', 'Voltarene', 'Cataflam'], classes: ['nsaid'] },
  ),
  substance(
    'ketoprofen',
    'Ketoprofen',
    { en: ['ketoprofen'], fr: ['kétoprofène'], it: ['ketoprofene'], es: ['ketoprofeno'] },
    { brands: ['Orudis', 'Profenid', 'Bi-Profenid'], classes: ['nsaid'] },
  ),
  substance('celecoxib', 'Celecoxib', { en: ['celecoxib'] }, { brands: ['Celebrex'], classes: ['nsaid'] }),
  substance(
    'fish-oil',
    'Fish oil (omega-3)',
    {
      en: ['fish oil', 'omega 3', 'cod liver oil'],
      fr: ['huile de poisson', 'oméga 3'],
      it: ['olio di pesce'],
      es: ['aceite de pescado'],
      de: ['Fischöl', 'Lebertran'],
      pt: ['óleo de peixe'],
      id: ['minyak ikan'],
    },
    { classes: ['bruising-supplement'] },
  ),
  substance(
    'vitamin-e',
    'Vitamin E',
    {
      en: ['vitamin e', 'tocopherol', 'tocopheryl acetate'],
      fr: ['vitamine e', 'tocophérol'],
      it: ['vitamina e', 'tocoferolo'],
      es: ['tocoferol'],
      de: ['Tocopherolacetat'],
      id: ['vitamin e'],
    },
    { classes: ['bruising-supplement'] },
  ),
  substance(
    'ginkgo',
    'Ginkgo',
    { en: ['ginkgo', 'ginkgo biloba', 'gingko'] },
    { brands: ['Tebonin', 'Tanakan'], classes: ['bruising-supplement'] },
  ),
];

const IMMUNE: readonly KbEntry[] = [
  substance(
    'methotrexate',
    'Methotrexate',
    {
      en: ['methotrexate'],
      fr: ['méthotrexate'],
      it: ['metotrexato'],
      es: ['metotrexate'],
      de: ['Methotrexat'],
      id: ['metotreksat'],
    },
    { brands: ['Metoject', 'Novatrex', 'Otrexup', 'Trexall', 'Lantarel'], classes: ['immunosuppressant'] },
  ),
  substance(
    'ciclosporin',
    'Ciclosporin',
    { en: ['ciclosporin', 'cyclosporine'], fr: ['ciclosporine'], it: ['ciclosporina'], de: ['Cyclosporin'] },
    { brands: ['Neoral', 'Sandimmun', 'Sandimmune'], classes: ['immunosuppressant'] },
  ),
  substance(
    'tacrolimus',
    'Tacrolimus',
    { en: ['tacrolimus'] },
    { brands: ['Prograf', 'Advagraf', 'Protopic'], classes: ['immunosuppressant'] },
  ),
  substance(
    'azathioprine',
    'Azathioprine',
    { en: ['azathioprine'], it: ['azatioprina'], de: ['Azathioprin'] },
    { brands: ['Imuran', 'Imurel', 'Imurek'], classes: ['immunosuppressant'] },
  ),
  substance(
    'mycophenolate',
    'Mycophenolate',
    { en: ['mycophenolate'], fr: ['mycophénolate'], it: ['micofenolato'], de: ['Mycophenolat'] },
    { brands: ['CellCept', 'Myfortic'], classes: ['immunosuppressant'] },
  ),
  substance(
    'oral-corticosteroid',
    'Oral corticosteroids',
    {
      en: ['prednisolone', 'prednisone', 'dexamethasone'],
      fr: ['prednisolone orale', 'dexaméthasone'],
      it: ['prednisone orale', 'desametasone'],
      es: ['prednisona', 'dexametasona'],
      de: ['Prednisolon', 'Dexamethason'],
      id: ['prednison', 'deksametason'],
    },
    { brands: ['Cortancyl', 'Solupred', 'Decortin', 'Deltacortene'], classes: ['immunosuppressant'] },
  ),
  substance(
    'biologic-immunotherapy',
    'Biologic immunosuppressants',
    { en: ['adalimumab', 'etanercept', 'infliximab', 'rituximab', 'ustekinumab', 'secukinumab'] },
    {
      brands: ['Humira', 'Enbrel', 'Remicade', 'MabThera', 'Rituxan', 'Stelara', 'Cosentyx'],
      classes: ['immunosuppressant'],
    },
  ),
  substance(
    'hydroxychloroquine',
    'Hydroxychloroquine',
    {
      en: ['hydroxychloroquine'],
      it: ['idrossiclorochina'],
      es: ['hidroxicloroquina'],
      de: ['Hydroxychloroquin'],
    },
    { brands: ['Plaquenil', 'Quensyl'], classes: ['immunosuppressant'] },
  ),
];

const RETINOIDS: readonly KbEntry[] = [
  substance(
    'isotretinoin',
    'Isotretinoin',
    {
      en: ['isotretinoin'],
      fr: ['isotrétinoïne'],
      it: ['isotretinoina'],
      es: ['isotretinoína'],
      de: ['Isotretinoin'],
      id: ['isotretinoin'],
    },
    {
      brands: [
        'Roaccutane',
        'Accutane',
        'Curacne',
        'Contracne',
        'Procuta',
        'Aknenormin',
        'Claravis',
        'Absorica',
        'Epuris',
        'Isotroin',
      ],
      classes: ['oral-retinoid'],
    },
  ),
  substance(
    'acitretin',
    'Acitretin',
    { en: ['acitretin', 'alitretinoin'], fr: ['acitrétine'], it: ['acitretina'] },
    { brands: ['Neotigason', 'Soriatane', 'Toctino'], classes: ['oral-retinoid'] },
  ),
  substance(
    'tretinoin',
    'Tretinoin',
    { en: ['tretinoin'], fr: ['trétinoïne'], it: ['tretinoina'], es: ['tretinoína'], de: ['Tretinoin'] },
    {
      brands: ['Retin-A', 'Effederm', 'Airol', 'Locacid', 'Retacnyl', 'Treclin'],
      classes: ['topical-retinoid'],
    },
  ),
  substance(
    'adapalene',
    'Adapalene',
    { en: ['adapalene'], fr: ['adapalène'], es: ['adapaleno'], de: ['Adapalen'] },
    { brands: ['Differin', 'Differine', 'Epiduo'], classes: ['topical-retinoid'] },
  ),
  substance(
    'tazarotene',
    'Tazarotene',
    { en: ['tazarotene', 'trifarotene'], fr: ['tazarotène'] },
    { brands: ['Zorac', 'Tazorac', 'Aklief', 'Arazlo'], classes: ['topical-retinoid'] },
  ),
  substance(
    'retinol',
    'Retinol',
    { en: ['retinol', 'retinaldehyde', 'retinyl palmitate'], fr: ['rétinol', 'rétinaldéhyde'] },
    { classes: ['topical-retinoid'] },
  ),
];

const MIXTURE: readonly KbEntry[] = [
  substance('hyaluronic-acid', 'Hyaluronic acid', {
    en: ['hyaluronic acid', 'hyaluronic', 'hyaluronan', 'hyaluronate', 'sodium hyaluronate'],
    fr: ['acide hyaluronique', 'hyaluronate de sodium'],
    it: ['acido ialuronico', 'ialuronato di sodio', 'ialuronato'],
    es: ['ácido hialurónico', 'hialuronato de sodio', 'hialuronato'],
    de: ['Hyaluronsäure', 'Natriumhyaluronat', 'Hyaluron'],
    pt: ['ácido hialurônico'],
    id: ['asam hialuronat'],
  }),
  substance('vitamin-c', 'Vitamin C', {
    en: ['vitamin c', 'ascorbic acid', 'ascorbate', 'ascorbyl', 'magnesium ascorbyl phosphate'],
    fr: ['vitamine c', 'acide ascorbique'],
    it: ['vitamina c', 'acido ascorbico'],
    es: ['ácido ascórbico'],
    de: ['Ascorbinsäure'],
    pt: ['ácido ascórbico'],
    id: ['asam askorbat'],
  }),
  substance(
    'thiamine',
    'Thiamine (vitamin B1)',
    { en: ['thiamine', 'thiamin', 'vitamin b1'], it: ['tiamina'], de: ['Thiamin'], id: ['tiamin'] },
    { classes: ['vitamin-b'] },
  ),
  substance(
    'riboflavin',
    'Riboflavin (vitamin B2)',
    { en: ['riboflavin', 'vitamin b2'], fr: ['riboflavine'], it: ['riboflavina'] },
    { classes: ['vitamin-b'] },
  ),
  substance(
    'niacinamide',
    'Niacinamide (vitamin B3)',
    {
      en: ['niacinamide', 'nicotinamide', 'niacin', 'vitamin b3'],
      it: ['nicotinammide'],
      es: ['niacinamida'],
    },
    { classes: ['vitamin-b'] },
  ),
  substance(
    'panthenol',
    'Panthenol (vitamin B5)',
    {
      en: ['dexpanthenol', 'panthenol', 'pantothenic acid', 'vitamin b5'],
      fr: ['acide pantothénique'],
      it: ['pantenolo', 'acido pantotenico'],
      es: ['pantenol', 'ácido pantoténico'],
      de: ['Dexpanthenol', 'Pantothensäure'],
    },
    { classes: ['vitamin-b'] },
  ),
  substance(
    'pyridoxine',
    'Pyridoxine (vitamin B6)',
    { en: ['pyridoxine', 'vitamin b6'], it: ['piridossina'], es: ['piridoxina'], de: ['Pyridoxin'] },
    { classes: ['vitamin-b'] },
  ),
  substance(
    'biotin',
    'Biotin (vitamin B7)',
    { en: ['biotin', 'vitamin b7', 'vitamin h'], fr: ['biotine'], it: ['biotina'] },
    { classes: ['vitamin-b'] },
  ),
  substance(
    'folic-acid',
    'Folic acid (vitamin B9)',
    {
      en: ['folic acid', 'folate', 'vitamin b9'],
      fr: ['acide folique'],
      it: ['acido folico'],
      es: ['ácido fólico'],
      de: ['Folsäure'],
      id: ['asam folat'],
    },
    { classes: ['vitamin-b'] },
  ),
  substance(
    'cobalamin',
    'Cobalamin (vitamin B12)',
    {
      en: ['cyanocobalamin', 'cobalamin', 'hydroxocobalamin', 'methylcobalamin', 'vitamin b12'],
      fr: ['cyanocobalamine'],
      it: ['cianocobalamina'],
      de: ['Cyanocobalamin'],
    },
    { classes: ['vitamin-b'] },
  ),
  substance('soy', 'Soy', {
    en: ['soy', 'soya', 'soybean', 'soy lecithin'],
    fr: ['soja'],
    de: ['Soja'],
    id: ['kedelai'],
  }),
  substance(
    'phosphatidylcholine',
    'Phosphatidylcholine',
    {
      en: ['phosphatidylcholine', 'polyenylphosphatidylcholine', 'PPC', 'lecithin'],
      fr: ['lécithine'],
      it: ['fosfatidilcolina', 'lecitina'],
      de: ['Phosphatidylcholin'],
      id: ['fosfatidilkolin'],
    },
    { brands: ['Lipostabil', 'Essentiale'], contains: ['soy'] },
  ),
  substance(
    'deoxycholate',
    'Deoxycholic acid',
    {
      en: ['deoxycholate', 'deoxycholic acid', 'sodium deoxycholate'],
      fr: ['acide désoxycholique', 'désoxycholate'],
      it: ['acido desossicolico'],
      es: ['ácido desoxicólico'],
      de: ['Desoxycholsäure'],
      id: ['asam deoksikolat'],
    },
    { brands: ['Kybella', 'Belkyra', 'Aqualyx'] },
  ),
  substance('caffeine', 'Caffeine', {
    en: ['caffeine'],
    fr: ['caféine'],
    it: ['caffeina'],
    es: ['cafeína'],
    de: ['Koffein', 'Coffein'],
    id: ['kafein'],
  }),
  substance('carnitine', 'L-carnitine', {
    en: ['carnitine', 'l carnitine'],
    it: ['carnitina'],
    de: ['Carnitin'],
    id: ['karnitin'],
  }),
  substance('glutathione', 'Glutathione', {
    en: ['glutathione'],
    fr: ['glutathion'],
    it: ['glutatione'],
    es: ['glutatión'],
    id: ['glutation'],
  }),
  substance('tranexamic-acid', 'Tranexamic acid', {
    en: ['tranexamic acid', 'tranexamic'],
    fr: ['acide tranexamique'],
    it: ['acido tranexamico'],
    es: ['ácido tranexámico'],
    de: ['Tranexamsäure'],
    id: ['asam traneksamat'],
  }),
  substance('dmae', 'DMAE', { en: ['DMAE', 'dimethylaminoethanol', 'deanol'] }),
  substance('collagenase', 'Collagenase', { en: ['collagenase'], fr: ['collagénase'], it: ['collagenasi'] }),
  substance('hyaluronidase', 'Hyaluronidase', {
    en: ['hyaluronidase'],
    it: ['ialuronidasi'],
    es: ['hialuronidasa'],
    de: ['Hyaluronidase'],
  }),
  substance('centella', 'Centella asiatica', { en: ['centella asiatica', 'centella', 'gotu kola'] }),
  substance('artichoke', 'Artichoke extract', {
    en: ['artichoke', 'cynara'],
    fr: ['artichaut'],
    it: ['carciofo'],
    es: ['alcachofa'],
    de: ['Artischocke'],
    pt: ['alcachofra'],
  }),
  substance('minoxidil', 'Minoxidil', { en: ['minoxidil'] }, { brands: ['Regaine', 'Rogaine', 'Alopexy'] }),
  substance(
    'dutasteride',
    'Dutasteride / finasteride',
    { en: ['dutasteride', 'finasteride'], fr: ['dutastéride', 'finastéride'] },
    { brands: ['Avodart', 'Propecia', 'Proscar'] },
  ),
  substance('salicylic-acid', 'Salicylic acid', {
    en: ['salicylic acid', 'salicylate'],
    fr: ['acide salicylique'],
    it: ['acido salicilico'],
    es: ['ácido salicílico'],
    de: ['Salicylsäure'],
    id: ['asam salisilat'],
  }),
  substance('glycolic-acid', 'Glycolic acid', {
    en: ['glycolic acid'],
    fr: ['acide glycolique'],
    it: ['acido glicolico'],
    es: ['ácido glicólico'],
    de: ['Glykolsäure'],
  }),
];

const EXCIPIENTS_AND_ANTISEPTICS: readonly KbEntry[] = [
  substance('latex', 'Latex', {
    en: ['latex', 'natural rubber'],
    fr: ['caoutchouc naturel'],
    de: ['Naturkautschuk'],
    id: ['lateks'],
  }),
  substance('benzyl-alcohol', 'Benzyl alcohol', {
    en: ['benzyl alcohol'],
    fr: ['alcool benzylique'],
    it: ['alcol benzilico'],
    es: ['alcohol bencílico'],
    de: ['Benzylalkohol'],
    pt: ['álcool benzílico'],
  }),
  substance(
    'methylparaben',
    'Methylparaben',
    { en: ['methylparaben', 'methyl parahydroxybenzoate'], fr: ['méthylparabène'], de: ['Methylparaben'] },
    { classes: ['paraben'] },
  ),
  substance(
    'propylparaben',
    'Propylparaben',
    { en: ['propylparaben', 'propyl parahydroxybenzoate'], fr: ['propylparabène'] },
    { classes: ['paraben'] },
  ),
  substance('sulfites', 'Sulfites', {
    en: ['sulfite', 'sulphite', 'metabisulfite', 'sodium metabisulfite', 'sodium metabisulphite'],
    fr: ['métabisulfite'],
    it: ['solfiti', 'metabisolfito'],
    es: ['sulfitos', 'metabisulfito'],
    de: ['Sulfite', 'Natriummetabisulfit'],
    id: ['sulfit'],
  }),
  substance('edta', 'EDTA (edetate)', { en: ['EDTA', 'edetate', 'disodium edetate'], fr: ['édétate'] }),
  substance('polysorbate', 'Polysorbate', { en: ['polysorbate', 'polysorbate 80', 'tween 80'] }),
  substance('peg', 'Polyethylene glycol (PEG)', {
    en: ['polyethylene glycol', 'macrogol'],
    fr: ['polyéthylène glycol'],
    it: ['glicole polietilenico'],
    es: ['polietilenglicol'],
    de: ['Polyethylenglykol'],
  }),
  substance('propylene-glycol', 'Propylene glycol', {
    en: ['propylene glycol'],
    fr: ['propylène glycol'],
    it: ['glicole propilenico'],
    es: ['propilenglicol'],
    de: ['Propylenglykol'],
  }),
  substance('lanolin', 'Lanolin', { en: ['lanolin', 'wool fat', 'wool alcohols'], fr: ['lanoline'] }),
  substance('nickel', 'Nickel', { en: ['nickel'], it: ['nichel'], es: ['níquel'], id: ['nikel'] }),
  substance(
    'chlorhexidine',
    'Chlorhexidine',
    {
      en: ['chlorhexidine', 'chlorhexidine gluconate'],
      fr: ['digluconate de chlorhexidine'],
      it: ['clorexidina'],
      es: ['clorhexidina'],
      de: ['Chlorhexidin'],
      id: ['klorheksidin'],
    },
    { brands: ['Hibiscrub', 'Hibitane', 'ChloraPrep', 'Hibiclens', 'Corsodyl', 'Biseptine', 'Septeal'] },
  ),
  substance(
    'iodine',
    'Iodine / povidone-iodine',
    {
      en: ['iodine', 'povidone iodine', 'PVP I', 'iodopovidone'],
      fr: ['iode', 'povidone iodée'],
      it: ['iodio', 'iodopovidone'],
      es: ['yodo', 'povidona yodada'],
      de: ['Jod', 'Povidon-Iod'],
      pt: ['iodo', 'iodopovidona'],
      id: ['yodium', 'povidon iodin'],
    },
    { brands: ['Betadine', 'Braunol', 'Isobetadine'] },
  ),
  substance('alcohol', 'Alcohol (ethanol, isopropyl alcohol)', {
    en: ['alcohol', 'ethanol', 'isopropyl alcohol', 'isopropanol', 'rubbing alcohol', 'surgical spirit'],
    fr: ['alcool', 'éthanol', 'alcool isopropylique'],
    it: ['alcol', 'etanolo', 'alcol isopropilico'],
    es: ['alcohol isopropílico', 'etanol'],
    de: ['Alkohol', 'Isopropylalkohol'],
    pt: ['álcool', 'álcool isopropílico'],
    id: ['alkohol'],
  }),
  substance(
    'octenidine',
    'Octenidine',
    { en: ['octenidine'], de: ['Octenidin'] },
    { brands: ['Octenisept'] },
  ),
  substance('benzalkonium', 'Benzalkonium chloride', {
    en: ['benzalkonium', 'benzalkonium chloride'],
    fr: ['chlorure de benzalkonium'],
    it: ['benzalconio'],
  }),
  substance('sodium-chloride', 'Sodium chloride (saline)', {
    en: ['sodium chloride', 'saline', 'normal saline'],
    fr: ['chlorure de sodium', 'sérum physiologique'],
    it: ['cloruro di sodio', 'soluzione fisiologica'],
    es: ['cloruro de sodio', 'suero fisiológico'],
    de: ['Natriumchlorid', 'Kochsalzlösung'],
    pt: ['cloreto de sódio', 'soro fisiológico'],
    id: ['natrium klorida'],
  }),
  substance('water-for-injection', 'Water for injection', {
    en: ['water for injection', 'water for injections', 'sterile water'],
    fr: ['eau pour préparations injectables', 'eau ppi'],
    it: ['acqua per preparazioni iniettabili'],
    es: ['agua para inyectables'],
    de: ['Wasser für Injektionszwecke'],
    pt: ['água para injetáveis'],
    id: ['air untuk injeksi'],
  }),
  substance(
    'penicillin',
    'Penicillin',
    {
      en: ['penicillin', 'amoxicillin', 'amoxycillin', 'flucloxacillin', 'ampicillin'],
      fr: ['pénicilline', 'amoxicilline'],
      it: ['penicillina', 'amoxicillina'],
      es: ['penicilina', 'amoxicilina'],
      de: ['Penicillin'],
      id: ['penisilin', 'amoksisilin'],
    },
    { brands: ['Amoxil', 'Augmentin', 'Clamoxyl', 'Floxapen'], classes: ['penicillins'] },
  ),
  substance('sulfonamide', 'Sulfonamide antibiotics', {
    en: ['sulfonamide', 'sulphonamide', 'sulfamethoxazole', 'co trimoxazole'],
    fr: ['sulfamide'],
    it: ['sulfamidici'],
    es: ['sulfamidas'],
    de: ['Sulfonamide'],
  }),
];

const CONDITIONS: readonly KbEntry[] = [
  condition('pregnant', 'Pregnancy', {
    en: ['pregnant', 'pregnancy'],
    fr: ['enceinte', 'grossesse'],
    it: ['incinta', 'gravidanza'],
    es: ['embarazada', 'embarazo'],
    de: ['schwanger', 'Schwangerschaft'],
    pt: ['grávida', 'gravidez', 'gestante'],
    id: ['hamil', 'kehamilan'],
  }),
  condition('breastfeeding', 'Breastfeeding', {
    en: ['breastfeeding', 'breast feeding', 'lactating'],
    fr: ['allaitement', 'allaite'],
    it: ['allattamento', 'allatto'],
    es: ['lactancia', 'amamantando'],
    de: ['Stillzeit', 'stillend'],
    pt: ['amamentação', 'amamentando'],
    id: ['menyusui'],
  }),
  condition('bleedingDisorder', 'Bleeding disorder', {
    en: ['haemophilia', 'hemophilia', 'von willebrand', 'bleeding disorder', 'thrombocytopenia'],
    fr: ['hémophilie', 'trouble de la coagulation'],
    it: ['emofilia', 'disturbo della coagulazione'],
    es: ['hemofilia', 'trastorno de la coagulación'],
    de: ['Hämophilie', 'Bluterkrankheit', 'Gerinnungsstörung'],
    pt: ['distúrbio de coagulação'],
    id: ['gangguan pembekuan darah'],
  }),
  condition('cancer', 'Cancer or its treatment', {
    en: ['cancer', 'chemotherapy', 'chemo', 'radiotherapy', 'leukaemia', 'leukemia', 'lymphoma', 'carcinoma'],
    fr: ['chimiothérapie', 'radiothérapie', 'leucémie', 'lymphome'],
    it: ['cancro', 'tumore', 'chemioterapia', 'radioterapia'],
    es: ['cáncer', 'quimioterapia', 'linfoma'],
    de: ['Krebs', 'Chemotherapie', 'Strahlentherapie', 'Leukämie'],
    pt: ['câncer', 'quimioterapia'],
    id: ['kanker', 'kemoterapi', 'radioterapi'],
  }),
  condition('diabetes', 'Diabetes', {
    en: ['diabetes', 'diabetic', 'diabetes mellitus'],
    fr: ['diabète', 'diabétique'],
    it: ['diabete', 'diabetico'],
    es: ['diabético'],
    de: ['Diabetiker', 'Zuckerkrankheit'],
    pt: ['diabetes melito'],
    id: ['diabetes melitus', 'kencing manis'],
  }),
  condition('epilepsy', 'Epilepsy', {
    en: ['epilepsy', 'seizure', 'epileptic'],
    fr: ['épilepsie', 'crise convulsive'],
    it: ['epilessia'],
    es: ['epilepsia', 'convulsiones'],
    de: ['Krampfanfall'],
    id: ['epilepsi', 'kejang'],
  }),
  condition('keloid', 'Keloid or hypertrophic scarring', {
    en: ['keloid', 'hypertrophic scar'],
    fr: ['chéloïde'],
    it: ['cheloide'],
    es: ['queloide'],
    de: ['hypertrophe Narbe'],
    id: ['keloid'],
  }),
  condition('autoimmune', 'Autoimmune disease', {
    en: ['autoimmune', 'lupus', 'rheumatoid arthritis', 'scleroderma', 'sjogren'],
    fr: ['auto immune', 'polyarthrite rhumatoïde', 'sclérodermie'],
    it: ['malattia autoimmune', 'artrite reumatoide', 'sclerodermia'],
    es: ['autoinmune', 'artritis reumatoide', 'esclerodermia'],
    de: ['Autoimmunerkrankung', 'rheumatoide Arthritis', 'Sklerodermie'],
    pt: ['doença autoimune'],
    id: ['penyakit autoimun', 'autoimun'],
  }),
  condition('organDisease', 'Serious heart, kidney or liver disease', {
    en: ['heart failure', 'kidney failure', 'renal failure', 'cirrhosis', 'hepatitis', 'dialysis'],
    fr: ['insuffisance cardiaque', 'insuffisance rénale', 'cirrhose', 'hépatite'],
    it: ['insufficienza cardiaca', 'insufficienza renale', 'cirrosi', 'epatite'],
    es: ['insuficiencia cardiaca', 'insuficiencia renal', 'cirrosis'],
    de: ['Herzinsuffizienz', 'Niereninsuffizienz', 'Leberzirrhose'],
    pt: ['insuficiência cardíaca', 'insuficiência renal', 'cirrose'],
    id: ['gagal jantung', 'gagal ginjal', 'sirosis'],
  }),
  condition('pigmentDisorder', 'Pigment disorder', {
    en: ['melasma', 'vitiligo', 'chloasma'],
    fr: ['mélasma', 'masque de grossesse'],
    id: ['flek hitam'],
  }),
];

export const KNOWLEDGE_BASE: readonly KbEntry[] = [
  ...CLASSES,
  ...ANAESTHETICS,
  ...BLOOD,
  ...IMMUNE,
  ...RETINOIDS,
  ...MIXTURE,
  ...EXCIPIENTS_AND_ANTISEPTICS,
  ...CONDITIONS,
];
