import { memo, useCallback, useId, useState } from 'react';
import { searchUnitTree, type UnitTree, type UnitTreeNode } from '@/domain/unit-tree';
import { formatDate, formatNumber } from '@/lib/format';
import { unitTypeLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';

interface UnitPickerProps {
  tree: UnitTree;
  selected: readonly string[];
  onToggle: (unitId: string) => void;
}

interface NodeProps extends UnitPickerProps {
  node: UnitTreeNode;
  /** The selected ancestor that already brings this unit in, if any. */
  includedBy: UnitTreeNode | undefined;
  visible: Set<string> | null;
  matches: Set<string> | null;
  expanded: Set<string>;
  onExpand: (unitId: string) => void;
}

/** Whether a unit whose selection changed lies at or beneath `node`. */
function selectionChangedWithin(
  node: UnitTreeNode,
  tree: UnitTree,
  before: readonly string[],
  after: readonly string[],
): boolean {
  const changed = [
    ...before.filter((id) => !after.includes(id)),
    ...after.filter((id) => !before.includes(id)),
  ];
  return changed.some((id) => {
    for (
      let at = tree.byId.get(id);
      at;
      at = at.unit.parentId ? tree.byId.get(at.unit.parentId) : undefined
    )
      if (at === node) return true;
    return false;
  });
}

/**
 * A row re-renders only when something it shows changed: a selection change touches the
 * rows on its path, not the hundreds of others the tree shows.
 */
const UnitNode = memo(
  function UnitNode({
    node,
    includedBy,
    visible,
    matches,
    expanded,
    onExpand,
    ...picker
  }: NodeProps) {
    const { t, lang } = useT();
    const { unit } = node;
    const children = visible ? node.children.filter((c) => visible.has(c.unit.id)) : node.children;
    const open = visible !== null || expanded.has(unit.id);
    const isSelected = picker.selected.includes(unit.id);
    const name = unit.name[lang];
    const validity = [
      unit.validFrom && t('filters.validFrom', { date: formatDate(unit.validFrom, lang) }),
      unit.validTo && t('filters.validUntil', { date: formatDate(unit.validTo, lang) }),
    ].filter(Boolean);
    return (
      <li className={`unit-node${matches?.has(unit.id) ? ' unit-node--match' : ''}`}>
        <div className="unit-node__row">
          {node.children.length > 0 ? (
            <button
              type="button"
              className="unit-node__toggle"
              aria-expanded={open}
              aria-label={t(open ? 'filters.collapse' : 'filters.expand', { unit: name })}
              onClick={() => onExpand(unit.id)}
              disabled={visible !== null}
            >
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span className="unit-node__toggle" aria-hidden="true" />
          )}
          <label
            title={
              includedBy
                ? t('filters.unitIncluded', { unit: includedBy.unit.name[lang] })
                : undefined
            }
          >
            <input
              type="checkbox"
              checked={isSelected || includedBy !== undefined}
              disabled={includedBy !== undefined}
              onChange={() => picker.onToggle(unit.id)}
              data-unit-id={unit.id}
            />
            <span className="unit-node__name">{name}</span>{' '}
            <span className="muted">
              {unitTypeLabels[unit.type][lang]}
              {validity.length > 0 && ` · ${validity.join(', ')}`} ·{' '}
              {t('filters.unitReports', { count: formatNumber(node.reportCount, lang) })}
            </span>
          </label>
        </div>
        {open && children.length > 0 && (
          <ul>
            {children.map((child) => (
              <UnitNode
                key={child.unit.id}
                {...picker}
                node={child}
                includedBy={includedBy ?? (isSelected ? node : undefined)}
                visible={visible}
                matches={matches}
                expanded={expanded}
                onExpand={onExpand}
              />
            ))}
          </ul>
        )}
      </li>
    );
  },
  (before, after) =>
    before.node === after.node &&
    before.tree === after.tree &&
    before.includedBy === after.includedBy &&
    before.visible === after.visible &&
    before.matches === after.matches &&
    before.expanded === after.expanded &&
    before.onExpand === after.onExpand &&
    before.onToggle === after.onToggle &&
    (before.selected === after.selected ||
      !selectionChangedWithin(after.node, after.tree, before.selected, after.selected)),
);

/**
 * Pick one or more units from the hierarchy; a unit brings everything beneath it. Memo: the
 * tree is hundreds of rows, and a change of period or topic leaves all of them as they were.
 */
export const UnitPicker = memo(function UnitPicker(props: UnitPickerProps) {
  const { t } = useT();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<Set<string>>(
    () => new Set(props.tree.roots.map((r) => r.unit.id)),
  );
  const found = searchUnitTree(props.tree, query);
  const roots = found
    ? props.tree.roots.filter((r) => found.visible.has(r.unit.id))
    : props.tree.roots;
  const onExpand = useCallback(
    (unitId: string) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (!next.delete(unitId)) next.add(unitId);
        return next;
      }),
    [],
  );
  return (
    <div className="unit-picker">
      <label htmlFor={searchId} className="visually-hidden">
        {t('filters.unitSearchLabel')}
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        placeholder={t('filters.unitSearch')}
        onChange={(e) => setQuery(e.target.value)}
      />
      {found && found.matches.size === 0 && (
        <p className="muted">{t('filters.unitNoMatch', { query })}</p>
      )}
      <ul className="unit-tree" aria-label={t('filters.units')}>
        {roots.map((root) => (
          <UnitNode
            key={root.unit.id}
            {...props}
            node={root}
            includedBy={undefined}
            visible={found?.visible ?? null}
            matches={found?.matches ?? null}
            expanded={expanded}
            onExpand={onExpand}
          />
        ))}
      </ul>
    </div>
  );
});
