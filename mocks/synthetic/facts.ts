import type { ExerciseType, Fact, Topic } from '../../src/domain/schema/fact';
import type { Period } from '../../src/domain/schema/period';
import type { Unit } from '../../src/domain/schema/unit';
import type { Random } from './random';
import { scaleOf } from './units';

export const provenance = { sourceId: 'syn-source', paragraph: 1, status: 'stated' as const };

const exerciseWeights: (readonly [ExerciseType, number])[] = [
  ['defence-zone', 3],
  ['disaster-response', 4],
  ['defence-combat', 2],
  ['command-staff-map', 2],
  ['readiness-transition', 1],
  ['rear-base', 1],
];
const taskTopics: Topic[] = ['recruitment', 'training', 'readiness', 'party-work', 'logistics'];
const activityTopics: Topic[] = ['readiness', 'organisation', 'security', 'logistics'];
const topicVi: Partial<Record<Topic, string>> = {
  recruitment: 'tuyển quân',
  training: 'huấn luyện',
  readiness: 'sẵn sàng chiến đấu',
  'party-work': 'công tác Đảng',
  logistics: 'hậu cần',
  organisation: 'xây dựng lực lượng',
  security: 'an ninh',
};
const groups = ['group-1', 'group-2', 'group-3', 'group-4', 'students'] as const;

export interface ReportContext {
  reportId: string;
  unit: Unit;
  /** Units beneath the reporting unit, where some exercises take place. */
  children: readonly Unit[];
  parent: Unit | undefined;
  reviewed: Period;
  planned: Period | null;
  /** Recruitment is reported once a year, in the annual or first-quarter report. */
  recruitmentReported: boolean;
}

/**
 * About ten figures per report: recruitment, education, training, exercises done and
 * planned, awards, social policy, activities and tasks, with some stated without a number.
 */
export function syntheticFacts(random: Random, ctx: ReportContext): Fact[] {
  const facts: Fact[] = [];
  const scale = scaleOf[ctx.unit.level];
  const sized = (min: number, max: number) => Math.max(1, Math.round(random.int(min, max) * scale));
  /** About one figure in twenty is stated without a number ("đã tổ chức tập huấn"). */
  const maybe = (value: number) => (random.chance(0.05) ? null : value);
  const push = (fact: Omit<Fact, 'id' | 'reportId' | 'provenance'> & Partial<Fact>) =>
    facts.push({
      id: `${ctx.reportId}-f${facts.length + 1}`,
      reportId: ctx.reportId,
      provenance,
      ...fact,
    } as Fact);
  const own = { unitId: ctx.unit.id, period: ctx.reviewed, qualifier: 'exact' as const };

  if (ctx.recruitmentReported && random.chance(0.9)) {
    push({ ...own, category: 'recruitment', measure: 'enlisted', value: maybe(sized(30, 300)) });
    push({
      ...own,
      category: 'recruitment',
      measure: 'quota-completion-pct',
      value: random.chance(0.8) ? 100 : random.int(92, 99),
    });
  }
  for (let i = random.int(1, 2); i > 0; i--) {
    push({
      ...own,
      category: 'education',
      measure: 'trainees',
      value: maybe(sized(20, 600)),
      targetGroup: random.pick(groups),
      delivery: random.chance(0.7) ? 'held-locally' : 'sent-to-course',
      institutions: [],
    });
  }
  if (random.chance(0.3))
    push({
      ...own,
      category: 'education',
      measure: 'classes',
      value: maybe(random.int(1, 12)),
      targetGroup: 'group-4',
      delivery: 'held-locally',
      institutions: [],
    });
  if (random.chance(0.7))
    push({ ...own, category: 'training', measure: 'cadres-trained', value: maybe(sized(10, 200)) });
  if (random.chance(0.3))
    push({
      ...own,
      category: 'training',
      measure: 'programme-completion-pct',
      value: random.int(90, 100),
    });
  const exerciseUnit = () =>
    ctx.children.length > 0 && random.chance(0.4) ? random.pick(ctx.children) : ctx.unit;
  for (let i = random.int(1, 3); i > 0; i--) {
    const where = exerciseUnit();
    push({
      unitId: where.id,
      period: ctx.reviewed,
      qualifier: 'exact',
      category: 'exercises',
      measure: 'exercises',
      value: random.chance(0.8) ? null : random.int(1, 3),
      exerciseType: random.weighted(exerciseWeights),
      level: random.chance(0.1) ? null : where.level,
      status: 'done',
    });
  }
  if (ctx.planned) {
    const where = exerciseUnit();
    push({
      unitId: where.id,
      period: ctx.planned,
      qualifier: 'exact',
      category: 'exercises',
      measure: 'exercises',
      value: null,
      exerciseType: random.weighted(exerciseWeights),
      level: where.level,
      status: random.chance(0.7) ? 'planned' : 'preparing',
    });
  }
  if (random.chance(0.5)) {
    const issuer = ctx.parent ?? ctx.unit;
    const collective = random.chance(0.4);
    push({
      ...own,
      category: 'awards',
      measure: 'recipients',
      value: maybe(collective ? random.int(1, 8) : random.int(1, 40)),
      issuer: { vi: `${issuer.name.vi} (Bộ CHQS)`, en: `${issuer.name.en} (military command)` },
      issuerUnitId: issuer.id,
      recipientKind: collective ? 'collective' : 'individual',
      title: { vi: 'Giấy khen', en: 'Certificate of merit' },
    });
  }
  if (random.chance(0.3))
    push({
      ...own,
      category: 'social-policy',
      measure: 'houses-built-or-repaired',
      value: maybe(Math.max(1, Math.round(random.int(1, 20) * Math.sqrt(scale)))),
      purpose: { vi: 'Giả lập: nhà đồng đội', en: 'Synthetic: comrades’ houses' },
    });
  if (random.chance(0.3))
    push({
      ...own,
      qualifier: random.chance(0.2) ? 'nearly' : 'exact',
      category: 'social-policy',
      measure: 'money-vnd',
      value: maybe(random.int(1, 500) * 10_000_000 * Math.max(1, Math.round(scale))),
      purpose: { vi: 'Giả lập: quỹ đền ơn đáp nghĩa', en: 'Synthetic: gratitude fund' },
    });
  if (random.chance(0.5)) {
    const topic = random.pick(activityTopics);
    push({
      ...own,
      value: null,
      category: 'activity',
      measure: 'events',
      topic,
      name: { vi: `Giả lập: hoạt động ${topicVi[topic]}`, en: `Synthetic: ${topic} activity` },
      status: 'done',
    });
  }
  for (let i = random.int(1, 3); i > 0; i--) {
    const topic = random.pick(taskTopics);
    push({
      ...own,
      period: ctx.planned ?? ctx.reviewed,
      value: null,
      category: 'task',
      measure: 'task',
      topic,
      text: { vi: `Giả lập: nhiệm vụ ${topicVi[topic]} ${i}`, en: `Synthetic: ${topic} task ${i}` },
    });
  }
  return facts;
}
