// 监管分工: which department leads each industry (or its townships, 属地管理), which answers for each co-supervision
// topic (共同监管), an enterprise's co-supervisors, and where a campaign sends its tasks.
import { SUPERVISION_REFUSALS } from '../../../../domain/supervision-rules';

export const division = {
  'audit.action.setIndustryRegulator': '调整行业牵头部门',
  'audit.action.setTopicRegulator': '调整共同监管部门',
  'orgUnits.field.kind': '类别',
  'orgUnits.kind.REGULATOR': '监管部门',
  'orgUnits.kind.TOWNSHIP': '乡镇（街道）',
  'orgUnits.create.kindHint': '新增的监管部门须在“监管分工”中指定牵头行业或共同监管事项后，才会收到检查任务',
  'division.title': '监管分工',
  'division.hint': '调整后企业随之调整到新单位；已下发的任务和已发现的隐患仍由原单位办理',
  'division.industries': '行业牵头',
  'division.topics': '共同监管',
  'division.field.industry': '行业',
  'division.field.lead': '牵头单位',
  'division.field.enterprises': '企业数',
  'division.field.topic': '事项',
  'division.field.department': '负责部门',
  'division.local': '属地管理（乡镇街道）',
  'division.confirm.industry': '调整“{industry}”的牵头单位',
  'division.confirm.topic': '调整“{topic}”的负责部门',
  'division.confirm.change': '由 {from} 调整为 {to}。',
  'division.confirm.effect':
    '将有 {n} 家企业随之调整到新单位；今后发起的专项行动按新分工下发任务，已下发的任务和已发现的隐患仍由原单位办理。',
  'division.confirm.ok': '确认调整',
  'division.done': '监管分工已调整，{n} 家企业随之调整到新单位',
  'enterprise.field.coSupervision': '共同监管',
  'enterprise.coSupervision.hint': '所选事项由对应部门共同监管，专项行动可按事项向该部门下发任务',
  'enterprise.coSupervisor': '{topic}：{regulator}',
  'launch.field.topics': '任务下发',
  'launch.field.topicsHint':
    '行业监管：发给企业的牵头监管部门；属地管理：发给企业所在乡镇（街道），如九小场所；其余事项：发给负责该事项的部门，只针对有该事项的企业',
  'launch.problem.topics': SUPERVISION_REFUSALS.noTopics,
} as const;
