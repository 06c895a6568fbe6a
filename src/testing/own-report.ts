/**
 * A conference report we wrote ourselves in the manner of the seed articles (no sentence of
 * theirs), about units of the real table, for tests of the import path end to end.
 */
export const ownReportText = [
  'Chiều 5-7, Ban CHQS huyện Thạch Thất tổ chức hội nghị sơ kết công tác quân sự, quốc phòng địa phương 6 tháng đầu năm 2025.',
  'Thượng tá Lê Minh Đức, Chỉ huy trưởng Ban CHQS huyện chủ trì hội nghị.',
  'Sáu tháng qua, huyện giao 214 thanh niên nhập ngũ, đạt 100% chỉ tiêu.',
  'Xã Chàng Sơn tổ chức diễn tập chiến đấu phòng thủ đạt kết quả tốt.',
].join('\n');
