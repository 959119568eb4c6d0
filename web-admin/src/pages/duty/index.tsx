// 到岗到位确认, the public page at /duty/<token>: a 包保 person without an account opens the link of their text
// message on a phone, without login, reads what is asked of them (township, what they answer for, the response and
// its level, what to do, by when) and says they are at post with one button; once done, the page shows when. A link
// of an earlier level (the chain is told again with new links at a level change) or a wrong one is explained.
import { CheckCircleOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { newIdempotencyKey, request } from '../../api/client';
import { asApiError, type ApiError } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LangSwitch } from '../../components/LangSwitch';
import { formatDateTime } from '../../format';
import type { DutyPostByTokenQuery as PostResult } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { responseName } from '../../shared/emergency/words';
import { AcknowledgePostByTokenMutation, DutyPostByTokenQuery } from './queries';

type Post = NonNullable<PostResult['dutyPostByToken']>;

function PostView({ post, token, onAcknowledged }: { post: Post; token: string; onAcknowledged: () => void }) {
  const { t, locale } = useLocale();
  const [key] = useState(newIdempotencyKey);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const overdue = !post.acknowledgedAt && Date.parse(post.dueAt) < Date.now();

  const acknowledge = async () => {
    setSending(true);
    setError(undefined);
    try {
      await request(AcknowledgePostByTokenMutation, { assignmentId: post.assignmentId, token, idempotencyKey: key });
      onAcknowledged();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSending(false);
    }
  };

  return (
    <div data-testid="duty-post">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {responseName(t, post)}
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'person', label: t('dutyPage.person'), children: post.personName },
          { key: 'township', label: t('dutyPage.township'), children: post.townshipName },
          {
            key: 'target',
            label: t('dutyPage.target'),
            children: <span data-testid="duty-post-target">{post.targetName}</span>,
          },
          {
            key: 'due',
            label: t('dutyPage.due'),
            children: (
              <Typography.Text type={overdue ? 'danger' : undefined} strong data-testid="duty-post-due">
                {formatDateTime(post.dueAt, locale)}
                {overdue ? ` · ${t('dutyPage.overdue')}` : ''}
              </Typography.Text>
            ),
          },
          ...(post.instructions
            ? [
                {
                  key: 'instructions',
                  label: t('dutyPage.instructions'),
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{post.instructions}</span>,
                },
              ]
            : []),
        ]}
      />
      {post.acknowledgedAt ? (
        <Result
          status="success"
          style={{ padding: '16px 0' }}
          title={t('dutyPage.acknowledged')}
          subTitle={
            <span data-testid="duty-acknowledged-at">
              {t('dutyPage.acknowledgedAt', { at: formatDateTime(post.acknowledgedAt, locale) })}
            </span>
          }
          data-testid="duty-acknowledged"
        />
      ) : !post.active ? (
        <Alert type="info" showIcon title={t('dutyPage.ended')} data-testid="duty-ended" />
      ) : (
        <>
          <ErrorAlert error={error} />
          <Button
            type="primary"
            size="large"
            block
            icon={<CheckCircleOutlined />}
            loading={sending}
            onClick={() => void acknowledge()}
            className="duty-ack-button"
            data-testid="duty-ack"
          >
            {t('response.post.acknowledge')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('dutyPage.ackHint')}
          </Typography.Paragraph>
        </>
      )}
    </div>
  );
}

export function DutyPage() {
  const { t } = useLocale();
  const { token = '' } = useParams();
  // undefined while asking; null when the link is unknown or superseded.
  const [post, setPost] = useState<Post | null | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  const load = useCallback(async () => {
    setError(undefined);
    try {
      setPost((await request(DutyPostByTokenQuery, { token })).dutyPostByToken ?? null);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, [token]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="tip-page" data-testid="duty-page">
      <div className="tip-brand">
        <SafetyOutlined style={{ fontSize: 36 }} aria-hidden />
        <h1>{t('dutyPage.title')}</h1>
        <p>{t('app.county')}</p>
      </div>
      <Card extra={<LangSwitch />}>
        <ErrorAlert error={error} onRetry={() => void load()} />
        {post === undefined && !error ? <Spin size="large" style={{ display: 'block', margin: 32 }} /> : null}
        {post === null ? (
          <Result
            status="warning"
            style={{ padding: '16px 0' }}
            title={t('dutyPage.invalid')}
            subTitle={t('dutyPage.invalidHint')}
            data-testid="duty-invalid"
          />
        ) : null}
        {post ? <PostView post={post} token={token} onAcknowledged={() => void load()} /> : null}
      </Card>
      <Typography.Paragraph className="tip-footer">{t('dutyPage.footer')}</Typography.Paragraph>
    </main>
  );
}
