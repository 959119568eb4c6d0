// 检查记录: the inspections behind the county's figures.
export const inspection = {
  'inspection.list.title': '检查记录',
  'inspection.list.hint': '每一行是一次对企业的现场检查（计入“检查企业家次”）；筛选条件保存在地址中，可收藏或转发。',
  'inspection.list.empty': '没有符合条件的检查记录',
  'inspection.filter.period': '检查日期',
  'inspection.field.inspectedAt': '检查时间',
  'inspection.field.enterprise': '被检查企业',
  'inspection.field.campaign': '专项行动',
  'inspection.field.regulator': '监管部门',
  'inspection.field.township': '属地乡镇',
  'inspection.field.inspectors': '检查组人数',
  'inspection.field.hazards': '发现隐患',
  'inspection.hazards.none': '未发现隐患',
  'inspection.hazards.count': '{n} 项',
  'inspection.hazards.major': '重大 {n} 项',
};
