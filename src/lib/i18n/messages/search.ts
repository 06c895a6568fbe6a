import { defineMessages } from './define';

/** The header search box and the search results page. */
export const searchMessages = defineMessages({
  vi: {
    'search.label': 'Tìm kiếm',
    'search.placeholder': 'Đơn vị, người, PCTT…',
    'search.submit': 'Tìm',
    'search.title': 'Tìm kiếm',
    'search.titleFor': 'Kết quả tìm “{query}”',
    'search.prompt':
      'Gõ vào ô tìm kiếm ở đầu trang: tên đơn vị, tên người, loại diễn tập, nhiệm vụ hay chữ viết tắt (PCTT, KVPT…). Có dấu hay không dấu đều được.',
    'search.count': '{count} kết quả',
    'search.noResults': 'Không tìm thấy kết quả nào cho “{query}”.',
    'search.noResultsHint':
      'Hãy kiểm tra chính tả, bớt từ, hoặc gõ không dấu (ví dụ “duong kinh” thay cho “Dương Kinh”).',
    'search.showMore': 'Hiện thêm {count} kết quả (còn {remaining})',
    'search.groupShowing': 'đang hiện {shown}/{count}',
    'search.kind.report': 'Báo cáo',
    'search.kind.unit': 'Đơn vị',
    'search.kind.person': 'Người dự hội nghị',
    'search.kind.exercise': 'Diễn tập',
    'search.kind.task': 'Nhiệm vụ',
    'search.kind.fact': 'Số liệu, hoạt động khác',
    'search.inReport': 'Trong báo cáo',
    'search.unitReports': '{count} báo cáo của đơn vị và các đơn vị trực thuộc',
    'search.unitNoReports': 'Chưa có báo cáo nào của đơn vị này.',
    'search.unitMoreReports': 'và {count} báo cáo khác',
  },
  en: {
    'search.label': 'Search',
    'search.placeholder': 'Units, people, PCTT…',
    'search.submit': 'Search',
    'search.title': 'Search',
    'search.titleFor': 'Results for “{query}”',
    'search.prompt':
      'Type into the search box at the top of the page: a unit, a person, an exercise type, a task or an abbreviation (PCTT, KVPT…). Vietnamese diacritics are optional.',
    'search.count': '{count} results',
    'search.noResults': 'Nothing found for “{query}”.',
    'search.noResultsHint':
      'Check the spelling, use fewer words, or type without diacritics (e.g. “duong kinh” for “Dương Kinh”).',
    'search.showMore': 'Show {count} more results ({remaining} left)',
    'search.groupShowing': 'showing {shown} of {count}',
    'search.kind.report': 'Reports',
    'search.kind.unit': 'Units',
    'search.kind.person': 'People at the conferences',
    'search.kind.exercise': 'Exercises',
    'search.kind.task': 'Tasks',
    'search.kind.fact': 'Other figures and activities',
    'search.inReport': 'In the report',
    'search.unitReports': '{count} reports of the unit and the units under it',
    'search.unitNoReports': 'No reports from this unit yet.',
    'search.unitMoreReports': 'and {count} more',
  },
});
