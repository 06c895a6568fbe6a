import { FilePicker } from '@/components/ui/file-picker';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import type { BoundaryLayer } from './parse-boundaries';
import type { BoundaryProblem } from '../use-boundaries';

interface BoundaryControlProps {
  layer: BoundaryLayer | null;
  origin: 'stored' | 'session' | 'configured' | null;
  problem: BoundaryProblem | null;
  saveError: Error | null;
  onFile: (file: File) => void;
  onRemove: () => void;
}

/** Loading a deployment's own district or commune boundaries, and what became of them. */
export function BoundaryControl({
  layer,
  origin,
  problem,
  saveError,
  onFile,
  onRemove,
}: BoundaryControlProps) {
  const { t, lang } = useT();
  return (
    <div className="boundary-control small">
      <FilePicker
        label={t('map.boundaries.load')}
        accept=".json,.geojson,.topojson,application/json,application/geo+json"
        onFile={onFile}
      />{' '}
      <span className="muted">{t('map.boundaries.drop')}</span>
      {layer && (
        <p>
          {origin === 'configured'
            ? t('map.boundaries.configured', { file: layer.fileName })
            : t('map.boundaries.loaded', {
                file: layer.fileName,
                joined: formatNumber(layer.joined, lang),
                count: formatNumber(layer.features.length, lang),
                property: layer.codeProperty,
              })}{' '}
          {layer.skipped.length > 0 &&
            t('map.boundaries.skipped', {
              count: formatNumber(layer.skipped.length, lang),
              index: layer.skipped[0]!.index,
              reason: layer.skipped[0]!.reason,
            })}{' '}
          {origin !== 'configured' && (
            <button type="button" onClick={onRemove}>
              {t('map.boundaries.remove')}
            </button>
          )}
        </p>
      )}
      {saveError && (
        <p className="notice" role="status">
          {t('map.boundaries.session', { detail: saveError.message })}
        </p>
      )}
      {problem && (
        <p className="notice notice--error" role="alert">
          {t(`map.boundaries.error.${problem.kind}`, {
            file: problem.file,
            detail: problem.detail,
          })}
        </p>
      )}
    </div>
  );
}
