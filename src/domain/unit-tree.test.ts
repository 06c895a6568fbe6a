import { describe, expect, it } from 'vitest';
import { loadRealDataset } from '@/testing/real-dataset';
import { buildUnitTree, searchUnitTree, unitInitials } from './unit-tree';

const { index } = loadRealDataset();
const tree = buildUnitTree(index);

describe('buildUnitTree', () => {
  it('puts military regions at the top and sums report counts up the tree', () => {
    expect(tree.roots.map((n) => n.unit.id)).toEqual(['btl-thu-do', 'qk1', 'qk3', 'qk5', 'ha-tay']);
    expect(tree.byId.get('qk3')?.reportCount).toBe(3);
    expect(tree.byId.get('hai-phong')?.reportCount).toBe(3);
    expect(tree.byId.get('duong-kinh')?.reportCount).toBe(1);
    expect(tree.byId.get('btl-thu-do')?.reportCount).toBe(1);
    expect(tree.byId.get('hai-phong')?.children.map((n) => n.unit.id)).toEqual([
      'an-lao',
      'cat-hai',
      'duong-kinh',
      'hai-an',
      'thuy-nguyen',
      'thuy-nguyen-city',
    ]);
  });
});

describe('searchUnitTree', () => {
  const matches = (q: string) => [...(searchUnitTree(tree, q)?.matches ?? [])].sort();

  it('finds units however people type them', () => {
    expect(matches('hai phong')).toEqual(['hai-phong', 'hai-phong-2025']);
    expect(matches('Hải Phòng')).toEqual(['hai-phong', 'hai-phong-2025']);
    expect(matches('hp')).toEqual(['hai-phong', 'hai-phong-2025']);
    expect(matches('Bắc Giang')).toEqual(['bac-giang']);
    expect(matches('thach that')).toEqual(['thach-that', 'thach-that-ha-tay']);
    expect(matches('canh nau')).toEqual(['canh-nau']);
    expect(matches('276')).toEqual(['thach-that']);
  });

  it('shows each match under its parents', () => {
    const result = searchUnitTree(tree, 'anh dung');
    expect([...(result?.visible ?? [])].sort()).toEqual([
      'anh-dung',
      'duong-kinh',
      'hai-phong',
      'qk3',
    ]);
    expect(searchUnitTree(tree, '  ')).toBeNull();
  });

  it('derives initials from names without the unit type', () => {
    expect(unitInitials('Thành phố Hải Phòng')).toBe('hp');
    expect(unitInitials('Huyện Thạch Thất')).toBe('tt');
    expect(unitInitials('Tỉnh Bắc Giang')).toBe('bg');
  });
});
