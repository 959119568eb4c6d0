// The glossary of DOMAIN.md as the user reads it: one key per enum value of the schema.
export const enums = {
  'enum.role.ADMIN': '县安委办管理员',
  'enum.role.LEADER': '县领导',
  'enum.role.REGULATOR_HEAD': '部门负责人',
  'enum.role.REGULATOR_STAFF': '执法人员',
  'enum.role.TOWNSHIP_STAFF': '乡镇安全监管员',

  'enum.campaignKind.HUNDRED_DAY_CRACKDOWN': '百日攻坚行动',
  'enum.campaignKind.MAJOR_HAZARD_SWEEP': '重大事故隐患专项排查整治',
  'enum.campaignKind.CONCENTRATED_RECTIFICATION': '集中攻坚整治',
  'enum.campaignKind.SPECIAL_INSPECTION': '专项检查',
  'enum.campaignKind.SEASONAL': '季节性检查',
  'enum.campaignKind.OTHER': '其他',

  'enum.campaignStatus.SCHEDULED': '未开始',
  'enum.campaignStatus.ACTIVE': '进行中',
  'enum.campaignStatus.PAUSED': '已暂停',
  'enum.campaignStatus.CLOSED': '已结束',
  'enum.campaignStatus.CANCELLED': '已撤销',

  'enum.taskStatus.OPEN': '待检查',
  'enum.taskStatus.DONE': '已完成',
  'enum.taskStatus.CANCELLED': '已取消',

  'enum.taskKind.INSPECT': '现场检查',
  'enum.taskKind.SELF_CHECK': '企业自查',
  'enum.taskKind.VERIFY': '核查',

  'enum.hazardStatus.OPEN': '整改中',
  'enum.hazardStatus.PENDING_VERIFICATION': '待核查',
  'enum.hazardStatus.CLOSED': '已销号',

  'enum.hazardLevel.GENERAL': '一般隐患',
  'enum.hazardLevel.MAJOR': '重大事故隐患',

  'enum.escalationLevel.REGULATOR_HEAD': '部门负责人督办',
  'enum.escalationLevel.COUNTY_OFFICE': '县安委办督办',
  'enum.escalationLevel.COUNTY_LEADER': '分管县领导督办',

  'enum.escalationStatus.OPEN': '待签收',
  'enum.escalationStatus.ACKNOWLEDGED': '已签收',
  'enum.escalationStatus.RESOLVED': '已办结',

  'enum.industry.HAZARDOUS_CHEMICALS': '危险化学品',
  'enum.industry.NON_COAL_MINE': '非煤矿山',
  'enum.industry.METALLURGY': '冶金',
  'enum.industry.AMMONIA_REFRIGERATION': '涉氨制冷',
  'enum.industry.COMBUSTIBLE_DUST': '粉尘涉爆',
  'enum.industry.CONFINED_SPACE': '有限空间',
  'enum.industry.CONSTRUCTION': '建筑施工',
  'enum.industry.GAS': '城镇燃气',
  'enum.industry.ROAD_TRANSPORT': '道路运输',
  'enum.industry.FIRE_KEY_UNIT': '消防重点单位',
  'enum.industry.SPECIAL_EQUIPMENT': '特种设备',
  'enum.industry.OTHER': '其他',

  'enum.grade.GOOD': '好',
  'enum.grade.FAIR': '中',
  'enum.grade.POOR': '差',

  'enum.listStatus.NONE': '—',
  'enum.listStatus.RED': '红名单',
  'enum.listStatus.BLACK': '黑名单',

  'enum.reportKind.WEEKLY': '周报',
  'enum.reportKind.MONTHLY': '月度分析报告',
  'enum.reportKind.FINAL': '总结报告',
  'enum.reportKind.ANNUAL': '年度报告',

  'enum.hazardEventKind.FOUND': '发现隐患',
  'enum.hazardEventKind.RECTIFICATION_REPORTED': '报告整改',
  'enum.hazardEventKind.VERIFICATION_PASSED': '核查通过，销号',
  'enum.hazardEventKind.VERIFICATION_REJECTED': '核查未通过',
  'enum.hazardEventKind.ESCALATED': '升级督办',
  'enum.hazardEventKind.LISTED_SUPERVISION': '挂牌督办',

  'enum.subjectType.TASK': '检查任务',
  'enum.subjectType.HAZARD': '隐患',
};
