// Sampling by risk grade: one ratio or a ratio per grade in the launch wizard, its preview, and the campaign's record.
import type { sampling as zh } from '../zh-CN/sampling';

export const sampling: Record<keyof typeof zh, string> = {
  'launch.sample.mode': 'Sampling',
  'launch.sample.uniform': 'One ratio',
  'launch.sample.byGrade': 'By risk grade',
  'launch.sample.byGradeHint':
    'A ratio per risk grade: 0% draws none of that grade, 100% inspects all of it; black-listed enterprises are always inspected',
  'launch.sample.gradeRatio': 'Sampling ratio of grade {grade}',
  'launch.sample.previewTitle': 'What the draw takes',
  'launch.sample.previewGrade': '{grade}: {inScope} in scope, {drawn} drawn',
  'launch.sample.previewBlack': '{n} black-listed, all inspected',
  'launch.sample.previewTotal': '{n} drawn in all',
  'launch.sample.summary': 'By risk grade: {ratios}; black-listed all inspected',
  'launch.sample.summaryPart': '{grade} {percent}%',
  'launch.scope.sampledByGrade': 'Drawn by risk grade',
  'launch.problem.gradeRatio': 'Each grade’s sampling ratio must be 0% to 100%',
  'launch.problem.gradeNone': 'Set a sampling ratio above 0 for at least one grade',
};
