// 企业名录的维护: editing a registration and its lifecycle (停产、注销、复产), in the county office's words.
import { ENTERPRISE_REFUSALS } from '../../../../domain/enterprise-rules';

export const register = {
  'enum.enterpriseStatus.OPERATING': '在营',
  'enum.enterpriseStatus.SUSPENDED': '停产',
  'enum.enterpriseStatus.CLOSED': '注销',
  'audit.action.updateEnterprise': '修改企业信息',
  'audit.action.deactivateEnterprise': '企业停产或注销',
  'audit.action.resumeEnterprise': '企业复产',
  'register.field.status': '状态',
  'register.field.contactPerson': '联系人',
  'register.field.contactPhone': '联系电话',
  'register.edit.action': '修改',
  'register.edit.title': '修改企业信息',
  'register.edit.submit': '保存',
  'register.edit.done': '{name} 的信息已保存',
  'register.edit.moveNotice':
    '修改行业类别或属地乡镇后，新的检查任务将派给新的监管部门和乡镇；已派发的任务和未闭环的隐患仍由原单位办结。',
  'register.edit.nameRule': ENTERPRISE_REFUSALS.nameLength,
  'register.edit.phoneRule': '请填写手机号或带区号的座机号',
  'register.deactivate.action': '停产/注销',
  'register.deactivate.title': '企业停产或注销',
  'register.deactivate.submit': '确认',
  'register.deactivate.intro':
    '停产、注销的企业不再纳入新的专项行动，也不再派发新的检查任务；已派发的任务和未闭环的隐患不受影响，仍须整改闭环。注销后该企业的账号同时停用，且不能恢复。',
  'register.deactivate.kind': '变更为',
  'register.deactivate.at': '停产/注销日期',
  'register.deactivate.reason': '原因',
  'register.deactivate.reasonRule': ENTERPRISE_REFUSALS.reasonRequired,
  'register.deactivate.done': '{name} 已{status}',
  'register.resume.action': '复产',
  'register.resume.confirm': '确认 {name} 已恢复生产？复产后该企业将纳入新的专项行动。',
  'register.resume.done': '{name} 已复产',
  'register.since': '{status}于 {at}：{reason}',
} as const;
