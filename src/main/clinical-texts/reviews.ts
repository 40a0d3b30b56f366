import type { ClinicalTextApproval, ClinicalTextReview } from '../../shared/clinical-texts/schema';
import { canonicalJson } from '../../shared/kernel/canonical-json';
import type { Language } from '../../shared/language/languages';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { sha256Hex } from '../kernel/sha256';

export const clinicalTextHash = (content: unknown): string => sha256Hex(canonicalJson(content));

/**
 * "Review before first use": a built-in clinical text in a language other than English waits for the
 * practitioner's approval of its exact wording. Approvals are only ever added. Callers own the transaction.
 */
export function createClinicalTextReviews(db: Db) {
  const approved = db
    .prepare<[string, string, string], number>(
      'SELECT 1 FROM clinical_text_approvals WHERE text_key = ? AND language = ? AND content_sha256 = ?',
    )
    .pluck();
  const insert = db.prepare(
    `INSERT INTO clinical_text_approvals (text_key, language, content_sha256, approved_by, approved_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (text_key, language, content_sha256) DO NOTHING`,
  );
  const byKey = db.prepare<[string, string, string], { approved_by: string; approved_at: string }>(
    `SELECT approved_by, approved_at FROM clinical_text_approvals
     WHERE text_key = ? AND language = ? AND content_sha256 = ?`,
  );

  return {
    /** The review a shipped text still needs, or null (English, or its wording already approved). */
    pending(textKey: string, language: Language, content: unknown): ClinicalTextReview | null {
      if (language === 'en') return null;
      const sha256 = clinicalTextHash(content);
      return approved.get(textKey, language, sha256) ? null : { textKey, language, sha256 };
    },
    record(review: ClinicalTextReview, by: string, at: string): ClinicalTextApproval {
      insert.run(review.textKey, review.language, review.sha256, by, at);
      const row = byKey.get(review.textKey, review.language, review.sha256);
      if (!row) throw new Error('approval not recorded');
      return { ...review, approvedBy: row.approved_by, approvedAt: row.approved_at };
    },
  };
}

export type ClinicalTextReviews = ReturnType<typeof createClinicalTextReviews>;

/** Signing refuses a text the practitioner has not approved yet. */
export function mustBeReviewed(review: ClinicalTextReview | null): void {
  if (review) throw new AppError('CONFLICT', 'errors.reviewBeforeUse', undefined, { kind: 'review', review });
}
