import { defineMessages } from './define';

/** The map panel. */
export const mapMessages = defineMessages({
  vi: {
    'map.title': 'Bản đồ đơn vị và địa điểm',
    'map.layer': 'Lớp dữ liệu',
    'map.layer.reports': 'Số báo cáo của đơn vị',
    'map.layer.enlisted': 'Thanh niên nhập ngũ',
    'map.layer.quota': '% chỉ tiêu giao quân',
    'map.layer.exercises': 'Diễn tập (tại nơi tổ chức)',
    'map.layer.education': 'Người được giáo dục QP-AN',
    'map.noData': 'Không có số liệu',
    'map.legendSize': 'Kích thước vòng tròn theo giá trị: {min} – {max}',
    'map.list': 'Danh sách đơn vị trên bản đồ',
    'map.value': 'Giá trị',
    'map.filterUnit': 'Lọc theo {unit}',
    'map.loading': 'Đang tải bản đồ…',
    'map.noTiles':
      'Không dùng nền bản đồ trực tuyến: chỉ vẽ ranh giới và điểm đơn vị có sẵn trong ứng dụng.',
    'map.coordinates': 'Tọa độ: {source}',
    'map.approximate': 'gần đúng',
    'map.unitsWithoutPlace': '{count} đơn vị chưa có tọa độ nên không hiện trên bản đồ: {units}.',
  },
  en: {
    'map.title': 'Map of units and places',
    'map.layer': 'Layer',
    'map.layer.reports': 'Reports per unit',
    'map.layer.enlisted': 'Youths enlisted',
    'map.layer.quota': '% of call-up quota',
    'map.layer.exercises': 'Exercises (where held)',
    'map.layer.education': 'People in defence-security education',
    'map.noData': 'No data',
    'map.legendSize': 'Circle size by value: {min} – {max}',
    'map.list': 'Units on the map',
    'map.value': 'Value',
    'map.filterUnit': 'Filter by {unit}',
    'map.loading': 'Loading the map…',
    'map.noTiles':
      'No online base map: only the boundaries and unit points shipped with the app are drawn.',
    'map.coordinates': 'Coordinates: {source}',
    'map.approximate': 'approximate',
    'map.unitsWithoutPlace':
      '{count} units have no coordinates yet and are not on the map: {units}.',
  },
});
