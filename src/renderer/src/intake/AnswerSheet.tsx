import { useTranslation } from 'react-i18next';
import { answerText } from '../../../shared/intake/display';
import type { Answers, IntakeContext, IntakeDefinition } from '../../../shared/intake/types';
import { visibleQuestionIds } from '../../../shared/intake/visibility';
import { Detail } from '../components/Detail';

interface AnswerSheetProps {
  definition: IntakeDefinition;
  answers: Answers;
  context: IntakeContext;
}

/** A completed questionnaire, read-only, worded exactly as the definition it was answered on. */
export function AnswerSheet({ definition, answers, context }: AnswerSheetProps) {
  const { t } = useTranslation();
  const visible = visibleQuestionIds(definition, answers, context);
  return (
    <>
      {definition.sections.map((section) => {
        const questions = section.questions.filter((q) => visible.has(q.id));
        if (!questions.length) return null;
        return (
          <section key={section.id} className="card intake-section" aria-labelledby={`answers-${section.id}`}>
            <h2 id={`answers-${section.id}`}>{section.title}</h2>
            <dl className="answer-sheet">
              {questions.map((q) => {
                const text = answerText(definition, q, answers[q.id]);
                return (
                  <div key={q.id} className="answer-sheet__row">
                    <Detail label={q.text} preserveLines>
                      {text || <span className="muted">{t('intake.notAnswered')}</span>}
                    </Detail>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </>
  );
}
