// 按风险分级抽查: the launch wizard's choice of one ratio or a ratio per grade, its preview, and how a campaign shows it.
import { GRADE_SAMPLING_REFUSALS } from '../../../../domain/sampling';

export const sampling = {
  'launch.sample.mode': '抽查方式',
  'launch.sample.uniform': '统一比例',
  'launch.sample.byGrade': '按风险等级',
  'launch.sample.byGradeHint':
    '按企业风险分级分别设置抽查比例：0% 表示不抽该等级，100% 表示全部检查；黑名单企业全部检查',
  'launch.sample.gradeRatio': '{grade}级企业抽查比例',
  'launch.sample.previewTitle': '抽取预览',
  'launch.sample.previewGrade': '{grade}：在范围内 {inScope} 家，抽取 {drawn} 家',
  'launch.sample.previewBlack': '黑名单企业 {n} 家，全部检查',
  'launch.sample.previewTotal': '合计抽取 {n} 家',
  'launch.sample.summary': '按风险等级抽查：{ratios}，黑名单全部检查',
  'launch.sample.summaryPart': '{grade}{percent}%',
  'launch.scope.sampledByGrade': '按风险等级抽取',
  'launch.problem.gradeRatio': '各等级的抽查比例应为0%至100%',
  'launch.problem.gradeNone': GRADE_SAMPLING_REFUSALS.none,
} as const;
