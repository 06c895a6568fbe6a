import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('zipFiles', () => {
  it('holds every file unchanged, text as UTF-8 with its BOM', () => {
    const zip = zipFiles([
      { name: 'tuyen-quan_hai-phong_2024-Q1.png', data: png },
      { name: 'tuyen-quan_hai-phong_2024-Q1.csv', data: '\uFEFFĐơn vị,Thanh niên nhập ngũ\r\n' },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual([
      'tuyen-quan_hai-phong_2024-Q1.png',
      'tuyen-quan_hai-phong_2024-Q1.csv',
    ]);
    expect(files['tuyen-quan_hai-phong_2024-Q1.png']).toEqual(png);
    const csv = files['tuyen-quan_hai-phong_2024-Q1.csv'] as Uint8Array;
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(csv.slice(3))).toBe('Đơn vị,Thanh niên nhập ngũ\r\n');
  });

  it('keeps two files of the same name apart', () => {
    const files = unzipSync(
      zipFiles([
        { name: 'a.png', data: png },
        { name: 'a.png', data: png },
        { name: 'a', data: 'x' },
        { name: 'a', data: 'y' },
      ]),
    );
    expect(Object.keys(files)).toEqual(['a.png', 'a-2.png', 'a', 'a-2']);
  });
});
