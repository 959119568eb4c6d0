// 危险化学品企业安全检查表: the major items quote the national criteria for chemical enterprises.
import { EMERGENCY_PLAN_RULES, SAFETY_LAW, general, major, type ChecklistTemplateDefinition } from './item';

const CRITERIA = '《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》（安监总管三〔2017〕121号）';

export const HAZARDOUS_CHEMICALS_CHECKLIST: ChecklistTemplateDefinition = {
  code: 'hazardous-chemicals',
  name: '危险化学品企业安全检查表',
  industries: ['HAZARDOUS_CHEMICALS'],
  items: [
    major('人员资质', '危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格', `${CRITERIA}第一项`),
    major('人员资质', '特种作业人员未持证上岗', `${CRITERIA}第二项`),
    major('总图布置', '涉及“两重点一重大”的生产装置、储存设施外部安全防护距离不符合国家标准要求', `${CRITERIA}第三项`),
    major(
      '自动化控制',
      '涉及重点监管危险化工工艺的装置未实现自动化控制，系统未实现紧急停车功能，装备的自动化控制系统、紧急停车系统未投入使用',
      `${CRITERIA}第四项`,
    ),
    major(
      '重大危险源',
      '构成一级、二级重大危险源的危险化学品罐区未实现紧急切断功能；' +
        '涉及毒性气体、液化气体、剧毒液体的一级、二级重大危险源的危险化学品罐区未配备独立的安全仪表系统',
      `${CRITERIA}第五项`,
    ),
    major('储存设施', '全压力式液化烃储罐未按国家标准设置注水措施', `${CRITERIA}第六项`),
    major(
      '装卸充装',
      '液化烃、液氨、液氯等易燃易爆、有毒有害液化气体的充装未使用万向管道充装系统',
      `${CRITERIA}第七项`,
    ),
    major(
      '检测报警',
      '涉及可燃和有毒有害气体泄漏的场所未按国家标准设置检测报警装置，爆炸危险场所未按国家标准安装使用防爆电气设备',
      `${CRITERIA}第十二项`,
    ),
    major('设备设施', '安全阀、爆破片等安全附件未正常投用', `${CRITERIA}第十五项`),
    major(
      '安全管理',
      '未建立与岗位相匹配的全员安全生产责任制或者未制定实施生产安全事故隐患排查治理制度',
      `${CRITERIA}第十六项`,
    ),
    major(
      '特殊作业',
      '未按照国家标准制定动火、进入受限空间等特殊作业管理制度，或者制度未有效执行',
      `${CRITERIA}第十八项`,
    ),
    major(
      '储存管理',
      '未按国家标准分区分类储存危险化学品，超量、超品种储存危险化学品，相互禁配物质混放混存',
      `${CRITERIA}第二十项`,
    ),
    general('安全管理', '按规定设置安全生产管理机构或者配备专职安全生产管理人员', `${SAFETY_LAW}第二十四条`),
    general(
      '教育培训',
      '从业人员经安全生产教育和培训合格后上岗，建立安全生产教育和培训档案，如实记录培训时间、内容和考核结果',
      `${SAFETY_LAW}第二十八条`,
    ),
    general(
      '重大危险源',
      '重大危险源已登记建档，进行定期检测、评估、监控，并报应急管理部门备案',
      `${SAFETY_LAW}第四十条`,
    ),
    general(
      '警示标志',
      '罐区、装卸区、危险化学品库房等场所设置明显的安全警示标志和危险化学品安全周知卡',
      `${SAFETY_LAW}第三十五条`,
    ),
    general(
      '应急管理',
      '制定生产安全事故应急救援预案，配备应急救援器材，每半年至少组织一次现场处置方案演练',
      `${EMERGENCY_PLAN_RULES}第三十三条`,
    ),
    general(
      '劳动防护',
      '为从业人员配备符合国家标准或者行业标准的劳动防护用品，并监督、教育其正确佩戴使用',
      `${SAFETY_LAW}第四十五条`,
    ),
  ],
};
