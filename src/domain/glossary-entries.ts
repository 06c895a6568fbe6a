import type { LocalizedText } from './schema/common';
import type { educationGroups } from './schema/fact';

export interface GlossaryEntry {
  /** The form the reports write, and the key the app looks the entry up by. */
  abbr: string;
  expansion: LocalizedText;
  /** A sentence or two of ours on what the term means in this work. */
  meaning?: LocalizedText;
  /** Other spellings the UI shows for the same term, such as its English label. */
  aliases?: readonly string[];
  /** For the defence-education target groups: the group the dataset records figures under. */
  targetGroup?: (typeof educationGroups)[number];
}

const current = {
  vi: ' (thành phần cụ thể theo quy định hiện hành về giáo dục quốc phòng và an ninh)',
  en: ' (exactly who belongs is set by the defence and security education regulations in force)',
};

function targetGroup(
  n: 1 | 2 | 3 | 4,
  short: LocalizedText,
  meaning: LocalizedText,
): GlossaryEntry {
  return {
    abbr: `Đối tượng ${n}`,
    aliases: [`Target group ${n}`],
    targetGroup: `group-${n}`,
    expansion: {
      vi: `Nhóm ${n} bồi dưỡng kiến thức quốc phòng và an ninh: ${short.vi}`,
      en: `Defence and security education, group ${n}: ${short.en}`,
    },
    meaning: { vi: `${meaning.vi}${current.vi}.`, en: `${meaning.en}${current.en}.` },
  };
}

export const glossary: readonly GlossaryEntry[] = [
  {
    abbr: 'SSCĐ',
    expansion: { vi: 'Sẵn sàng chiến đấu', en: 'Combat readiness' },
    meaning: {
      vi: 'Luôn có lực lượng, vũ khí, phương tiện và chế độ trực để xử lý kịp thời mọi tình huống. Luyện tập chuyển trạng thái SSCĐ là tập nâng mức sẵn sàng theo mệnh lệnh: thường xuyên, tăng cường, cao, toàn bộ.',
      en: 'Keeping forces, weapons, equipment and duty rosters ready to deal with any situation at once. A readiness-state drill practises moving up the levels on order: routine, heightened, high and full readiness.',
    },
  },
  {
    abbr: 'LLVT',
    expansion: { vi: 'Lực lượng vũ trang', en: 'Armed forces' },
    meaning: {
      vi: 'Lực lượng vũ trang nhân dân gồm Quân đội nhân dân, Công an nhân dân và Dân quân tự vệ; trong báo cáo của một địa phương là các lực lượng vũ trang của địa phương đó.',
      en: "The people's armed forces: the People's Army, the People's Public Security and the militia and self-defence forces; in a local report, the armed forces of that locality.",
    },
  },
  {
    abbr: 'KVPT',
    expansion: { vi: 'Khu vực phòng thủ', en: 'Defence zone' },
    meaning: {
      vi: 'Tổ chức phòng thủ của từng địa phương, kết hợp các mặt chính trị, kinh tế, xã hội với quân sự, an ninh để địa phương tự bảo vệ; được kiểm tra qua các cuộc diễn tập KVPT.',
      en: "Each locality's defence organisation, combining political, economic and social measures with military and security ones so that it can defend itself; it is tested in defence-zone exercises.",
    },
  },
  {
    abbr: 'PCTT-TKCN',
    expansion: {
      vi: 'Phòng, chống thiên tai – tìm kiếm cứu nạn',
      en: 'Natural-disaster prevention and response – search and rescue',
    },
    meaning: {
      vi: 'Phòng ngừa, ứng phó, khắc phục hậu quả thiên tai (bão, lũ, sạt lở…) và tìm kiếm, cứu người, cứu tài sản; LLVT là lực lượng nòng cốt và diễn tập cùng chính quyền địa phương.',
      en: 'Preventing, responding to and recovering from natural disasters (storms, floods, landslides…) and searching for and rescuing people and property; the armed forces are the core force and drill with the local government.',
    },
  },
  {
    abbr: 'PCTT',
    expansion: { vi: 'Phòng, chống thiên tai', en: 'Natural-disaster prevention and response' },
  },
  { abbr: 'TKCN', expansion: { vi: 'Tìm kiếm cứu nạn', en: 'Search and rescue' } },
  {
    abbr: 'DQTV',
    expansion: { vi: 'Dân quân tự vệ', en: 'Militia and self-defence forces' },
    meaning: {
      vi: 'Lực lượng vũ trang quần chúng không thoát ly sản xuất, công tác: dân quân ở xã, phường, thị trấn; tự vệ ở cơ quan, tổ chức, doanh nghiệp.',
      en: 'The armed force of citizens who keep their everyday work: militia in communes and wards, self-defence units in agencies, organisations and enterprises.',
    },
  },
  {
    abbr: 'CHQS',
    expansion: { vi: 'Chỉ huy quân sự', en: 'Military command' },
    meaning: {
      vi: 'Cơ quan quân sự địa phương (Bộ CHQS tỉnh, Ban CHQS huyện, xã, Ban CHQS của cơ quan, tổ chức), tham mưu cho cấp ủy, chính quyền về quân sự, quốc phòng.',
      en: 'The local military organs (the provincial Military Command, district and commune military commands, those of agencies), which advise the party committee and the government on military and defence matters.',
    },
  },
  {
    abbr: 'QPĐP',
    expansion: { vi: 'Quốc phòng địa phương', en: 'Local defence' },
    meaning: {
      vi: 'Công tác quốc phòng do địa phương đảm nhiệm: xây dựng KVPT, lực lượng DQTV và dự bị động viên, tuyển quân, giáo dục quốc phòng và an ninh, chính sách hậu phương quân đội.',
      en: "The defence work a locality carries out: its defence zone, militia and reserve forces, call-up, defence and security education, and support for soldiers' families.",
    },
  },
  {
    abbr: 'QS-QPĐP',
    expansion: { vi: 'Quân sự, quốc phòng địa phương', en: 'Local military and defence work' },
  },
  {
    abbr: 'QSQP',
    expansion: { vi: 'Quân sự, quốc phòng', en: 'Military and defence work' },
    meaning: {
      vi: 'Công tác quân sự và quốc phòng nói chung của một cấp, một ngành; trong báo cáo địa phương, nghĩa gần như QS-QPĐP.',
      en: 'Military and defence work in general, of one level of government or one sector; in local reports it means much the same as QS-QPĐP.',
    },
  },
  { abbr: 'QP-AN', expansion: { vi: 'Quốc phòng – an ninh', en: 'Defence and security' } },
  {
    abbr: 'VMTD',
    expansion: { vi: 'Vững mạnh toàn diện', en: 'Comprehensively strong (unit)' },
    meaning: {
      vi: 'Mục tiêu xây dựng và tiêu chí đánh giá đơn vị quân đội mạnh về mọi mặt: chính trị, tư tưởng, tổ chức, huấn luyện, kỷ luật, hậu cần – kỹ thuật.',
      en: 'The aim for, and the rating of, a military unit that is strong in every respect: political, organisational, training, discipline, logistics and technical.',
    },
  },
  {
    abbr: 'CH-CQ',
    expansion: { vi: 'Chỉ huy – cơ quan', en: 'Command and staff' },
    meaning: {
      vi: 'Thường gặp trong “diễn tập CH-CQ”: người chỉ huy và cơ quan tham mưu tập nắm tình hình, hạ quyết tâm, lập kế hoạch và điều hành tác chiến, thường trên bản đồ, không triển khai toàn bộ lực lượng.',
      en: 'Mostly met in "command-staff exercises": commanders and their staff practise assessing the situation, deciding, planning and directing operations, often on the map, without deploying the whole force.',
    },
  },
  { abbr: 'HĐND', expansion: { vi: 'Hội đồng nhân dân', en: "People's Council" } },
  { abbr: 'UBND', expansion: { vi: 'Ủy ban nhân dân', en: "People's Committee" } },
  { abbr: 'QĐND', expansion: { vi: 'Quân đội nhân dân', en: "People's Army" } },
  { abbr: 'BTV', expansion: { vi: 'Ban Thường vụ', en: 'Standing Committee' } },
  { abbr: 'TW', expansion: { vi: 'Trung ương', en: 'Central (Party / State)' } },
  { abbr: 'QK', expansion: { vi: 'Quân khu', en: 'Military region' } },
  { abbr: 'BTL', expansion: { vi: 'Bộ Tư lệnh', en: 'Command (headquarters)' } },
  { abbr: 'THPT', expansion: { vi: 'Trung học phổ thông', en: 'Upper secondary school' } },
  {
    abbr: 'GDNN-GDTX',
    expansion: {
      vi: 'Giáo dục nghề nghiệp – giáo dục thường xuyên',
      en: 'Vocational and continuing education',
    },
  },
  { abbr: 'QS-QP', expansion: { vi: 'Quân sự – quốc phòng', en: 'Military and defence' } },
  { abbr: 'TP', expansion: { vi: 'Thành phố', en: 'City' } },
  {
    abbr: 'COVID-19',
    expansion: {
      vi: 'Bệnh viêm đường hô hấp cấp do vi-rút corona chủng mới (phát hiện năm 2019)',
      en: 'Coronavirus disease 2019',
    },
  },
  { abbr: 'VND', expansion: { vi: 'Đồng Việt Nam', en: 'Vietnamese đồng' } },
  targetGroup(
    1,
    { vi: 'cán bộ lãnh đạo cấp cao', en: 'senior leaders' },
    {
      vi: 'Cán bộ lãnh đạo, quản lý cấp cao ở Trung ương và lãnh đạo chủ chốt cấp tỉnh',
      en: 'Senior officials of the central Party, State and ministries, and key provincial leaders',
    },
  ),
  targetGroup(
    2,
    { vi: 'lãnh đạo cấp sở, ngành và cấp huyện', en: 'department and district leaders' },
    {
      vi: 'Cán bộ lãnh đạo, quản lý cấp vụ, cục, sở, ban, ngành và tương đương; lãnh đạo chủ chốt cấp huyện',
      en: 'Heads of central and provincial departments and their equivalents; key district leaders',
    },
  ),
  targetGroup(
    3,
    { vi: 'cán bộ cấp phòng, ban huyện và cấp xã', en: 'district-office and commune leaders' },
    {
      vi: 'Cán bộ lãnh đạo, quản lý cấp phòng, ban, ngành cấp huyện và tương đương; lãnh đạo chủ chốt cấp xã',
      en: 'Heads of district offices and their equivalents; key commune leaders',
    },
  ),
  targetGroup(
    4,
    { vi: 'cán bộ thôn, tổ dân phố và đảng viên', en: 'village leaders and party members' },
    {
      vi: 'Trưởng thôn, tổ trưởng tổ dân phố, bí thư chi bộ, người đứng đầu các đoàn thể ở thôn, đảng viên và những người khác ở cơ sở',
      en: 'Village and neighbourhood heads, party-cell secretaries, heads of mass organisations in the village, party members and others at grassroots level',
    },
  ),
];
