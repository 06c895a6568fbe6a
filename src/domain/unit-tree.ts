import type { DatasetIndex } from './dataset-index';
import { unitLevels, type Unit } from './schema/unit';
import { foldDiacritics } from './text';

export interface UnitTreeNode {
  unit: Unit;
  children: UnitTreeNode[];
  /** Reports of this unit and of everything beneath it. */
  reportCount: number;
  /** Everything a person might type for this unit, folded: names, aliases, initials, code. */
  searchText: string;
}

export interface UnitTree {
  roots: UnitTreeNode[];
  byId: ReadonlyMap<string, UnitTreeNode>;
}

const typeWords = /^(tinh|thanh pho|quan|huyen|thi xa|thi tran|xa|phuong) /;

/** "Thành phố Hải Phòng" → "hp", "Huyện Thạch Thất" → "tt": how people abbreviate places. */
export function unitInitials(name: string): string {
  return foldDiacritics(name)
    .replace(typeWords, '')
    .replace(/\(.*\)/, '')
    .split(' ')
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
}

/**
 * The unit hierarchy for pickers: military regions at the top (the country node is left
 * out), children in Vietnamese alphabetical order, report counts summed up the tree.
 */
export function buildUnitTree(index: DatasetIndex): UnitTree {
  const byId = new Map<string, UnitTreeNode>();
  for (const unit of index.dataset.units) {
    const searchText = foldDiacritics(
      [
        unit.name.vi,
        unit.name.en,
        ...unit.aliases,
        unitInitials(unit.name.vi),
        unit.adminCode ?? '',
      ].join(' '),
    );
    byId.set(unit.id, {
      unit,
      children: [],
      reportCount: index.reportsByUnit.get(unit.id)?.length ?? 0,
      searchText,
    });
  }
  const roots: UnitTreeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.unit.parentId ? byId.get(node.unit.parentId) : undefined;
    if (parent && parent.unit.level !== 'national') parent.children.push(node);
    else if (node.unit.level !== 'national') roots.push(node);
  }
  const collator = new Intl.Collator('vi');
  const bareName = (unit: Unit) =>
    unit.name.vi.replace(/^(Tỉnh|Thành phố|Quận|Huyện|Thị xã|Thị trấn|Xã|Phường) /, '');
  const finish = (nodes: UnitTreeNode[]): number => {
    nodes.sort(
      (a, b) =>
        unitLevels.indexOf(a.unit.level) - unitLevels.indexOf(b.unit.level) ||
        collator.compare(bareName(a.unit), bareName(b.unit)),
    );
    let total = 0;
    for (const node of nodes) {
      node.reportCount += finish(node.children);
      total += node.reportCount;
    }
    return total;
  };
  finish(roots);
  return { roots, byId };
}

/**
 * Units matching a query (every word, ignoring case and diacritics), and the ones to show
 * so each match appears under its parents. Null when the query is empty.
 */
export function searchUnitTree(
  tree: UnitTree,
  query: string,
): { matches: Set<string>; visible: Set<string> } | null {
  const words = foldDiacritics(query).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const matches = new Set<string>();
  const visible = new Set<string>();
  for (const [id, node] of tree.byId) {
    const haystack = ` ${node.searchText} `;
    if (!words.every((w) => haystack.includes(w))) continue;
    matches.add(id);
    let current: UnitTreeNode | undefined = node;
    while (current && current.unit.level !== 'national' && !visible.has(current.unit.id)) {
      visible.add(current.unit.id);
      current = current.unit.parentId ? tree.byId.get(current.unit.parentId) : undefined;
    }
  }
  return { matches, visible };
}
