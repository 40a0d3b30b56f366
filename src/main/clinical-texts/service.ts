import {
  type ClinicalTextApproval,
  type ClinicalTextApprove,
  type ClinicalTextReview,
  intakeTextKey,
} from '../../shared/clinical-texts/schema';
import { INTAKE_DEFINITIONS, intakeDefinitionIn } from '../../shared/intake/definitions';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { createClinicalTextReviews } from './reviews';

export interface ClinicalTextDeps {
  db: Db;
  now: () => Date;
  /** Who approves: the practitioner of the clinic profile. */
  approver: () => string;
  /** The review a built-in template still needs (see the template service), or null. */
  templateReview: (key: string) => ClinicalTextReview | null;
}

/**
 * Approving a shipped translation once, after reading it: the questionnaire in a language, or a
 * built-in consent or aftercare template. Only the wording the app ships now can be approved.
 */
export function createClinicalTextService({ db, now, approver, templateReview }: ClinicalTextDeps) {
  const reviews = createClinicalTextReviews(db);

  function currentReview({ textKey, language }: ClinicalTextApprove): ClinicalTextReview | null {
    const definition = INTAKE_DEFINITIONS.find((d) => intakeTextKey(d.version) === textKey);
    if (definition) return reviews.pending(textKey, language, intakeDefinitionIn(definition, language));
    const review = templateReview(textKey);
    return review && review.language === language ? review : null;
  }

  const approve = db.transaction((input: ClinicalTextApprove): ClinicalTextApproval => {
    const review = currentReview(input);
    if (!review || review.sha256 !== input.sha256) {
      throw new AppError('CONFLICT', 'errors.nothingToReview');
    }
    return reviews.record(review, approver(), now().toISOString());
  });

  return { approve: (input: ClinicalTextApprove) => approve(input) };
}

export type ClinicalTextService = ReturnType<typeof createClinicalTextService>;
