import { createRequire } from 'node:module';

/**
 * Shaping a word a patient wrote (a name, an e-mail address, a date) through fontkit costs 50–100 µs,
 * most of it planning the shaping again for every word. For most words of Latin script shaping does
 * nothing but look each glyph up and kern it against the next one. This gives fontkit's own result for
 * those words, proved so from the font's tables: it is used only for a word whose every glyph no
 * substitution or positioning of the script's features can touch, other than pair kerning (which
 * moves a glyph by an amount that depends on that glyph and the next one alone); each pair's kerning
 * is what fontkit itself gives the two glyphs, asked once per pair. Anything else is left to fontkit.
 */

interface Glyph {
  id: number;
  codePoints: number[];
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

interface Run {
  glyphs: Glyph[];
  positions: Position[];
  script: string;
  language: unknown;
  direction: string;
  features: Record<string, boolean>;
}

type Coverage =
  | { version: 1; glyphs: number[] }
  | { version: 2; rangeRecords: { start: number; end: number }[] };
type ClassDef =
  | { version: 1; startGlyph: number; classValueArray: number[] }
  | { version: 2; classRangeRecord: { start: number; end: number; class: number }[] };

interface Subtable {
  /** An extension subtable: the subtable it points to. */
  extension?: Subtable;
  lookupType?: number;
  version?: number;
  coverage?: Coverage;
  coverages?: Coverage[];
  backtrackCoverage?: Coverage[];
  inputCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  valueFormat2?: Record<string, boolean>;
  /** Contextual rules by class (format 2): the classes of the glyphs around the first one. */
  classDef?: ClassDef;
  classSet?: ({ classes: number[] }[] | null)[];
  backtrackClassDef?: ClassDef;
  inputClassDef?: ClassDef;
  lookaheadClassDef?: ClassDef;
  chainClassSet?: ({ backtrack: number[]; input: number[]; lookahead: number[] }[] | null)[];
}

interface Lookup {
  lookupType: number;
  flags: { flags: Record<string, boolean>; markAttachmentType: number };
  subTables: Subtable[];
}

interface LangSys {
  reqFeatureIndex: number;
  featureIndexes: number[];
}

interface Table {
  scriptList: {
    tag: string;
    script: { defaultLangSys: LangSys | null; langSysRecords: { langSys: LangSys }[] };
  }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: { get(index: number): Lookup };
  featureVariations?: unknown;
}

/** The parts of a fontkit font that this reads. */
export interface ShapedFont {
  GSUB?: Table;
  GPOS?: Table;
  GDEF?: { glyphClassDef?: ClassDef };
  morx?: unknown;
  _variationProcessor?: unknown;
  _layoutEngine: { isDefaultIgnorable(codePoint: number): boolean };
  glyphForCodePoint(codePoint: number): Glyph;
  glyphsForString(text: string): Glyph[];
}

/** fontkit's own layout of a text, with no features asked, in the given script or its own. */
export type Shape = (text: string, script?: string) => Run;

const require = createRequire(__filename);
// The very Unicode tables fontkit reads a text's script from.
const unicode = createRequire(createRequire(require.resolve('pdfkit')).resolve('fontkit'))(
  'unicode-properties',
) as { getScript(codePoint: number): string };

/** fontkit's scripts of no script of their own: a text's script is that of its first other character. */
const NEUTRAL = new Set(['Common', 'Inherited', 'Unknown']);
/** The scripts shaped here: Latin, and the digits and punctuation every script shares. */
const SIMPLE_SCRIPTS = new Set(['Latin', 'Common']);
/** fontkit's contextual fractions turn on around a fraction slash. */
const FRACTION_SLASH = 0x2044;
/** fontkit's default scripts when a font has none of the text's own. */
const DEFAULT_SCRIPTS = ['DFLT', 'dflt', 'latn'];
/** Pair kerning: the one positioning a glyph's neighbour takes part in that is shaped here. */
const PAIR_POSITIONING = 2;

function coverageGlyphs(coverage: Coverage | undefined): number[] {
  if (!coverage) return [];
  if (coverage.version === 1) return coverage.glyphs;
  const glyphs: number[] = [];
  for (const { start, end } of coverage.rangeRecords) for (let g = start; g <= end; g++) glyphs.push(g);
  return glyphs;
}

function classGlyphs(classDef: ClassDef, wanted: number): number[] {
  const glyphs: number[] = [];
  if (classDef.version === 1) {
    classDef.classValueArray.forEach((value, i) => {
      if (value === wanted) glyphs.push(classDef.startGlyph + i);
    });
  } else {
    for (const range of classDef.classRangeRecord) {
      if (range.class === wanted) for (let g = range.start; g <= range.end; g++) glyphs.push(g);
    }
  }
  return glyphs;
}

function classOf(id: number, classDef: ClassDef): number {
  if (classDef.version === 1) return classDef.classValueArray[id - classDef.startGlyph] ?? 0;
  for (const range of classDef.classRangeRecord) if (range.start <= id && id <= range.end) return range.class;
  return 0;
}

/** The lookups of the features fontkit applies for the script, in every language of the script. */
function scriptLookups(table: Table | undefined, script: string, features: string[]): Lookup[] {
  if (!table?.scriptList) return [];
  const entry =
    table.scriptList.find((s) => s.tag === script) ??
    DEFAULT_SCRIPTS.map((tag) => table.scriptList.find((s) => s.tag === tag)).find(Boolean);
  if (!entry) return [];
  const indexes = new Set<number>();
  const systems = [entry.script.defaultLangSys, ...entry.script.langSysRecords.map((r) => r.langSys)];
  for (const system of systems) {
    if (!system) continue;
    const features_ = system.reqFeatureIndex === 0xffff ? [] : [system.reqFeatureIndex];
    for (const index of [...features_, ...system.featureIndexes]) {
      const record = table.featureList[index];
      if (!record) continue;
      if (index === system.reqFeatureIndex || features.includes(record.tag)) {
        for (const lookup of record.feature.lookupListIndexes) indexes.add(lookup);
      }
    }
  }
  return [...indexes].map((index) => table.lookupList.get(index));
}

/**
 * The first glyphs of a contextual subtable by classes (format 2) whose rules may match in a word:
 * a rule asking, around the first glyph, for a class whose glyphs are all excluded never does.
 * Class 0 (every glyph not listed) always may.
 */
function classRuleGlyphs(table: Subtable, excluded: (glyph: number) => boolean): number[] {
  const mayBe = (classDef: ClassDef | undefined, wanted: number) =>
    wanted === 0 || !classDef || classGlyphs(classDef, wanted).some((g) => !excluded(g));
  const first = table.inputClassDef ?? (table.classDef as ClassDef);
  const touched: number[] = [];
  const sets = table.chainClassSet ?? table.classSet ?? [];
  sets.forEach((rules, wanted) => {
    if (!rules) return;
    const firsts = coverageGlyphs(table.coverage).filter((g) => classOf(g, first) === wanted);
    if (firsts.every(excluded)) return;
    const possible = rules.some((rule) =>
      'classes' in rule
        ? rule.classes.every((k) => mayBe(table.classDef, k))
        : rule.backtrack.every((k) => mayBe(table.backtrackClassDef, k)) &&
          rule.input.every((k) => mayBe(table.inputClassDef, k)) &&
          rule.lookahead.every((k) => mayBe(table.lookaheadClassDef, k)),
    );
    if (possible) touched.push(...firsts);
  });
  return touched;
}

/**
 * The glyphs a lookup may change when they appear in a word, for each subtable: its first glyph's
 * coverage; a contextual rule none of whose sequences can match (one of its coverages holds only
 * glyphs never shaped here) changes nothing. Null when the lookup may move one glyph for a reason
 * other than its next one: the word is then left to fontkit whatever its glyphs.
 */
function touchedBy(
  lookup: Lookup,
  excluded: (glyph: number) => boolean,
  positioning: boolean,
): number[] | null {
  if (lookup.flags.flags.ignoreBaseGlyphs) return null;
  const touched: number[] = [];
  for (const raw of lookup.subTables) {
    const table = raw.extension ?? raw;
    const type = raw.extension ? (raw.lookupType as number) : lookup.lookupType;
    if (positioning && type === PAIR_POSITIONING) {
      // Only the first glyph moves; the second one's value record would move it too.
      if (Object.values(table.valueFormat2 ?? {}).some(Boolean)) return null;
      continue;
    }
    if (table.version === 2 && (table.chainClassSet || table.classSet)) {
      touched.push(...classRuleGlyphs(table, excluded));
      continue;
    }
    const sequences = [
      ...(table.coverages ?? []),
      ...(table.backtrackCoverage ?? []),
      ...(table.inputCoverage ?? []),
      ...(table.lookaheadCoverage ?? []),
    ];
    if (sequences.length) {
      if (sequences.some((coverage) => coverageGlyphs(coverage).every(excluded))) continue;
      touched.push(...coverageGlyphs(table.inputCoverage?.[0] ?? table.coverages?.[0] ?? table.coverage));
      continue;
    }
    touched.push(
      ...coverageGlyphs(table.coverage),
      ...coverageGlyphs(table.markCoverage),
      ...coverageGlyphs(table.mark1Coverage),
    );
  }
  return touched;
}

/** How one font shapes the words of one script here. */
interface ScriptShaping {
  script: string;
  /** Glyphs some feature of the script may substitute or move: a word holding one goes to fontkit. */
  touched: Set<number>;
  /** Per pair of glyphs (and per glyph ending a word), the first one's position: fontkit's. */
  pairs: Map<number, Position>;
  /** fontkit's features of a run of this script. */
  features: Record<string, boolean>;
  Run: new (glyphs: Glyph[], features: unknown, script: string, language: unknown, direction: unknown) => Run;
  Position: new (xAdvance: number, yAdvance: number, xOffset: number, yOffset: number) => Position;
}

interface CharInfo {
  glyph: number;
  /** The script fontkit gives a text starting with this character, or null for a neutral one. */
  script: string | null;
}

interface FontShaping {
  /** Per character: its glyph and script, or null when such a word goes to fontkit. */
  chars: Map<number, CharInfo | null>;
  scripts: Map<string, ScriptShaping | null>;
  /** fontkit's script of a text of neutral characters only. */
  neutral: string;
}

const shapings = new WeakMap<ShapedFont, FontShaping | null>();
/** Pairs asked of fontkit per script: a clinic's texts use a few thousand at most. */
const MAX_PAIRS = 10_000;
const LAST = 0xffff;

function fontShaping(font: ShapedFont, shape: Shape): FontShaping | null {
  let shaping = shapings.get(font);
  if (shaping === undefined) {
    // Without glyph classes fontkit tells marks by their characters; AAT fonts shape another way.
    const simple = font.GDEF?.glyphClassDef && !font.morx && !font._variationProcessor;
    shaping = simple ? { chars: new Map(), scripts: new Map(), neutral: shape('0').script } : null;
    shapings.set(font, shaping);
  }
  return shaping;
}

function charInfo(font: ShapedFont, shape: Shape, shaping: FontShaping, code: number): CharInfo | null {
  let info = shaping.chars.get(code);
  if (info === undefined) {
    const name = unicode.getScript(code);
    const glyph = font.glyphForCodePoint(code).id;
    const gdefClass = classOf(glyph, (font.GDEF as { glyphClassDef: ClassDef }).glyphClassDef);
    info =
      SIMPLE_SCRIPTS.has(name) &&
      glyph !== 0 &&
      gdefClass <= 1 &&
      code !== FRACTION_SLASH &&
      !font._layoutEngine.isDefaultIgnorable(code)
        ? { glyph, script: NEUTRAL.has(name) ? null : shape(String.fromCharCode(code)).script }
        : null;
    shaping.chars.set(code, info);
  }
  return info;
}

function scriptShaping(
  font: ShapedFont,
  shape: Shape,
  shaping: FontShaping,
  script: string,
): ScriptShaping | null {
  let known = shaping.scripts.get(script);
  if (known !== undefined) return known;
  known = null;
  const sample = shape('0', script);
  const features = Object.keys(sample.features);
  const glyphClasses = (font.GDEF as { glyphClassDef: ClassDef }).glyphClassDef;
  const never = (glyph: number) => classOf(glyph, glyphClasses) > 1;
  const touched = new Set<number>();
  const excluded = (glyph: number) => never(glyph) || touched.has(glyph);
  const tables: [Table | undefined, boolean][] = [
    [font.GSUB, false],
    [font.GPOS, true],
  ];
  let simple = tables.every(([table]) => !table?.featureVariations);
  // Contextual rules last: the more glyphs others touch, the fewer of these can match.
  for (const contextual of [false, true]) {
    for (const [table, positioning] of tables) {
      for (const lookup of scriptLookups(table, script, features)) {
        const isContextual = lookup.subTables.some((raw) => {
          const s = raw.extension ?? raw;
          return Boolean(s.inputCoverage || s.coverages || s.chainClassSet || s.classSet);
        });
        if (isContextual !== contextual) continue;
        const glyphs = touchedBy(lookup, excluded, positioning);
        if (glyphs === null) simple = false;
        else for (const glyph of glyphs) touched.add(glyph);
      }
    }
  }
  if (simple) {
    const position = sample.positions[0] as Position;
    known = {
      script,
      touched,
      pairs: new Map(),
      features: sample.features,
      Run: sample.constructor as ScriptShaping['Run'],
      Position: position.constructor as ScriptShaping['Position'],
    };
  }
  shaping.scripts.set(script, known);
  return known;
}

/**
 * fontkit's position of the first glyph of `text`, a pair of glyphs (or a glyph ending a word), asked
 * once: `key` is the pair's glyph ids.
 */
function pairPosition(shape: Shape, shaping: ScriptShaping, text: string, key: number): Position {
  let position = shaping.pairs.get(key);
  if (position === undefined) {
    position = shape(text, shaping.script).positions[0] as Position;
    if (shaping.pairs.size >= MAX_PAIRS) shaping.pairs.clear();
    shaping.pairs.set(key, position);
  }
  return position;
}

/**
 * fontkit's `layout(text)` (no features asked) for a word shaped here, or null for fontkit to shape.
 * `font` is the font whose glyph objects the run holds (fontkit keeps one per glyph), `shape` its own
 * layout.
 */
export function layoutSimpleWord(font: ShapedFont, shape: Shape, text: string): Run | null {
  const shaping = fontShaping(font, shape);
  if (!shaping || text.length === 0) return null;
  const infos: CharInfo[] = [];
  let script: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const info = charInfo(font, shape, shaping, text.charCodeAt(i));
    if (!info) return null;
    script ??= info.script;
    infos.push(info);
  }
  const shaped = scriptShaping(font, shape, shaping, script ?? shaping.neutral);
  if (!shaped) return null;
  for (const info of infos) if (shaped.touched.has(info.glyph)) return null;
  const glyphs = font.glyphsForString(text);
  const positions: Position[] = [];
  for (let i = 0; i < infos.length; i++) {
    const glyph = (infos[i] as CharInfo).glyph;
    const next = infos[i + 1]?.glyph;
    const pair = next === undefined ? text[i] : text.slice(i, i + 2);
    const at = pairPosition(shape, shaped, pair as string, glyph * 0x10000 + (next ?? LAST));
    positions.push(new shaped.Position(at.xAdvance, at.yAdvance, at.xOffset, at.yOffset));
  }
  const run = new shaped.Run(glyphs, undefined, shaped.script, undefined, undefined);
  Object.assign(run.features, shaped.features);
  run.positions = positions;
  return run;
}
