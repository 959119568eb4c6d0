// 到岗确认: the posts the signed-in person is asked to take now (their 包保 links in active responses), each with a
// big button to say they are at post — made for a phone. It shows nothing when nothing is asked of the viewer; on
// the 应急响应 pages it lists every post of the running responses, and on top of the page a township's people and a
// leader land on after login (their tasks, the leader's overview) it comes while a post awaits acknowledgement.
import { CheckCircleFilled, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { newIdempotencyKey } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';
import type { MyDutyPostsQuery as PostsResult } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { AcknowledgePostMutation, MyDutyPostsQuery } from './queries';
import { responseName, ResponseLevelTag } from './words';

type Post = PostsResult['myDutyPosts'][number];

/** New posts come with a response's activation or level change: the card asks again each minute. */
const POSTS_POLL_MS = 60_000;

function PostItem({ post, onAcknowledged }: { post: Post; onAcknowledged: () => void }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const acknowledge = useMutation(AcknowledgePostMutation);
  const [key] = useState(newIdempotencyKey);
  const overdue = !post.acknowledgedAt && Date.parse(post.dueAt) < Date.now();

  const submit = async () => {
    const result = await acknowledge.run({
      assignmentId: post.assignmentId,
      responseId: post.response.id,
      idempotencyKey: key,
    });
    if (!result) return;
    message.success(t('response.post.done'));
    onAcknowledged();
  };

  return (
    <div className="duty-post" data-testid="duty-post">
      <Space wrap size={[8, 4]}>
        <Typography.Text strong>{responseName(t, post.response)}</Typography.Text>
        <ResponseLevelTag level={post.response.level} />
      </Space>
      <div style={{ marginTop: 4 }}>
        {t('response.post.target')}
        <Typography.Text strong data-testid="duty-post-target">
          {post.targetName}
        </Typography.Text>
      </div>
      {post.response.instructions ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
          {post.response.instructions}
        </Typography.Paragraph>
      ) : null}
      {post.acknowledgedAt ? (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleFilled />}
          style={{ marginTop: 8 }}
          title={
            <span data-testid="duty-acked">
              {t('response.post.acknowledgedAt', { at: formatDateTime(post.acknowledgedAt, locale) })}
            </span>
          }
        />
      ) : (
        <>
          <Typography.Paragraph
            type={overdue ? 'danger' : undefined}
            strong={overdue}
            style={{ margin: '4px 0 8px' }}
            data-testid="duty-post-due"
          >
            {t(overdue ? 'response.post.overdue' : 'response.post.due', { at: formatDateTime(post.dueAt, locale) })}
          </Typography.Paragraph>
          <ErrorAlert error={acknowledge.error} />
          <Button
            type="primary"
            size="large"
            block
            icon={<CheckCircleOutlined />}
            loading={acknowledge.loading}
            onClick={() => void submit()}
            className="duty-ack-button"
            data-testid="duty-ack"
          >
            {t('response.post.acknowledge')}
          </Button>
        </>
      )}
    </div>
  );
}

export function DutyPostsCard({ whenOpen = false }: { whenOpen?: boolean }) {
  const { t } = useLocale();
  const { data, refetch } = useQuery(MyDutyPostsQuery, {}, { pollMs: POSTS_POLL_MS });
  const posts = data?.myDutyPosts ?? [];
  const open = posts.filter((p) => !p.acknowledgedAt).length;
  // On a page landed on after login (`whenOpen`) the card comes only when a post awaits, then stays with its time.
  const [awaited, setAwaited] = useState(false);
  useEffect(() => {
    if (open > 0) setAwaited(true);
  }, [open]);
  if (posts.length === 0 || (whenOpen && !awaited && open === 0)) return null;
  return (
    <Card
      size="small"
      className={open > 0 ? 'duty-posts duty-posts-open' : 'duty-posts'}
      style={{ marginBottom: 16 }}
      title={t('response.post.title')}
      extra={
        open > 0 ? (
          <Typography.Text type="danger" data-testid="duty-posts-open">
            {t('response.post.openCount', { n: open })}
          </Typography.Text>
        ) : null
      }
      data-testid="duty-posts"
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {posts.map((post) => (
          <PostItem key={post.id} post={post} onAcknowledged={() => void refetch()} />
        ))}
      </Space>
    </Card>
  );
}
