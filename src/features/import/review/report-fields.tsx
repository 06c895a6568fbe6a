import { militaryRanks, personRoles, reportKinds, type Person } from '@/domain/schema/report';
import { unitBodies } from '@/domain/schema/unit';
import {
  bodyLabels,
  rankLabels,
  reportKindLabels,
  roleLabels,
  timeOfDayLabels,
} from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';
import type { DraftPerson } from '../extract';
import { LocalizedField, PeriodField, SelectField, TextField, UnitField } from './fields';
import { ProvenanceFields } from './provenance-fields';
import { useFieldError } from './review-errors';
import { typedProvenance, type ReviewReport } from './review-model';

interface ReportFieldsProps {
  report: ReviewReport;
  onChange: (report: ReviewReport) => void;
}

export function ReportFields({ report, onChange }: ReportFieldsProps) {
  const { t, lang } = useT();
  const set = <K extends keyof ReviewReport>(key: K, value: ReviewReport[K]) =>
    onChange({ ...report, [key]: value });
  const kindsError = useFieldError('report.kinds');
  return (
    <fieldset className="review-report">
      <legend>{t('review.reportLegend')}</legend>
      <LocalizedField
        path="report.title"
        label={t('review.title')}
        value={report.title}
        onChange={(v) => set('title', v)}
      />
      <div className="field-row">
        <TextField
          path="report.date"
          type="date"
          label={t('review.date')}
          value={report.date}
          onChange={(v) => set('date', v)}
        />
        <SelectField
          path="report.timeOfDay"
          label={t('review.timeOfDay')}
          value={report.timeOfDay}
          emptyLabel={t('review.notStated')}
          options={Object.entries(timeOfDayLabels).map(([value, l]) => ({ value, label: l[lang] }))}
          onChange={(v) => set('timeOfDay', v as ReviewReport['timeOfDay'])}
        />
        <TextField
          path="report.time"
          type="time"
          label={t('review.time')}
          value={report.time}
          onChange={(v) => set('time', v || undefined)}
        />
      </div>
      <ProvenanceFields
        path="report.dateProvenance"
        value={report.dateProvenance ?? typedProvenance()}
        onChange={(v) => set('dateProvenance', v)}
      />
      <div className="field-row">
        <UnitField
          path="report.unitId"
          label={t('review.unit')}
          value={report.unitId}
          onChange={(v) => set('unitId', v)}
        />
        <SelectField
          path="report.body"
          label={t('review.body')}
          value={report.body}
          options={unitBodies.map((b) => ({ value: b, label: bodyLabels[b][lang] }))}
          onChange={(v) => set('body', v as ReviewReport['body'])}
        />
      </div>
      {report.organiser && !report.unitId && (
        <p className="field__hint">{t('review.organiserSaid', { text: report.organiser.text })}</p>
      )}
      <ProvenanceFields
        path="report.unitProvenance"
        value={report.unitProvenance ?? typedProvenance()}
        onChange={(v) => set('unitProvenance', v)}
      />
      <fieldset
        className={`field-checks${kindsError ? ' field--invalid' : ''}`}
        id="review-report-kinds"
      >
        <legend>{t('review.kinds')}</legend>
        {reportKinds.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={report.kinds.includes(kind)}
              onChange={(e) =>
                set(
                  'kinds',
                  e.target.checked
                    ? [...report.kinds, kind]
                    : report.kinds.filter((k) => k !== kind),
                )
              }
            />
            {reportKindLabels[kind][lang]}
          </label>
        ))}
        {kindsError && <small className="field__error">{kindsError}</small>}
      </fieldset>
      <div className="field-row">
        <PeriodField
          path="report.periodReviewed"
          label={t('review.periodReviewed')}
          value={report.periodReviewed}
          onChange={(v) => set('periodReviewed', v)}
        />
        <PeriodField
          path="report.periodPlanned"
          label={t('review.periodPlanned')}
          value={report.periodPlanned}
          onChange={(v) => set('periodPlanned', v)}
        />
      </div>
      <LocalizedField
        path="report.venue"
        label={t('review.venue')}
        value={report.venue}
        onChange={(v) => set('venue', v)}
      />
      <LocalizedField
        path="report.summary"
        label={t('review.summary')}
        multiline
        value={report.summary}
        onChange={(v) => set('summary', v)}
      />
    </fieldset>
  );
}

interface PeopleFieldsProps {
  people: DraftPerson[];
  onChange: (people: DraftPerson[]) => void;
  onShow: (index: number) => void;
}

export function PeopleFields({ people, onChange, onShow }: PeopleFieldsProps) {
  const { t, lang } = useT();
  const update = (i: number, person: DraftPerson) =>
    onChange(people.map((p, j) => (j === i ? person : p)));
  return (
    <fieldset className="review-people">
      <legend>{t('review.peopleLegend', { count: people.length })}</legend>
      {people.map((person, i) => (
        <div key={i} className="person-editor">
          <TextField
            path={`report.people.${i}.name`}
            label={t('review.personName')}
            value={person.name}
            onChange={(name) => update(i, { ...person, name })}
          />
          <SelectField
            path={`report.people.${i}.rank`}
            label={t('review.rank')}
            value={person.rank}
            emptyLabel={t('review.notStated')}
            options={militaryRanks.map((r) => ({ value: r, label: rankLabels[r][lang] }))}
            onChange={(rank) => update(i, { ...person, rank: rank as Person['rank'] })}
          />
          <LocalizedField
            path={`report.people.${i}.titles.0`}
            label={t('review.personTitle')}
            value={person.titles[0]}
            onChange={(title) =>
              update(i, { ...person, titles: [title, ...person.titles.slice(1)] })
            }
          />
          <SelectField
            path={`report.people.${i}.roles.0`}
            label={t('review.role')}
            value={person.roles[0]}
            options={personRoles.map((r) => ({ value: r, label: roleLabels[r][lang] }))}
            onChange={(role) =>
              update(i, {
                ...person,
                roles: [role as Person['roles'][number], ...person.roles.slice(1)].filter(Boolean),
              })
            }
          />
          <div className="person-editor__actions">
            <button
              type="button"
              onClick={() => onShow(i)}
              disabled={person.provenance.span.end === 0}
            >
              {t('review.showInText')}
            </button>
            <button type="button" onClick={() => onChange(people.filter((_, j) => j !== i))}>
              {t('review.removePerson', { name: person.name || String(i + 1) })}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([
            ...people,
            {
              name: '',
              titles: [{ vi: '', en: '' }],
              roles: ['attendee'],
              provenance: typedProvenance(),
            },
          ])
        }
      >
        {t('review.addPerson')}
      </button>
    </fieldset>
  );
}
