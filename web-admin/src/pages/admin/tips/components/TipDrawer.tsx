// A tip in full for the county office: what the tipster wrote, the register's match, the contact, every stage's date.
import { Descriptions, Drawer, Space } from 'antd';
import type { TipFieldsFragment } from '../../../../gql/graphql';
import { formatDateTime, formatYuan } from '../../../../format';
import { useLocale, type MessageKey } from '../../../../locales';
import { PhotoGallery } from '../../../../shared/photos/PhotoGallery';
import { StageTag } from './StageTag';

const MATCH_LABELS: Record<string, MessageKey> = {
  USCC: 'tips.match.USCC',
  NAME: 'tips.match.NAME',
  NAME_PART: 'tips.match.NAME_PART',
};

export function TipDrawer({ tip, onClose }: { tip: TipFieldsFragment | null; onClose: () => void }) {
  const { t, locale } = useLocale();
  const at = (iso: string | null | undefined) => (iso ? formatDateTime(iso, locale) : '—');
  return (
    <Drawer open={tip !== null} onClose={onClose} title={t('tips.detail.title')} size="large" destroyOnHidden>
      {tip ? (
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('tips.field.stage')}>
              <StageTag stage={tip.stage} />
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.field.description')}>{tip.description}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.location')}>{tip.location}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.enterpriseText')}>{tip.enterpriseText ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.matched')}>
              {tip.matchedEnterprise
                ? `${tip.matchedEnterprise.name}（${t(MATCH_LABELS[tip.matchMethod ?? 'NAME'] ?? 'tips.match.NAME')}）`
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.field.contact')}>
              <span data-testid="tip-contact">
                {tip.contact ? [tip.contact.name, tip.contact.phone].filter(Boolean).join(' ') : t('tips.anonymous')}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.field.receivedAt')}>{at(tip.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.triageDueAt')}>{at(tip.triageDueAt)}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.triagedAt')}>{at(tip.triagedAt)}</Descriptions.Item>
            {tip.notAcceptedReason ? (
              <Descriptions.Item label={t('tips.triage.reason')}>{tip.notAcceptedReason}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('tips.field.enterprise')}>{tip.enterprise?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.assignee')}>{tip.assignee?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.verifyDueAt')}>{at(tip.verifyDueAt)}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.verifiedAt')}>
              {tip.verifiedAt ? `${at(tip.verifiedAt)} · ${t('tips.hazards', { n: tip.hazardCount ?? 0 })}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.field.reward')}>
              {tip.rewardAmount != null ? formatYuan(tip.rewardAmount, locale) : '—'}
              {tip.rewardReason ? ` · ${tip.rewardReason}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.field.paidAt')}>{at(tip.paidAt)}</Descriptions.Item>
          </Descriptions>
          <PhotoGallery photos={tip.photos} />
        </Space>
      ) : null}
    </Drawer>
  );
}
