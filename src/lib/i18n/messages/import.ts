import { defineMessages } from './define';

/** Importing a report from pasted text: what the extraction could not do, and why. */
export const importMessages = defineMessages({
  vi: {
    'import.warning.empty': 'Văn bản trống: hãy dán nội dung bài báo cáo.',
    'import.warning.unreadable': 'Không đọc được văn bản này.',
    'import.warning.not-vietnamese':
      'Văn bản có vẻ không phải tiếng Việt ({diacritics}% chữ cái mang dấu tiếng Việt, {words}% từ thông dụng tiếng Việt).',
    'import.warning.no-diacritics':
      'Văn bản viết không dấu: tên người, đơn vị được so khớp không dấu, cần kiểm tra kỹ.',
    'import.warning.legacy-encoding':
      'Văn bản có vẻ dùng bảng mã cũ (TCVN3, VNI): hãy chuyển sang Unicode rồi dán lại.',
    'import.warning.truncated': 'Văn bản quá dài: chỉ đọc {processed} trên {total} ký tự đầu.',
    'import.warning.markup-removed':
      'Đã bỏ {chars} ký tự định dạng (thẻ HTML, ảnh nhúng, mã lệnh); số thứ tự đoạn vẫn theo văn bản gốc.',
    'import.warning.no-date': 'Không tìm thấy ngày hội nghị.',
    'import.warning.date-year-unknown':
      'Ngày hội nghị {day}/{month} không ghi năm và bài không cho biết năm nào.',
    'import.warning.no-unit': 'Chưa xác định được đơn vị tổ chức hội nghị.',
    'import.warning.unit-not-in-table': 'Đơn vị “{name}” chưa có trong danh mục đơn vị.',
    'import.warning.unit-ambiguous': 'Tên đơn vị cũng có thể chỉ: {units}.',
    'import.warning.no-kind': 'Chưa xác định được loại hội nghị.',
    'import.warning.too-many-figures': 'Quá nhiều số liệu: chỉ giữ {kept}, bỏ {dropped}.',
  },
  en: {
    'import.warning.empty': 'The text is empty: paste the report itself.',
    'import.warning.unreadable': 'This text could not be read.',
    'import.warning.not-vietnamese':
      'The text does not look Vietnamese ({diacritics}% of letters with Vietnamese marks, {words}% common Vietnamese words).',
    'import.warning.no-diacritics':
      'The text has no Vietnamese diacritics: names of people and units were matched without them; check them.',
    'import.warning.legacy-encoding':
      'The text seems to use an old encoding (TCVN3, VNI): convert it to Unicode and paste it again.',
    'import.warning.truncated':
      'The text is too long: only its first {processed} of {total} characters were read.',
    'import.warning.markup-removed':
      '{chars} characters of markup (HTML tags, embedded pictures, scripts) were left out; paragraphs keep the numbers of the original text.',
    'import.warning.no-date': 'No conference date was found.',
    'import.warning.date-year-unknown':
      'The conference date {day}/{month} has no year, and the text does not say which.',
    'import.warning.no-unit': 'The organising unit could not be determined.',
    'import.warning.unit-not-in-table': '“{name}” is not in the unit table.',
    'import.warning.unit-ambiguous': 'The unit’s name could also mean: {units}.',
    'import.warning.no-kind': 'The kind of conference could not be determined.',
    'import.warning.too-many-figures': 'Too many figures: {kept} kept, {dropped} left out.',
  },
});
