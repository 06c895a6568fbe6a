import { defineMessages } from './define';

/** Printouts and PDFs of the dashboard. */
export const printMessages = defineMessages({
  vi: {
    'print.filters': 'Bộ lọc: {filters}',
    'print.printedOn': 'In ngày {date}',
    'print.data': 'Dữ liệu: {title}',
    'print.synthetic': 'DỮ LIỆU GIẢ LẬP',
    'print.action': 'In / Lưu PDF',
  },
  en: {
    'print.filters': 'Filters: {filters}',
    'print.printedOn': 'Printed on {date}',
    'print.data': 'Data: {title}',
    'print.synthetic': 'SYNTHETIC DATA',
    'print.action': 'Print / Save as PDF',
  },
});
