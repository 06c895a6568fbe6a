import type { LocalizedText } from '@/domain/schema/common';
import type { ExerciseType, Topic } from '@/domain/schema/fact';
import type { MilitaryRank, ReportKind } from '@/domain/schema/report';
import type { UnitBody, UnitLevel, UnitType } from '@/domain/schema/unit';

type Labels<K extends string> = Record<K, LocalizedText>;
const L = (vi: string, en: string): LocalizedText => ({ vi, en });

export const reportKindLabels: Labels<ReportKind> = {
  'quarterly-review': L('Sơ kết quý', 'Quarterly review'),
  'six-month-review': L('Sơ kết 6 tháng', 'Six-month review'),
  'nine-month-review': L('Sơ kết 9 tháng', 'Nine-month review'),
  'annual-review': L('Tổng kết năm', 'Annual review'),
  resolution: L('Ra nghị quyết', 'Resolution'),
  'term-congress': L('Đại hội nhiệm kỳ', 'Term congress'),
  other: L('Hội nghị khác', 'Other conference'),
};

export const rankLabels: Labels<MilitaryRank> = {
  'thieu-uy': L('Thiếu úy', 'Second Lieutenant'),
  'trung-uy': L('Trung úy', 'First Lieutenant'),
  'thuong-uy': L('Thượng úy', 'Senior Lieutenant'),
  'dai-uy': L('Đại úy', 'Captain'),
  'thieu-ta': L('Thiếu tá', 'Major'),
  'trung-ta': L('Trung tá', 'Lieutenant Colonel'),
  'thuong-ta': L('Thượng tá', 'Senior Colonel'),
  'dai-ta': L('Đại tá', 'Colonel'),
  'thieu-tuong': L('Thiếu tướng', 'Major General'),
  'trung-tuong': L('Trung tướng', 'Lieutenant General'),
  'thuong-tuong': L('Thượng tướng', 'Colonel General'),
  'dai-tuong': L('Đại tướng', 'General'),
};

export const roleLabels = {
  chair: L('Chủ trì', 'Chaired'),
  director: L('Chỉ đạo hội nghị', 'Gave direction'),
  attendee: L('Dự hội nghị', 'Attended'),
  speaker: L('Phát biểu', 'Spoke'),
  concluder: L('Kết luận hội nghị', 'Concluded'),
  'award-presenter': L('Trao khen thưởng', 'Presented awards'),
  'campaign-launcher': L('Phát động thi đua', 'Launched the emulation drive'),
} satisfies Labels<string>;

export const levelLabels: Labels<UnitLevel> = {
  national: L('Toàn quốc', 'National'),
  'military-region': L('Quân khu', 'Military region'),
  province: L('Tỉnh, thành phố', 'Province / city'),
  district: L('Quận, huyện', 'District'),
  commune: L('Xã, phường, thị trấn', 'Commune / ward'),
};

export const unitTypeLabels: Labels<UnitType> = {
  country: L('Quốc gia', 'Country'),
  'military-region': L('Quân khu', 'Military region'),
  'capital-command': L('Bộ Tư lệnh Thủ đô', 'Capital command'),
  province: L('Tỉnh', 'Province'),
  'centrally-run-city': L('Thành phố trực thuộc TW', 'Centrally-run city'),
  'urban-district': L('Quận', 'Urban district'),
  'rural-district': L('Huyện', 'Rural district'),
  town: L('Thị xã', 'Town'),
  'provincial-city': L('Thành phố thuộc tỉnh', 'Provincial city'),
  'municipal-city': L('Thành phố thuộc thành phố', 'City within a city'),
  ward: L('Phường', 'Ward'),
  commune: L('Xã', 'Commune'),
  township: L('Thị trấn', 'Township'),
};

export const bodyLabels: Labels<NonNullable<UnitBody>> = {
  'military-party-committee': L('Đảng ủy Quân sự', 'Military Party Committee'),
  'party-committee': L('Cấp ủy', 'Party Committee'),
  'people-committee': L('UBND', "People's Committee"),
  'people-council': L('HĐND', "People's Council"),
  'military-command': L('Ban/Bộ CHQS', 'Military command'),
  'military-region-command': L('Bộ Tư lệnh', 'Command headquarters'),
};

export const topicLabels: Labels<Topic> = {
  recruitment: L('Tuyển quân', 'Recruitment'),
  education: L('Giáo dục QP-AN', 'Defence education'),
  training: L('Huấn luyện', 'Training'),
  exercises: L('Diễn tập', 'Exercises'),
  awards: L('Khen thưởng', 'Awards'),
  'social-policy': L('Chính sách hậu phương', 'Social policy'),
  commemoration: L('Kỷ niệm', 'Commemorations'),
  emulation: L('Thi đua', 'Emulation'),
  readiness: L('Sẵn sàng chiến đấu', 'Readiness'),
  organisation: L('Tổ chức, xây dựng lực lượng', 'Organisation'),
  'party-work': L('Công tác đảng, chính trị', 'Party and political work'),
  logistics: L('Hậu cần, kỹ thuật', 'Logistics and technical'),
  security: L('An ninh, trật tự', 'Security and order'),
};

export const exerciseTypeLabels: Labels<ExerciseType> = {
  'defence-zone': L('Diễn tập KVPT', 'Defence-zone exercise'),
  'disaster-response': L('Diễn tập PCTT-TKCN', 'Disaster response / search and rescue'),
  'defence-combat': L('Diễn tập chiến đấu trong KVPT', 'Combat exercise in the defence zone'),
  'command-staff-map': L('Diễn tập CH-CQ trên bản đồ', 'Command-staff map exercise'),
  'readiness-transition': L('Luyện tập chuyển trạng thái SSCĐ', 'Readiness-state transition drill'),
  'rear-base': L('Diễn tập căn cứ hậu phương', 'Rear-base exercise'),
};

export const statusLabels = {
  done: L('Đã thực hiện', 'Done'),
  planned: L('Kế hoạch', 'Planned'),
  preparing: L('Đang chuẩn bị', 'In preparation'),
  ongoing: L('Đang triển khai', 'Ongoing'),
  launched: L('Phát động', 'Launched'),
} satisfies Labels<string>;

export const measureLabels = {
  'quota-completion-pct': L('Hoàn thành chỉ tiêu giao quân', 'Call-up quota completed'),
  enlisted: L('Thanh niên nhập ngũ', 'Youths enlisted'),
  trainees: L('Người được bồi dưỡng, giáo dục', 'People trained'),
  classes: L('Lớp bồi dưỡng', 'Classes held'),
  'courses-attended': L('Lớp tập huấn tham gia', 'Training courses attended'),
  'cadres-trained': L('Cán bộ được tập huấn', 'Cadres trained'),
  'programme-completion-pct': L(
    'Hoàn thành nội dung, chương trình huấn luyện',
    'Training programme completed',
  ),
  exercises: L('Diễn tập', 'Exercises'),
  recipients: L('Lượt khen thưởng', 'Award recipients'),
  'houses-built-or-repaired': L(
    'Nhà tình nghĩa, nhà đồng đội xây, sửa',
    'Houses built or repaired',
  ),
  'money-vnd': L('Kinh phí vận động', 'Money raised'),
  events: L('Sự kiện', 'Events'),
  campaigns: L('Phong trào thi đua', 'Emulation campaigns'),
  task: L('Nhiệm vụ', 'Task'),
  'task-count': L('Số nhiệm vụ, giải pháp', 'Number of tasks'),
} satisfies Labels<string>;

export const targetGroupLabels = {
  'group-1': L('Đối tượng 1', 'Target group 1'),
  'group-2': L('Đối tượng 2', 'Target group 2'),
  'group-3': L('Đối tượng 3', 'Target group 3'),
  'group-4': L('Đối tượng 4', 'Target group 4'),
  students: L('Học sinh, sinh viên', 'Students'),
} satisfies Labels<string>;

export const deliveryLabels = {
  'sent-to-course': L('cử đi bồi dưỡng', 'sent to courses'),
  'held-locally': L('tổ chức tại địa phương', 'held locally'),
} satisfies Labels<string>;

export const recipientKindLabels = {
  collective: L('tập thể', 'collectives'),
  individual: L('cá nhân', 'individuals'),
} satisfies Labels<string>;

export const qualifierLabels = {
  exact: L('', ''),
  nearly: L('gần', 'nearly'),
  over: L('hơn', 'over'),
  about: L('khoảng', 'about'),
} satisfies Labels<string>;

export const timeOfDayLabels = {
  morning: L('Sáng', 'Morning'),
  afternoon: L('Chiều', 'Afternoon'),
  evening: L('Tối', 'Evening'),
} satisfies Labels<string>;
