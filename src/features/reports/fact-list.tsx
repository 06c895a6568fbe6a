import { AbbrText } from '@/components/ui/abbr-text';
import { ProvenanceButton } from '@/components/provenance-button';
import { periodLabel } from '@/domain/periods';
import type { Fact } from '@/domain/schema/fact';
import type { Source } from '@/domain/schema/provenance';
import { useT } from '@/lib/i18n/use-t';
import { describeFact } from './describe-fact';

interface FactListProps {
  facts: readonly Fact[];
  sourcesById: ReadonlyMap<string, Source>;
  unitName: (id: string) => string;
}

export function FactList({ facts, sourcesById, unitName }: FactListProps) {
  const { lang } = useT();
  return (
    <ul className="fact-list">
      {facts.map((fact) => {
        const line = describeFact(fact, lang, unitName);
        return (
          <li key={fact.id} className="fact" data-fact-id={fact.id}>
            <span className="fact__label">
              <AbbrText text={line.label} />
            </span>
            {line.value !== null && <strong className="fact__value">{line.value}</strong>}
            <span className="fact__period muted">{periodLabel(fact.period, lang)}</span>
            {line.details.length > 0 && (
              <span className="fact__details muted">
                <AbbrText text={line.details.join(' · ')} />
              </span>
            )}
            <ProvenanceButton
              provenance={fact.provenance}
              source={sourcesById.get(fact.provenance.sourceId)}
            />
          </li>
        );
      })}
    </ul>
  );
}
