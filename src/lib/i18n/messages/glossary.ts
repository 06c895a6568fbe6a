import { defineMessages } from './define';

/** The glossary page and its link in the header. */
export const glossaryMessages = defineMessages({
  vi: {
    'glossary.nav': 'Thuật ngữ',
    'glossary.title': 'Thuật ngữ và chữ viết tắt',
    'glossary.intro':
      'Các chữ viết tắt quân sự, hành chính và các thuật ngữ dùng trong báo cáo, với nghĩa tiếng Việt, tiếng Anh và số báo cáo có dùng. Trong toàn bộ ứng dụng, di chuột hoặc dùng phím Tab tới một chữ viết tắt để xem nghĩa.',
    'glossary.filter': 'Lọc thuật ngữ',
    'glossary.filterPlaceholder': 'ví dụ: pctt, dan quan',
    'glossary.count': '{shown}/{total} mục',
    'glossary.empty': 'Không có mục nào khớp “{query}”. Hãy thử gõ không dấu hoặc bớt từ.',
    'glossary.vi': 'Tiếng Việt',
    'glossary.en': 'Tiếng Anh',
    'glossary.usage': 'Có trong {count} báo cáo',
    'glossary.unused': 'Chưa có trong dữ liệu đang tải',
  },
  en: {
    'glossary.nav': 'Glossary',
    'glossary.title': 'Glossary of terms and abbreviations',
    'glossary.intro':
      'The military and administrative abbreviations and the terms the reports use, in Vietnamese and English, with the number of reports that use each. Anywhere in the app, hover over an abbreviation or reach it with the Tab key to see what it stands for.',
    'glossary.filter': 'Filter the glossary',
    'glossary.filterPlaceholder': 'e.g. pctt, militia',
    'glossary.count': '{shown} of {total} entries',
    'glossary.empty': 'No entry matches “{query}”. Try without diacritics or with fewer words.',
    'glossary.vi': 'Vietnamese',
    'glossary.en': 'English',
    'glossary.usage': 'Used in {count} reports',
    'glossary.unused': 'Not in the loaded data',
  },
});
