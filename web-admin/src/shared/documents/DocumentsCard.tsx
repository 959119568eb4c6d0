// 执法文书 of an inspection or a hazard: each document's title, 文号, date and issuer, whether it is signed for (签收)
// or corrected (更正), and its printable PDF. The issuing unit's people record a receipt on site and correct a
// document; the enterprise signs for what was served on it. The server decides; this only hides what it would refuse.
import { EditOutlined, FilePdfOutlined, SignatureOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { mayIssueDocument, maySignDocument } from '../../access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { RefreshButton } from '../../components/RefreshButton';
import { SimpleList } from '../../components/SimpleList';
import { formatDate, formatDateTime } from '../../format';
import type { DocumentFieldsFragment } from '../../gql/graphql';
import { useLocale, type MessageKey } from '../../locales';
import { useUser } from '../../session';
import { DOCUMENT_LIMITS, SERVED_KINDS } from '../../../../domain/documents';
import { useDocumentsChanged } from './changed';
import { CorrectDocumentMutation, DocumentsQuery, SignDocumentMutation } from './queries';

type Doc = DocumentFieldsFragment;

/** A document served on the enterprise, not yet signed for, and not replaced by a correction. */
const awaitsReceipt = (doc: Doc) => SERVED_KINDS.includes(doc.kind) && !doc.signedAt && !doc.correctedBy;

function DocumentStatus({ doc }: { doc: Doc }) {
  const { t, locale } = useLocale();
  if (doc.correctedBy)
    return (
      <Tag color="orange" data-testid="document-status">
        {t('document.status.corrected', { number: doc.correctedBy.number })}
      </Tag>
    );
  if (doc.signedAt)
    return (
      <Tag color="green" data-testid="document-status">
        {t('document.status.signed', { name: doc.signerName ?? '', at: formatDateTime(doc.signedAt, locale) })}
      </Tag>
    );
  if (!SERVED_KINDS.includes(doc.kind)) return null;
  return (
    <Tag color="gold" data-testid="document-status">
      {t('document.status.unsigned')}
    </Tag>
  );
}

function SignDialog({
  doc,
  onSite,
  onClose,
  onDone,
}: {
  doc: Doc | null;
  /** The issuing unit records the receipt on site (现场签收); otherwise the enterprise signs itself. */
  onSite: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ signerName: string }>();
  const sign = useMutation(SignDocumentMutation);
  const texts = onSite ? 'document.sign' : 'document.ownSign';

  const submit = async () => {
    if (!doc) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await sign.run({ id: doc.id, signerName: values.signerName.trim() });
    if (!result) return;
    message.success(t(`${texts}.done`));
    onDone();
  };

  return (
    <FormDialog
      open={doc !== null}
      texts={texts}
      mutation={sign}
      onSubmit={submit}
      onClose={onClose}
      testId="document-sign-dialog"
      submitTestId="document-sign-submit"
      intro={
        doc ? (
          <Typography.Paragraph type="secondary">
            {doc.title} · {doc.number}
            <br />
            {t(`${texts}.intro`)}
          </Typography.Paragraph>
        ) : null
      }
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={() => void submit()}>
        <Form.Item
          name="signerName"
          label={t('document.sign.signerName')}
          rules={[
            { required: true, whitespace: true, message: t('document.sign.signerNameRequired') },
            { max: DOCUMENT_LIMITS.signerName.max, message: t('document.sign.signerNameTooLong') },
          ]}
        >
          <Input maxLength={DOCUMENT_LIMITS.signerName.max} autoComplete="name" data-testid="document-signer-name" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

interface CorrectValues {
  reason: string;
  items: string[];
}

function CorrectDialog({ doc, onClose, onDone }: { doc: Doc | null; onClose: () => void; onDone: () => void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<CorrectValues>();
  const correct = useMutation(CorrectDocumentMutation);
  const [key, setKey] = useState(newIdempotencyKey);

  const submit = async () => {
    if (!doc) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    // Only the items whose text changed are sent: the rest of the document is carried over as issued.
    const items = (values.items ?? [])
      .map((text, i) => ({ index: i + 1, text: text.trim() }))
      .filter((item) => item.text !== doc.items[item.index - 1]?.text);
    if (items.length === 0) {
      message.error(t('document.correct.nothingChanged'));
      return;
    }
    const result = await correct.run({
      input: { documentId: doc.id, reason: values.reason.trim(), items, idempotencyKey: key },
    });
    if (!result) return;
    setKey(newIdempotencyKey());
    message.success(t('document.correct.done', { number: result.correctDocument.number }));
    onDone();
  };

  return (
    <FormDialog
      open={doc !== null}
      texts="document.correct"
      mutation={correct}
      onSubmit={submit}
      onClose={onClose}
      testId="document-correct-dialog"
      submitTestId="document-correct-submit"
      width={640}
      intro={
        doc ? (
          <Typography.Paragraph type="secondary">
            {doc.title} · {doc.number}
            <br />
            {t('document.correct.intro')}
          </Typography.Paragraph>
        ) : null
      }
    >
      {doc ? (
        <Form<CorrectValues>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ reason: '', items: doc.items.map((item) => item.text) }}
        >
          <Form.Item
            name="reason"
            label={t('document.correct.reason')}
            rules={[
              { required: true, whitespace: true, message: t('document.correct.reasonRequired') },
              { max: DOCUMENT_LIMITS.reason.max, message: t('document.correct.reasonTooLong') },
            ]}
          >
            <Input.TextArea
              rows={2}
              maxLength={DOCUMENT_LIMITS.reason.max}
              showCount
              data-testid="document-correct-reason"
            />
          </Form.Item>
          {doc.items.map((item, i) => (
            <Form.Item
              key={i}
              name={['items', i]}
              label={t('document.correct.item', { n: i + 1 })}
              extra={
                [item.basis ? t('document.correct.basis', { basis: item.basis }) : null, item.deadline]
                  .filter(Boolean)
                  .join(' · ') || undefined
              }
              rules={[
                { required: true, whitespace: true, message: t('document.correct.itemRequired') },
                { max: DOCUMENT_LIMITS.itemText.max, message: t('document.correct.itemTooLong') },
              ]}
            >
              <Input.TextArea rows={2} maxLength={DOCUMENT_LIMITS.itemText.max} data-testid="document-correct-item" />
            </Form.Item>
          ))}
        </Form>
      ) : null}
    </FormDialog>
  );
}

/**
 * The documents of `subjectId` (an Inspection or a Hazard). `mayIssue`: the page lets the viewer act for the issuing
 * unit (not a leader's read-only drill-down); each document's own issuer decides further. As a `section` (inside a
 * record that has its own layout) it shows nothing while the subject has no documents.
 */
export function DocumentsCard({
  subjectId,
  mayIssue,
  variant = 'card',
  title = 'document.list.title',
}: {
  subjectId: string;
  mayIssue: boolean;
  variant?: 'card' | 'section';
  title?: MessageKey;
}) {
  const { t, locale } = useLocale();
  const user = useUser();
  const { data, loading, error, refetch } = useQuery(DocumentsQuery, { subjectId });
  useDocumentsChanged(subjectId, refetch);
  const [signing, setSigning] = useState<{ doc: Doc; onSite: boolean } | null>(null);
  const [correcting, setCorrecting] = useState<Doc | null>(null);
  const documents = data?.documents ?? [];
  const done = () => {
    setSigning(null);
    setCorrecting(null);
    void refetch();
  };

  const render = (doc: Doc) => {
    const issuer = mayIssue && mayIssueDocument(user, doc.issuer.id);
    const enterprise = maySignDocument(user, doc.enterprise.id);
    return (
      <Space orientation="vertical" size={4} style={{ width: '100%' }} data-kind={doc.kind}>
        <Space wrap size={[8, 4]}>
          <Typography.Text strong data-testid="document-title">
            {doc.title}
          </Typography.Text>
          <DocumentStatus doc={doc} />
          {doc.corrects ? <Tag color="blue">{t('document.corrects', { number: doc.corrects.number })}</Tag> : null}
        </Space>
        <Typography.Text>
          <Typography.Text type="secondary">{t('document.field.number')}：</Typography.Text>
          <span data-testid="document-number">{doc.number}</span>
        </Typography.Text>
        <Space wrap size={[12, 0]}>
          <Typography.Text type="secondary">
            {t('document.field.issuer')}：{doc.issuer.name}
            {doc.issuedByName ? `（${doc.issuedByName}）` : ''}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('document.field.issuedAt')}：{formatDate(doc.issuedAt, locale)}
          </Typography.Text>
        </Space>
        {doc.correctedBy ? <Typography.Text type="warning">{t('document.superseded')}</Typography.Text> : null}
        <Space wrap size={[8, 8]}>
          <Button
            href={doc.pdfUrl}
            target="_blank"
            rel="noopener"
            icon={<FilePdfOutlined />}
            data-testid="document-pdf"
          >
            {t('document.pdf')}
          </Button>
          {awaitsReceipt(doc) && (enterprise || issuer) ? (
            <Button
              type="primary"
              icon={<SignatureOutlined />}
              onClick={() => setSigning({ doc, onSite: !enterprise })}
              data-testid="document-sign-open"
            >
              {t(enterprise ? 'document.ownSign.action' : 'document.sign.action')}
            </Button>
          ) : null}
          {issuer && !doc.correctedBy ? (
            <Button icon={<EditOutlined />} onClick={() => setCorrecting(doc)} data-testid="document-correct-open">
              {t('document.correct.action')}
            </Button>
          ) : null}
        </Space>
      </Space>
    );
  };

  const body = (
    <>
      <ErrorAlert error={error} title={t('error.loadFailed')} onRetry={() => void refetch()} />
      {loading && !data ? <Spin size="small" /> : null}
      {data ? (
        <SimpleList
          items={documents}
          rowKey={(doc) => doc.id}
          render={render}
          empty={<Typography.Text type="secondary">{t('document.list.empty')}</Typography.Text>}
          itemTestId="document-row"
        />
      ) : null}
      <SignDialog
        doc={signing?.doc ?? null}
        onSite={signing?.onSite ?? true}
        onClose={() => setSigning(null)}
        onDone={done}
      />
      <CorrectDialog doc={correcting} onClose={() => setCorrecting(null)} onDone={done} />
    </>
  );

  if (variant === 'section') {
    if (!error && documents.length === 0) return null;
    return (
      <section data-testid="documents-card">
        <Typography.Title level={5}>{t(title)}</Typography.Title>
        {body}
      </section>
    );
  }
  return (
    <Card
      size="small"
      title={t(title)}
      extra={<RefreshButton onRefresh={refetch} iconOnly testId="documents-refresh" />}
      data-testid="documents-card"
    >
      {body}
    </Card>
  );
}
