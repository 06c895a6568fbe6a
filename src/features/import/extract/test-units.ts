/**
 * A small unit table for the extraction tests, apart from the shipped dataset's: a province
 * with a city of the same name, districts, communes, and a place whose unit changed in 2025.
 */
import { unitSchema, type Unit } from '@/domain/schema/unit';

const raw = [
  {
    id: 'vn',
    name: { vi: 'Việt Nam', en: 'Viet Nam' },
    level: 'national',
    type: 'country',
    parentId: null,
  },
  {
    id: 'qk3',
    name: { vi: 'Quân khu 3', en: 'Military Region 3' },
    aliases: ['QK3'],
    level: 'military-region',
    type: 'military-region',
    parentId: 'vn',
  },
  {
    id: 'nam-dinh',
    name: { vi: 'Tỉnh Nam Định', en: 'Nam Định Province' },
    aliases: ['Nam Định', 'NĐ'],
    level: 'province',
    type: 'province',
    parentId: 'qk3',
  },
  {
    id: 'tp-nam-dinh',
    name: { vi: 'Thành phố Nam Định', en: 'Nam Định City' },
    aliases: ['TP Nam Định'],
    level: 'district',
    type: 'provincial-city',
    parentId: 'nam-dinh',
  },
  {
    id: 'hai-hau',
    name: { vi: 'Huyện Hải Hậu', en: 'Hải Hậu District' },
    aliases: ['Hải Hậu'],
    level: 'district',
    type: 'rural-district',
    parentId: 'nam-dinh',
  },
  {
    id: 'y-yen',
    name: { vi: 'Huyện Ý Yên', en: 'Ý Yên District' },
    aliases: ['Ý Yên'],
    level: 'district',
    type: 'rural-district',
    parentId: 'nam-dinh',
  },
  {
    id: 'hai-minh',
    name: { vi: 'Xã Hải Minh', en: 'Hải Minh Commune' },
    aliases: ['Hải Minh'],
    level: 'commune',
    type: 'commune',
    parentId: 'hai-hau',
  },
  {
    id: 'hai-dong',
    name: { vi: 'Xã Hải Đông', en: 'Hải Đông Commune' },
    aliases: ['Hải Đông'],
    level: 'commune',
    type: 'commune',
    parentId: 'hai-hau',
  },
  {
    id: 'yen-tri',
    name: { vi: 'Xã Yên Trị', en: 'Yên Trị Commune' },
    aliases: ['Yên Trị'],
    level: 'commune',
    type: 'commune',
    parentId: 'y-yen',
  },
  {
    id: 'loc-ha',
    name: { vi: 'Phường Lộc Hạ', en: 'Lộc Hạ Ward' },
    aliases: ['Lộc Hạ'],
    level: 'commune',
    type: 'ward',
    parentId: 'tp-nam-dinh',
  },
  {
    id: 'my-loc',
    name: { vi: 'Huyện Mỹ Lộc', en: 'Mỹ Lộc District' },
    aliases: ['Mỹ Lộc'],
    level: 'district',
    type: 'rural-district',
    parentId: 'nam-dinh',
    validTo: '2024-12-31',
  },
  {
    id: 'my-loc-2025',
    name: { vi: 'Phường Mỹ Lộc (từ 2025)', en: 'Mỹ Lộc Ward (from 2025)' },
    aliases: ['Mỹ Lộc'],
    level: 'commune',
    type: 'ward',
    parentId: 'tp-nam-dinh',
    validFrom: '2025-01-01',
  },
];

export const testUnits: Unit[] = raw.map((u) => unitSchema.parse(u));
