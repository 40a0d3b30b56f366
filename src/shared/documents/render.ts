import { LIST_MERGE_FIELDS, type MergeField, type MergeValues, PLACEHOLDER } from './merge-fields';
import type { Block, RenderedContent } from './schema';
import type { TemplateContent } from './template-schema';

const LIST_LINE = /^-\s+(.*)$/;

function fill(text: string, values: MergeValues): string {
  return text.replace(PLACEHOLDER, (_all, name: string) => {
    const value = values[name as MergeField];
    if (value === undefined) return '';
    return Array.isArray(value) ? value.join(', ') : value;
  });
}

/** A list line holding nothing but a list field becomes one item per value. */
function expandListLine(item: string, values: MergeValues): string[] {
  const only = /^\{\{\s*([a-zA-Z.]+)\s*\}\}$/.exec(item.trim());
  const name = only?.[1] as MergeField | undefined;
  if (name && LIST_MERGE_FIELDS.includes(name)) {
    const value = values[name];
    return Array.isArray(value) ? value : [value];
  }
  return [fill(item, values)];
}

const isLeadIn = (block: Block | undefined) =>
  block?.type === 'paragraph' && block.text.trimEnd().endsWith(':');

/** Parses body text into paragraphs and lists, filling merge fields as it goes. */
export function renderBody(text: string, values: MergeValues): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let paragraph: string[] = [];
    let list: string[] | null = null;
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ type: 'paragraph', text: fill(paragraph.join(' '), values) });
      paragraph = [];
    };
    const flushList = () => {
      if (list?.length) blocks.push({ type: 'list', items: list });
      // A list that came out empty takes its lead-in ("Products used:") with it.
      else if (list && isLeadIn(blocks.at(-1))) blocks.pop();
      list = null;
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const item = LIST_LINE.exec(line);
      if (item) {
        flushParagraph();
        list ??= [];
        list.push(...expandListLine(item[1] ?? '', values));
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}

/** Fills a template: the exact text shown to the patient and printed. */
export function renderTemplate(content: TemplateContent, values: MergeValues): RenderedContent {
  return {
    title: fill(content.title, values),
    intro: renderBody(content.intro, values),
    sections: content.sections.map((s) => ({
      heading: fill(s.heading, values),
      blocks: renderBody(s.body, values),
    })),
    declarations: content.declarations.map((d) => fill(d, values)),
    photoConsent: renderBody(content.photoConsent, values),
  };
}

/** Every piece of text in rendered content, for checks such as "no placeholder is left". */
export function renderedTexts(content: RenderedContent): string[] {
  const ofBlocks = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.items));
  return [
    content.title,
    ...ofBlocks(content.intro),
    ...content.sections.flatMap((s) => [s.heading, ...ofBlocks(s.blocks)]),
    ...content.declarations,
    ...ofBlocks(content.photoConsent),
  ];
}
