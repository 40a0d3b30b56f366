import type { Block, RenderedContent } from '../../../shared/documents/schema';

function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, i) =>
        block.type === 'paragraph' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are static text in a fixed order
          <p key={i}>{block.text}</p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are static text in a fixed order
          <ul key={i}>
            {block.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: items are static text in a fixed order
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/** The document text exactly as it will be stored and printed, for the patient to read on screen. */
export function RenderedContentView({ content, language }: { content: RenderedContent; language?: string }) {
  return (
    <article className="document-text" aria-labelledby="document-title" lang={language}>
      <h2 id="document-title">{content.title}</h2>
      <Blocks blocks={content.intro} />
      {content.sections.map((section) => (
        <section key={section.heading}>
          <h3>{section.heading}</h3>
          <Blocks blocks={section.blocks} />
        </section>
      ))}
    </article>
  );
}

export { Blocks };
