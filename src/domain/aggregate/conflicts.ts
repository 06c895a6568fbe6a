import { FactRows, once } from './fact-rows';
import { categoryCode, type FactTable } from './fact-table';
import { groupList, type RowGroupList } from './totals';

const task = categoryCode('task');

/** Whether rows[from..to] of a list hold more than one report and more than one value. */
function disputes(table: FactTable, rows: ArrayLike<number>, from: number, to: number): boolean {
  let otherReport = false;
  let otherValue = false;
  const first = rows[from]!;
  for (let k = from + 1; k < to && !(otherReport && otherValue); k++) {
    otherReport ||= table.report[rows[k]!] !== table.report[first];
    otherValue ||= table.value[rows[k]!] !== table.value[first];
  }
  return otherReport && otherValue;
}

/** Groups of selected rows that claim the same figure with different values in different reports. */
export function disputedGroups(selection: FactRows): RowGroupList {
  return once(selection, 'disputed', () => {
    const { table, rows } = selection;
    const { figure, figureShared, value, category } = table;
    // The claims of one figure stand together in table order: each run is one candidate.
    const found = new Uint32Array(rows.length);
    const starts: number[] = [0];
    let size = 0;
    let runFigure = -1;
    let runStart = 0;
    const settle = () => {
      if (size - runStart > 1 && disputes(table, found, runStart, size)) starts.push(size);
      else size = runStart;
    };
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      if (!figureShared[i] || Number.isNaN(value[i]!) || category[i] === task) continue;
      if (figure[i] !== runFigure) {
        settle();
        runFigure = figure[i]!;
        runStart = size;
      }
      found[size++] = i;
    }
    settle();
    return groupList(table, found.subarray(0, size), Uint32Array.from(starts));
  });
}
