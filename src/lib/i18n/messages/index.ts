import { chartMessages } from './charts';
import { coreMessages } from './core';
import { exportMessages } from './export';
import { filterMessages } from './filters';
import { glossaryMessages } from './glossary';
import { importMessages } from './import';
import { localMessages } from './local';
import { mapMessages } from './map';
import { printMessages } from './print';
import { viewMessages } from './views';
import { searchMessages } from './search';
import { timelineMessages } from './timeline';

const areas = [
  coreMessages,
  filterMessages,
  timelineMessages,
  chartMessages,
  searchMessages,
  glossaryMessages,
  mapMessages,
  printMessages,
  viewMessages,
  exportMessages,
  importMessages,
  localMessages,
] as const;

type Keys<T> = T extends { vi: Record<infer K, string> } ? K : never;
export type MessageKey = Keys<(typeof areas)[number]>;

export const catalogs = {
  vi: Object.assign({}, ...areas.map((a) => a.vi)) as Record<MessageKey, string>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<MessageKey, string>,
};
