import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isWorkingDay } from '../../../shared/diary/hours';
import { apiQuery, clinic } from '../api/clinic';
import { DayView } from '../diary/DayView';
import { useDiaryClock, useSettings } from '../diary/queries';
import { RemindToday } from '../diary/RemindToday';
import { HomeLists } from '../treatments/HomeLists';

/** The right pane with no patient open: the first-run empty state, or a pointer to the list. */
export function HomeScreen() {
  const { t } = useTranslation();
  const count = useQuery({
    ...apiQuery(['patients', 'count-all'], () =>
      clinic.patients.search({ query: '', includeArchived: true, limit: 1 }),
    ),
  });
  const clock = useDiaryClock();
  const settings = useSettings();
  if (!count.data) return null;
  if (count.data.total === 0) {
    return (
      <section className="empty-state" aria-labelledby="empty-title">
        <h1 id="empty-title">{t('patients.emptyTitle')}</h1>
        <p>{t('patients.emptyBody')}</p>
        <Link className="button button--primary" to="/patients/new">
          {t('patients.emptyAction')}
        </Link>
      </section>
    );
  }
  // On a working day the diary is the main panel; on other days it follows the work lists.
  const workingDay =
    clock.data && settings.data
      ? isWorkingDay(
          { workingWeek: settings.data.workingWeek, daysOff: settings.data.daysOff },
          clock.data.today,
        )
      : false;
  return (
    <div className="home">
      {workingDay ? (
        <DayView main />
      ) : (
        <section className="empty-state empty-state--compact" aria-labelledby="pick-title">
          <h1 id="pick-title">{t('patients.pickTitle')}</h1>
          <p>{t('patients.pickBody')}</p>
          <p className="muted">{t('app.shortcutsHint')}</p>
        </section>
      )}
      <HomeLists />
      <RemindToday />
      {!workingDay && clock.data && <DayView />}
    </div>
  );
}
