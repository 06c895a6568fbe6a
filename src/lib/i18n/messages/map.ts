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
    'map.legend': 'Chú giải',
    'map.code': 'Mã hành chính (GSO)',
    'map.coordinatesCredit': 'Tọa độ: © GeoNames (CC BY 4.0), Natural Earth',
    'map.approximatePlace': 'vị trí gần đúng',
    'map.listHeading': '{layer}: đơn vị có số liệu',
    'map.listEmpty': 'Với bộ lọc hiện tại, không đơn vị nào có số liệu ở lớp này.',
    'map.notDrawn': 'chưa có vị trí trên bản đồ',
    'map.inset':
      'Bản đồ định vị toàn quốc, gồm quần đảo Hoàng Sa (thành phố Đà Nẵng) và quần đảo Trường Sa (tỉnh Khánh Hòa); khung đỏ là vùng đang xem.',
    'map.archipelagoTip': '{name} — thuộc {district}, {province}',
    'map.legendAreas': 'Tỉnh, thành phố: tô màu theo số liệu do chính cấp tỉnh báo cáo',
    'map.legendBoundaries': 'Quận, huyện, xã (ranh giới nạp vào): tô màu theo số liệu',
    'map.legendSymbols': 'Quận, huyện, xã, phường: vòng tròn theo giá trị, {min} – {max}',
    'map.legendNoData':
      'Không có số liệu (khác với 0); vòng tròn xám của huyện, xã hiện khi phóng to',
    'map.notInData': 'chưa có trong dữ liệu',
    'map.zoomForMore':
      '{count} quận, huyện, xã có số liệu chưa vẽ ở mức thu phóng này: phóng to để thấy; danh sách bên cạnh có đủ.',
    'map.provincesError': 'Không tải được ranh giới tỉnh ({detail}); các điểm đơn vị vẫn hiển thị.',
    'map.boundaries.load': 'Nạp ranh giới quận/huyện, xã (GeoJSON, TopoJSON)…',
    'map.boundaries.drop': 'hoặc thả tệp vào bản đồ',
    'map.boundaries.loaded':
      'Ranh giới: {file} — {joined}/{count} vùng khớp mã đơn vị (thuộc tính “{property}”).',
    'map.boundaries.configured': 'Ranh giới do hệ thống cấu hình: {file}.',
    'map.boundaries.skipped': 'Bỏ qua {count} đối tượng, ví dụ #{index}: {reason}.',
    'map.boundaries.remove': 'Bỏ ranh giới đã nạp',
    'map.boundaries.session':
      'Không lưu được tệp vào trình duyệt ({detail}): ranh giới chỉ dùng trong phiên này.',
    'map.boundaries.error.json': 'Tệp {file} không phải JSON hợp lệ: {detail}.',
    'map.boundaries.error.not-geo':
      'Tệp {file} không phải GeoJSON FeatureCollection hay TopoJSON (đọc được {detail}).',
    'map.boundaries.error.no-polygons':
      'Tệp {file} không có vùng (Polygon, MultiPolygon) nào dùng được: {detail}.',
    'map.boundaries.error.no-join':
      'Không thuộc tính nào của tệp {file} khớp mã hành chính (GSO) của quận/huyện, xã trong dữ liệu. Các thuộc tính có: {detail}.',
    'map.boundaries.error.too-large': 'Tệp {file} quá lớn ({detail}); tối đa 60 MB.',
    'map.boundaries.error.read': 'Không đọc được tệp {file}: {detail}.',
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
    'map.legend': 'Legend',
    'map.code': 'Administrative code (GSO)',
    'map.coordinatesCredit': 'Coordinates: © GeoNames (CC BY 4.0), Natural Earth',
    'map.approximatePlace': 'approximate position',
    'map.listHeading': '{layer}: units with figures',
    'map.listEmpty': 'With the current filters no unit has a figure on this layer.',
    'map.notDrawn': 'not placed on the map',
    'map.inset':
      'Locator map of the whole country, with the Hoàng Sa archipelago (Đà Nẵng city) and the Trường Sa archipelago (Khánh Hòa province); the red frame is the area in view.',
    'map.archipelagoTip': '{name} — part of {district}, {province}',
    'map.legendAreas': 'Provinces and cities: shaded by the figure the province itself reported',
    'map.legendBoundaries': 'Districts and communes (loaded boundaries): shaded by figure',
    'map.legendSymbols': 'Districts, communes and wards: circles sized by value, {min} – {max}',
    'map.legendNoData':
      'No data (not the same as 0); grey circles of districts and communes show when zoomed in',
    'map.notInData': 'not in the data yet',
    'map.zoomForMore':
      '{count} districts and communes with figures are not drawn at this zoom: zoom in to see them; the list beside the map has them all.',
    'map.provincesError':
      'The province boundaries could not be loaded ({detail}); unit points are still shown.',
    'map.boundaries.load': 'Load district or commune boundaries (GeoJSON, TopoJSON)…',
    'map.boundaries.drop': 'or drop the file on the map',
    'map.boundaries.loaded':
      'Boundaries: {file} — {joined} of {count} shapes match a unit code (property “{property}”).',
    'map.boundaries.configured': 'Boundaries configured for this deployment: {file}.',
    'map.boundaries.skipped': '{count} features left out, e.g. #{index}: {reason}.',
    'map.boundaries.remove': 'Remove the loaded boundaries',
    'map.boundaries.session':
      'The browser did not store the file ({detail}): the boundaries last for this session only.',
    'map.boundaries.error.json': '{file} is not valid JSON: {detail}.',
    'map.boundaries.error.not-geo':
      '{file} is neither a GeoJSON FeatureCollection nor TopoJSON (found {detail}).',
    'map.boundaries.error.no-polygons':
      '{file} holds no usable area (Polygon, MultiPolygon): {detail}.',
    'map.boundaries.error.no-join':
      'No property of {file} matches the administrative (GSO) codes of the districts and communes in the data. Its properties: {detail}.',
    'map.boundaries.error.too-large': '{file} is too large ({detail}); the limit is 60 MB.',
    'map.boundaries.error.read': '{file} could not be read: {detail}.',
  },
});
