import type { DocumentService } from './service';

/**
 * Documents signed before their PDFs were kept get them drawn and kept once, in the background after
 * unlock (and before a whole-clinic export with documents, whose workers read only kept PDFs), one at a
 * time (so the window stays responsive), with this release's layout: a later layout change then never
 * alters what they reprint as. Stops when none is left, when the data is locked (`stillOpen`) or at
 * the first failure, which the next unlock tries again.
 */
export function keepMissingPdfs(
  documents: Pick<DocumentService, 'keepOneMissingPdf'>,
  stillOpen: () => boolean,
  log: (message: string, error: unknown) => void,
): Promise<number> {
  return new Promise((resolve) => {
    let kept = 0;
    const next = () => {
      if (!stillOpen()) return resolve(kept);
      documents.keepOneMissingPdf().then(
        (did) => {
          if (!did) return resolve(kept);
          kept += 1;
          setImmediate(next);
        },
        (error: unknown) => {
          if (stillOpen()) log('[documents] keeping the PDF of an older document failed', error);
          resolve(kept);
        },
      );
    };
    setImmediate(next);
  });
}
