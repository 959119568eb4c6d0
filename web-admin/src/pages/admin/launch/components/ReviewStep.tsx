import { Descriptions, Space, Tag } from 'antd';
import type { LaunchOptionsQuery } from '../../../../gql/graphql';
import { formatDateTime, fromShanghaiInput } from '../../../../format';
import { useLocale } from '../../../../locales';
import type { LaunchFormValues } from '../form';
import { durationWords } from '../ladder';
import { byGradeSummary, gradeRatiosOf } from '../sampling';

export function ReviewStep({ values, options }: { values: LaunchFormValues; options: LaunchOptionsQuery | undefined }) {
  const { t, locale } = useLocale();
  const when = (input: string) => formatDateTime(fromShanghaiInput(input), locale);
  const words = (iso: string) => {
    const w = durationWords(iso);
    return w ? t(w.key, { n: w.n }) : iso;
  };
  const townships = (options?.orgUnits ?? []).filter((u) => values.townshipIds.includes(u.id)).map((u) => u.name);
  const template = options?.checklistTemplates.find((tpl) => tpl.id === values.checklistTemplateId);
  const byGrade = values.sampleMode === 'BY_GRADE' ? gradeRatiosOf(values.gradePercents) : null;
  return (
    <Descriptions bordered column={{ xs: 1, md: 2 }} size="small" data-testid="launch-review">
      <Descriptions.Item label={t('launch.field.name')} span={2}>
        {values.name}
      </Descriptions.Item>
      <Descriptions.Item label={t('launch.field.kind')}>{t(`enum.campaignKind.${values.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('launch.review.window')}>
        {values.startsAt ? when(values.startsAt) : t('launch.review.now')} – {when(values.endsAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t('launch.field.industries')} span={2}>
        {values.industries.length === 0 ? (
          t('launch.scope.allIndustries')
        ) : (
          <Space wrap>
            {values.industries.map((i) => (
              <Tag key={i}>{t(`enum.industry.${i}`)}</Tag>
            ))}
          </Space>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('launch.field.townships')} span={2}>
        {townships.length === 0 ? t('launch.field.allTownships') : townships.join('、')}
      </Descriptions.Item>
      <Descriptions.Item label={t('launch.field.topics')} span={2}>
        <Space wrap>
          {values.topics.map((topic) => (
            <Tag key={topic}>{t(`enum.supervisionTopic.${topic}`)}</Tag>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('launch.field.sample')} span={byGrade ? 2 : 1}>
        <span data-testid="review-sample">{byGrade ? byGradeSummary(t, byGrade) : `${values.samplePercent}%`}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('launch.field.template')}>
        {template?.name ?? t('launch.field.noTemplate')}
      </Descriptions.Item>
      <Descriptions.Item label={t('launch.field.taskDueAt')}>{when(values.taskDueAt)}</Descriptions.Item>
      <Descriptions.Item label={t('launch.field.selfCheck')}>
        {values.selfCheckOn
          ? t('launch.review.selfCheck', { at: when(values.selfCheckDueAt) })
          : t('launch.review.noSelfCheck')}
      </Descriptions.Item>
      <Descriptions.Item label={t('launch.field.reportEvery')}>{words(values.reportEvery)}</Descriptions.Item>
      <Descriptions.Item label={t('ladder.title')} span={2}>
        <Space orientation="vertical" size={2}>
          <span>
            {values.remindOn
              ? t('launch.review.remind', { d: words(values.remindBefore) })
              : t('launch.review.noRemind')}
          </span>
          {values.steps.length === 0 ? (
            <span>{t('ladder.noSteps')}</span>
          ) : (
            values.steps.map((s, i) => (
              <span key={`${s.after}-${s.level}-${i}`}>
                {t('launch.review.step', { n: i + 1, d: words(s.after), level: t(`enum.escalationLevel.${s.level}`) })}
              </span>
            ))
          )}
        </Space>
      </Descriptions.Item>
    </Descriptions>
  );
}
