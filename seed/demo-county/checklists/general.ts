// 通用安全检查表: the ordinary duties every unit has, for any industry without a sheet of its own.
import { INDUSTRIES } from '../../../domain/types';
import { EMERGENCY_PLAN_RULES, FIRE_LAW, SAFETY_LAW, general, type ChecklistTemplateDefinition } from './item';

const SPECIAL_EQUIPMENT_LAW = '《中华人民共和国特种设备安全法》';

export const GENERAL_CHECKLIST: ChecklistTemplateDefinition = {
  code: 'general',
  name: '通用安全检查表',
  industries: INDUSTRIES,
  items: [
    general('安全管理', '建立健全全员安全生产责任制和安全生产规章制度、操作规程', `${SAFETY_LAW}第四条`),
    general(
      '安全管理',
      '主要负责人组织制定并实施本单位安全生产规章制度和教育培训计划，保证安全生产投入',
      `${SAFETY_LAW}第二十一条`,
    ),
    general('安全管理', '按规定设置安全生产管理机构或者配备安全生产管理人员', `${SAFETY_LAW}第二十四条`),
    general('教育培训', '从业人员经安全生产教育和培训合格后上岗，培训教育台账完整', `${SAFETY_LAW}第二十八条`),
    general('人员资质', '特种作业人员经专门的安全作业培训，取得相应资格后上岗作业', `${SAFETY_LAW}第三十条`),
    general(
      '警示标志',
      '在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志',
      `${SAFETY_LAW}第三十五条`,
    ),
    general('设备设施', '安全设备经常性维护、保养，并定期检测，维护、保养、检测记录完整', `${SAFETY_LAW}第三十六条`),
    general(
      '隐患排查',
      '建立安全风险分级管控和隐患排查治理双重预防工作机制，隐患排查治理情况如实记录并向从业人员通报',
      `${SAFETY_LAW}第四十一条`,
    ),
    general(
      '场所安全',
      '生产经营场所和员工宿舍设有符合紧急疏散要求、标志明显、保持畅通的出口和疏散通道',
      `${SAFETY_LAW}第四十二条`,
    ),
    general('危险作业', '动火、临时用电、高处作业等危险作业安排专门人员进行现场安全管理', `${SAFETY_LAW}第四十三条`),
    general(
      '劳动防护',
      '为从业人员提供符合国家标准或者行业标准的劳动防护用品，并监督、教育其正确佩戴使用',
      `${SAFETY_LAW}第四十五条`,
    ),
    general(
      '承包租赁',
      '与承包单位、承租单位签订专门的安全生产管理协议，明确各自的安全生产管理职责',
      `${SAFETY_LAW}第四十九条`,
    ),
    general('应急管理', '制定生产安全事故应急救援预案，并定期组织应急预案演练', `${EMERGENCY_PLAN_RULES}第三十三条`),
    general(
      '消防安全',
      '按照国家标准、行业标准配置消防设施、器材，设置消防安全标志，并定期组织检验、维修，确保完好有效',
      `${FIRE_LAW}第十六条`,
    ),
    general(
      '消防安全',
      '消防安全重点单位实行每日防火巡查，建立巡查记录，定期组织消防安全培训和消防演练',
      `${FIRE_LAW}第十七条`,
    ),
    general(
      '特种设备',
      '特种设备办理使用登记，在检验合格有效期届满前一个月申请定期检验，未经定期检验或者检验不合格的不再使用',
      `${SPECIAL_EQUIPMENT_LAW}第三十三条、第四十条`,
    ),
    general('安全生产责任保险', '属于国家规定的高危行业、领域的，投保安全生产责任保险', `${SAFETY_LAW}第五十一条`),
  ],
};
