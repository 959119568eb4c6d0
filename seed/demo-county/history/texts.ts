// What the demo county's inspectors wrote: hazards as county inspection records word them, rectification measures
// and rejection reasons.
export const GENERAL_HAZARDS: readonly { description: string; location: string }[] = [
  { description: '安全警示标志缺失，危险部位未设置警示标识', location: '生产车间' },
  { description: '消防通道被杂物堵塞', location: '厂区东侧通道' },
  { description: '灭火器压力不足，未按期检验', location: '仓库' },
  { description: '配电箱未设置漏电保护装置，电线私拉乱接', location: '配电室' },
  { description: '特种作业人员证书过期仍上岗作业', location: '焊接作业区' },
  { description: '安全生产教育培训台账不完整', location: '安全管理办公室' },
  { description: '应急预案未按规定组织演练', location: '安全管理办公室' },
  { description: '劳动防护用品配备不足', location: '生产车间' },
  { description: '设备转动部位防护罩缺失', location: '机加工车间' },
  { description: '隐患排查治理记录不完整，未形成闭环', location: '安全管理办公室' },
  { description: '有限空间未设置安全警示标识和防护设施', location: '污水池' },
  { description: '气瓶未采取防倾倒措施，空瓶实瓶混放', location: '气瓶存放点' },
  { description: '安全出口指示标志损坏', location: '办公楼一层' },
  { description: '物料堆放超高，占用疏散通道', location: '成品库' },
  { description: '临时用电未办理审批手续', location: '施工现场' },
  { description: '叉车未定期检验，司机无证驾驶', location: '装卸区' },
];

export const MAJOR_HAZARDS: readonly { description: string; location: string }[] = [
  { description: '可燃气体检测报警装置失效，未与紧急切断装置联锁', location: '储罐区' },
  { description: '涉及重点监管危险化工工艺的装置未实现自动化控制', location: '反应釜车间' },
  { description: '粉尘爆炸危险场所未按规定安装使用泄爆、隔爆装置', location: '打磨车间' },
  { description: '有限空间作业未执行“先通风、再检测、后作业”', location: '发酵罐' },
  { description: '危险化学品储罐区未设置紧急切断装置', location: '储罐区' },
  { description: '人员密集场所安全出口被封堵，疏散通道不畅', location: '营业大厅' },
];

export const MEASURES: readonly string[] = [
  '已按要求整改到位，落实专人管理并纳入日常检查',
  '已更换损坏设施，建立定期检查维护台账',
  '已组织全员专项培训，完善培训教育档案',
  '已清理疏通，设置警示标识并明确责任人',
  '已委托有资质单位检测维修，检测报告存档',
  '已停用相关设备并完成更换，经自查合格',
];

export const REJECTIONS: readonly string[] = [
  '现场复核整改不到位，防护设施仍未安装',
  '整改措施未落实，相关台账仍不完整',
  '复核发现问题反弹，需重新整改',
];
