import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { displayName } from '../../../shared/patients/schema';
import { QueryState } from '../components/QueryState';
import { useFocusOnChange } from '../components/useFocusOnChange';
import { usePatient } from '../patients/queries';
import { sessionLabel } from './CoursePanel';
import { useCourses, useSession } from './queries';
import { SessionEditor } from './SessionEditor';
import { SessionRecord } from './SessionRecord';

export function SessionScreen() {
  const { t } = useTranslation();
  const params = useParams();
  const [search] = useSearchParams();
  const patientId = Number(params.id);
  const sessionId = params.sessionId === 'new' ? null : Number(params.sessionId);
  const patient = usePatient(patientId);
  const courses = useCourses(patientId);
  const session = useSession(sessionId ?? 0, sessionId !== null);
  const loadingSession = sessionId !== null && !session.data;
  // Saving a draft remounts the editor on the new version: focus lands on the heading, not nowhere.
  const heading = useFocusOnChange<HTMLHeadingElement>(sessionId === null ? null : session.data?.version);
  if (!patient.data) return <QueryState query={patient} />;
  if (!courses.data) return <QueryState query={courses} />;
  if (loadingSession) return <QueryState query={session} />;
  const courseId = session.data?.courseId ?? Number(search.get('course'));
  const course = courses.data.find((c) => c.id === courseId);
  if (!course) return <p className="alert alert--error">{t('errors.notFound.course')}</p>;
  const current = sessionId === null ? null : (session.data ?? null);
  const signed = current?.status === 'signed';
  return (
    <article className="session-page" aria-labelledby="session-title">
      <p className="breadcrumb">
        <Link to={`/patients/${patientId}`}>{displayName(patient.data)}</Link>
      </p>
      <h1 id="session-title" tabIndex={-1} ref={heading}>
        {signed && current
          ? t('treatments.session.signedTitle', {
              label: sessionLabel(t, current),
              indication: current.indication,
            })
          : current
            ? t('treatments.session.editTitle')
            : t('treatments.session.newTitle')}
      </h1>
      {signed && current ? (
        <SessionRecord patientId={patientId} session={current} course={course} />
      ) : (
        <SessionEditor
          key={current?.version ?? 'new'}
          patientId={patientId}
          course={course}
          session={current}
        />
      )}
    </article>
  );
}
