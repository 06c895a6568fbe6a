import { periodLabel } from '@/domain/periods';
import type { LocalizedText } from '@/domain/schema/common';
import type { Unit, UnitBody } from '@/domain/schema/unit';
import { bodyLabels, reportKindLabels } from '@/lib/i18n/labels';
import type { DraftReport } from './types';

const typeWordFirst = /^(Thành phố|Tỉnh|Quận|Huyện|Thị xã|Xã|Phường|Thị trấn) /u;

/** A military command is a Ban CHQS in a district and a Bộ CHQS in a province. */
function bodyLabel(body: NonNullable<UnitBody>, unit: Unit): LocalizedText {
  if (body !== 'military-command') return bodyLabels[body];
  if (unit.level === 'province') return { vi: 'Bộ CHQS', en: 'Military Command' };
  if (unit.level === 'district') return { vi: 'Ban CHQS', en: 'Military Command' };
  return bodyLabels[body];
}

/** Our own title for a draft: the body and unit, the kinds of conference, the period. */
export function draftTitle(
  body: NonNullable<UnitBody>,
  unit: Unit,
  report: Pick<DraftReport, 'kinds' | 'periodReviewed' | 'periodPlanned'>,
): LocalizedText {
  const label = bodyLabel(body, unit);
  const period = report.periodReviewed ?? report.periodPlanned;
  const kinds = report.kinds.filter((k) => k !== 'other');
  const words = (lang: 'vi' | 'en') =>
    [
      kinds.map((k) => reportKindLabels[k][lang]).join(', '),
      period ? periodLabel(period, lang) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  const unitVi = unit.name.vi.replace(typeWordFirst, (w) => w.toLowerCase());
  return {
    vi: `${label.vi} ${unitVi}${words('vi') ? `: ${words('vi')}` : ''}`,
    en: `${unit.name.en} ${label.en}${words('en') ? `: ${words('en')}` : ''}`,
  };
}
