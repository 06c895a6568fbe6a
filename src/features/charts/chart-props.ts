import type { FactRows } from '@/domain/aggregate/fact-rows';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { ExerciseType } from '@/domain/schema/fact';
import type { Report } from '@/domain/schema/report';

/** What every chart panel receives from the dashboard: the selection and the cross-filter hooks. */
export interface ChartProps {
  index: DatasetIndex;
  facts: FactRows;
  reports: readonly Report[];
  subtitle: string;
  selectedUnitIds: readonly string[];
  selectedExerciseTypes: readonly ExerciseType[];
  onUnitClick: (unitId: string) => void;
  onExerciseTypeClick: (type: ExerciseType) => void;
}

/** Most units a bar chart draws one by one; the rest are summed. */
export const TOP_UNITS = 15;
export const barRowHeight = 34;
/** Units the coverage strip draws; at national scale the table keeps them all. */
export const COVERAGE_ROWS = 30;
