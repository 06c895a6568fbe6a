import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LocalBadge } from '@/components/local-badge';
import { AbbrText } from '@/components/ui/abbr-text';
import { ProvenanceButton } from '@/components/provenance-button';
import { factTopic } from '@/domain/fact-topic';
import { periodLabel } from '@/domain/periods';
import type { ReportDetail } from '@/domain/selectors';
import type { Fact, Topic } from '@/domain/schema/fact';
import type { Source } from '@/domain/schema/provenance';
import type { Unit } from '@/domain/schema/unit';
import { formatDate } from '@/lib/format';
import {
  bodyLabels,
  levelLabels,
  rankLabels,
  reportKindLabels,
  roleLabels,
  timeOfDayLabels,
  topicLabels,
} from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';
import { FactList } from './fact-list';
import { unitDisplayName } from './unit-name';

interface ReportDetailViewProps {
  detail: ReportDetail;
  /** Edit and delete, for a report added in this browser. */
  localActions?: ReactNode;
  unitsById: ReadonlyMap<string, Unit>;
  sourcesById: ReadonlyMap<string, Source>;
}

function groupByTopic(facts: readonly Fact[]): [Topic, Fact[]][] {
  const groups = new Map<Topic, Fact[]>();
  for (const fact of facts) {
    const topic = factTopic(fact);
    groups.set(topic, [...(groups.get(topic) ?? []), fact]);
  }
  return [...groups];
}

export function ReportDetailView({
  detail,
  unitsById,
  sourcesById,
  localActions,
}: ReportDetailViewProps) {
  const { t, lang } = useT();
  const { report, unit, unitPath, source, facts, otherReports } = detail;
  const unitName = (id: string) => unitDisplayName(unitsById, id, lang);
  const exercises = facts.filter((f) => f.category === 'exercises');
  const awards = facts.filter((f) => f.category === 'awards');
  const tasks = facts.filter((f) => f.category === 'task');
  const results = facts.filter((f) => !['exercises', 'awards', 'task'].includes(f.category));
  const listProps = { sourcesById, unitName };

  return (
    <article className="report" aria-labelledby="report-title">
      <p>
        <Link to="/">{t('report.back')}</Link>
      </p>
      <h2 id="report-title">
        <AbbrText text={report.title[lang]} />
      </h2>
      {detail.local && (
        <div className="report__local">
          <LocalBadge /> {localActions}
        </div>
      )}
      <dl className="report__facts">
        <dt>{t('report.date')}</dt>
        <dd>
          {report.timeOfDay && `${timeOfDayLabels[report.timeOfDay][lang]} `}
          <time dateTime={report.date}>{formatDate(report.date, lang)}</time>
          {report.time && ` ${report.time}`}{' '}
          <ProvenanceButton provenance={report.dateProvenance} source={source} />
        </dd>
        <dt>{t('report.unit')}</dt>
        <dd>
          {unit?.name[lang] ?? report.unitId}
          {unit && <span className="muted"> ({levelLabels[unit.level][lang]})</span>}{' '}
          <ProvenanceButton provenance={report.unitProvenance} source={source} />
          {unitPath.length > 0 && (
            <div className="muted">
              {t('report.unitPath')}: {unitPath.map((u) => u.name[lang]).join(' › ')}
            </div>
          )}
        </dd>
        <dt>{t('report.body')}</dt>
        <dd>
          <AbbrText text={bodyLabels[report.body][lang]} />
        </dd>
        <dt>{t('report.kind')}</dt>
        <dd>{report.kinds.map((k) => reportKindLabels[k][lang]).join(' · ')}</dd>
        <dt>{t('report.periodReviewed')}</dt>
        <dd>
          {report.periodReviewed ? periodLabel(report.periodReviewed, lang) : t('report.notStated')}
        </dd>
        <dt>{t('report.periodPlanned')}</dt>
        <dd>
          {report.periodPlanned ? periodLabel(report.periodPlanned, lang) : t('report.notStated')}
        </dd>
        {report.venue && (
          <>
            <dt>{t('report.venue')}</dt>
            <dd>
              <AbbrText text={report.venue[lang]} />
            </dd>
          </>
        )}
        <dt>{t('report.source')}</dt>
        <dd>
          {source?.file ?? report.sourceId}
          {source && source.authors.length > 0 && <> · {source.authors.join(', ')}</>}
          {source?.publishedAt && <> · {formatDate(source.publishedAt, lang)}</>}
        </dd>
      </dl>

      <section aria-labelledby="summary-h">
        <h3 id="summary-h">{t('report.summary')}</h3>
        <p>
          <AbbrText text={report.summary[lang]} />
        </p>
      </section>

      <section aria-labelledby="participants-h">
        <h3 id="participants-h">{t('report.participants')}</h3>
        {report.people.length === 0 && report.delegations.length === 0 && (
          <p className="muted">{t('report.none')}</p>
        )}
        <ul className="people">
          {report.people.map((person) => (
            <li key={person.name}>
              <strong>
                {person.rank && `${rankLabels[person.rank][lang]} `}
                {person.name}
              </strong>{' '}
              — <AbbrText text={person.titles.map((title) => title[lang]).join('; ')} />{' '}
              <span className="muted">
                ({person.roles.map((r) => roleLabels[r][lang]).join(', ')})
              </span>{' '}
              <ProvenanceButton provenance={person.provenance} source={source} />
            </li>
          ))}
          {report.delegations.map((delegation) => (
            <li key={delegation.description.vi}>
              <AbbrText text={delegation.description[lang]} />{' '}
              <ProvenanceButton provenance={delegation.provenance} source={source} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="results-h">
        <h3 id="results-h">{t('report.results')}</h3>
        {groupByTopic(results).map(([topic, group]) => (
          <div key={topic} className="topic-group">
            <h4>
              <AbbrText text={topicLabels[topic][lang]} />
            </h4>
            <FactList facts={group} {...listProps} />
          </div>
        ))}
      </section>

      <section aria-labelledby="exercises-h">
        <h3 id="exercises-h">{t('report.exercises')}</h3>
        {exercises.length > 0 ? (
          <FactList facts={exercises} {...listProps} />
        ) : (
          <p className="muted">{t('report.none')}</p>
        )}
      </section>

      <section aria-labelledby="awards-h">
        <h3 id="awards-h">{t('report.awards')}</h3>
        {awards.length > 0 ? (
          <FactList facts={awards} {...listProps} />
        ) : (
          <p className="muted">{t('report.none')}</p>
        )}
      </section>

      <section aria-labelledby="tasks-h">
        <h3 id="tasks-h">{t('report.tasks')}</h3>
        {tasks.length > 0 ? (
          <FactList facts={tasks} {...listProps} />
        ) : (
          <p className="muted">{t('report.none')}</p>
        )}
      </section>

      <section aria-labelledby="others-h">
        <h3 id="others-h">
          {t('report.otherReports', { unit: unit?.name[lang] ?? report.unitId })}
        </h3>
        <p>
          <Link to={`/?unit=${report.unitId}`}>
            {t('report.unitDashboard', { unit: unit?.name[lang] ?? report.unitId })}
          </Link>
        </p>
        {otherReports.length === 0 ? (
          <p className="muted">{t('report.noOtherReports')}</p>
        ) : (
          <ul>
            {otherReports.map((other) => (
              <li key={other.id}>
                <Link to={`/reports/${other.id}`}>
                  {formatDate(other.date, lang)} — <AbbrText text={other.title[lang]} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
