import { defineMessages } from './define';

/** The conference timeline. */
export const timelineMessages = defineMessages({
  vi: {
    'timeline.title': 'Dòng thời gian hội nghị',
    'timeline.overview': 'Số hội nghị theo năm',
    'timeline.allYears': 'Tất cả các năm',
    'timeline.zoomTo': 'Xem năm {year} ({count} hội nghị)',
    'timeline.zoomedTo': 'Đang xem năm {year}',
    'timeline.yearCount': '{count} hội nghị',
    'timeline.chair': 'Chủ trì: {name}',
    'timeline.led': 'Chỉ đạo/kết luận: {name}',
    'timeline.keyboardHint': 'Dùng ↑ ↓ để chuyển giữa các hội nghị, Enter để mở.',
    'timeline.empty': 'Không có hội nghị nào khớp bộ lọc.',
    'timeline.emptyBecause': 'Nếu bỏ riêng điều kiện {parts}, sẽ có kết quả.',
    'timeline.emptyAll': 'Hãy mở rộng khoảng thời gian hoặc bỏ bớt điều kiện.',
    'timeline.emptyYear':
      'Năm {year} không có hội nghị nào khớp; bộ lọc vẫn có kết quả ở các năm khác.',
    'timeline.part.unitIds': 'đơn vị',
    'timeline.part.period': 'thời gian',
    'timeline.part.kinds': 'loại hội nghị',
    'timeline.part.topics': 'lĩnh vực',
    'timeline.part.periodMatch': 'cách đối chiếu',
    'timeline.part.exerciseTypes': 'loại diễn tập',
  },
  en: {
    'timeline.title': 'Conference timeline',
    'timeline.overview': 'Conferences per year',
    'timeline.allYears': 'All years',
    'timeline.zoomTo': 'Show {year} ({count} conferences)',
    'timeline.zoomedTo': 'Showing {year}',
    'timeline.yearCount': '{count} conferences',
    'timeline.chair': 'Chaired by {name}',
    'timeline.led': 'Directed/concluded by {name}',
    'timeline.keyboardHint': 'Use ↑ ↓ to move between conferences, Enter to open.',
    'timeline.empty': 'No conference matches the filters.',
    'timeline.emptyBecause': 'Removing the {parts} condition alone would bring results back.',
    'timeline.emptyAll': 'Widen the period or remove some conditions.',
    'timeline.emptyYear':
      'No matching conference in {year}; the filters match conferences in other years.',
    'timeline.part.unitIds': 'unit',
    'timeline.part.period': 'period',
    'timeline.part.kinds': 'conference kind',
    'timeline.part.topics': 'topic',
    'timeline.part.periodMatch': 'matching',
    'timeline.part.exerciseTypes': 'exercise type',
  },
});
