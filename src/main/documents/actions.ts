import type { SaveOutcome } from '../../shared/documents/schema';

/**
 * What the desktop shell does with a finished PDF: the system print dialog and a save dialog.
 * The Electron adapter implements it; browser mode has none (the page previews and downloads).
 */
export interface DocumentActions {
  print(pdf: Buffer, title: string): Promise<void>;
  save(pdf: Buffer, suggestedName: string): Promise<SaveOutcome>;
}
