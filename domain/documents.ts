// 执法文书: the legal documents of supervision joined to enforcement (监管和执法相结合) — what each is called, how it is
// numbered, and its text in the office's wording, composed from the facts once at issue and then never again. Pure.
import { SHANGHAI_OFFSET_MS, shanghaiMonthOf } from './calendar';
import type { HazardLevel } from './types';

export const DOCUMENT_KINDS = [
  'INSPECTION_RECORD',
  'RECTIFICATION_ORDER',
  'REINSPECTION_OPINION',
  'LISTING_NOTICE',
  'SUSPENSION_ORDER',
  'LISTING_REMOVAL',
  'CASE_FILING',
  'PENALTY_NOTICE',
  'PENALTY_DECISION',
  'CASE_CLOSING',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Each kind's title as printed, and its 文书代字 in the number (〔年〕号 per issuing department, kind and year). */
export const DOCUMENT_KIND_INFO: Record<DocumentKind, { title: string; code: string }> = {
  INSPECTION_RECORD: { title: '现场检查记录', code: '检记' },
  RECTIFICATION_ORDER: { title: '责令限期整改指令书', code: '责改' },
  REINSPECTION_OPINION: { title: '整改复查意见书', code: '复查' },
  LISTING_NOTICE: { title: '重大事故隐患挂牌督办通知书', code: '督办' },
  SUSPENSION_ORDER: { title: '现场处理措施决定书', code: '现决' },
  LISTING_REMOVAL: { title: '重大事故隐患挂牌督办核销通知书', code: '核销' },
  CASE_FILING: { title: '立案审批表', code: '立' },
  PENALTY_NOTICE: { title: '行政处罚告知书', code: '罚告' },
  PENALTY_DECISION: { title: '行政处罚决定书', code: '罚' },
  CASE_CLOSING: { title: '结案审批表', code: '结' },
};

export const DOCUMENT_LIMITS = {
  signerName: { max: 50 },
  reason: { max: 500 },
  notes: { max: 4000 },
  itemText: { max: 1000 },
} as const;

export const DOCUMENT_REFUSALS = {
  signerNameRequired: '请填写签收人姓名',
  signerNameTooLong: `签收人姓名不能超过${DOCUMENT_LIMITS.signerName.max}个字`,
  alreadySigned: '该文书已签收，签收记录不能更改',
  superseded: '该文书已被更正，请对更正后的文书操作',
  notSignable: '只有送达企业的文书需要签收（现场检查记录、指令书、意见书、决定书等）',
  signerNotEnterprise: '只有被检查企业本身，或制发文书的单位现场代为登记，可以签收该文书',
  correctionReasonRequired: '更正文书须写明更正理由',
  correctionReasonTooLong: `更正理由不能超过${DOCUMENT_LIMITS.reason.max}个字`,
  correctionNothingChanged: '更正内容与原文书相同，无需更正',
  correctionItemUnknown: (index: number) => `原文书没有第${index}项，请核对更正的事项序号`,
  correctionTextTooLong: `更正后的文字不能超过${DOCUMENT_LIMITS.itemText.max}个字`,
  correctionNotesTooLong: `更正后的检查情况不能超过${DOCUMENT_LIMITS.notes.max}个字`,
  notCorrectable: '只有制发文书的单位可以更正文书',
  fontMissing: '服务器缺少中文字体（fonts-noto-cjk），无法生成 PDF 文书，请联系系统管理员安装',
} as const;

/** The kinds served on the enterprise (送达) and signed for by it (签收); the internal approval forms are not. */
export const SERVED_KINDS: readonly DocumentKind[] = [
  'INSPECTION_RECORD',
  'RECTIFICATION_ORDER',
  'REINSPECTION_OPINION',
  'LISTING_NOTICE',
  'SUSPENSION_ORDER',
  'LISTING_REMOVAL',
  'PENALTY_NOTICE',
  'PENALTY_DECISION',
];

/** 文号: e.g. 县应急管理局责改〔2026〕12号. */
export function documentNumber(issuerName: string, kind: DocumentKind, year: number, sequence: number): string {
  return `${issuerName}${DOCUMENT_KIND_INFO[kind].code}〔${year}〕${sequence}号`;
}

/** The numbering year of a document: the Shanghai calendar year it is issued in. */
export const documentYear = (issuedAt: Date): number => shanghaiMonthOf(issuedAt).year;

/** What a document says, laid out as the official form lays it out; the PDF prints exactly this. */
export interface DocumentBody {
  title: string;
  number: string;
  /** 主送: the enterprise, followed by "：" when printed. */
  addressee: string | null;
  /** Lines of facts above the text (检查时间、检查场所…), as label and value. */
  facts: { label: string; value: string }[];
  paragraphs: string[];
  /** The enumerated items: problems found, each with its legal basis and deadline where it has them. */
  items: { text: string; basis: string | null; deadline: string | null }[];
  /** After the items: what the law requires next, the rights to appeal. */
  closing: string[];
  issuer: string;
  /** 成文日期, e.g. 2026年12月7日. */
  date: string;
  /** The signature lines at the foot (检查人员、被检查单位负责人、签收人…). */
  signatures: string[];
  /** A correction names the document it corrects and why. */
  correction: { of: string; reason: string } | null;
}

export interface DocumentEnterprise {
  id: number;
  name: string;
  uscc: string;
  address: string | null;
  legalRepresentative: string | null;
}

export interface DocumentFinding {
  hazardId: number;
  description: string;
  location: string | null;
  level: HazardLevel;
  /** The checklist item's 依据, when the finding came from one. */
  basis: string | null;
  rectifyBy: string;
}

export interface InspectionFacts {
  inspectionId: number;
  issuer: { id: number; name: string };
  enterprise: DocumentEnterprise;
  inspectedAt: string;
  inspectorCount: number;
  inspectors: string[];
  findings: DocumentFinding[];
  notes: string | null;
}

/** The legal basis of an inspection and of an order to rectify: 安全生产法 (2021) 第六十五条第一款. */
export const INSPECTION_POWERS_BASIS = '《中华人民共和国安全生产法》第六十五条第一款';
/** A county department's order is appealed to the county government (行政复议法 2023: 60 days; 行政诉讼法: 6 months). */
const APPEAL_RIGHTS =
  '如果不服本指令，可以依法在60日内向县人民政府申请行政复议，或者在6个月内依法向人民法院提起行政诉讼，但本指令不停止执行，法律另有规定的除外。';
const LEVEL_NAMES: Record<HazardLevel, string> = { GENERAL: '一般事故隐患', MAJOR: '重大事故隐患' };

/** 2026年12月7日 (Shanghai). */
export function chineseDate(at: Date | string): string {
  const wall = new Date(new Date(at).getTime() + SHANGHAI_OFFSET_MS);
  return `${wall.getUTCFullYear()}年${wall.getUTCMonth() + 1}月${wall.getUTCDate()}日`;
}

/** 2026年12月7日 9时30分 (Shanghai). */
export function chineseDateTime(at: Date | string): string {
  const wall = new Date(new Date(at).getTime() + SHANGHAI_OFFSET_MS);
  return `${chineseDate(at)} ${wall.getUTCHours()}时${String(wall.getUTCMinutes()).padStart(2, '0')}分`;
}

const findingText = (f: DocumentFinding) =>
  `${f.location ? `${f.location}：` : ''}${f.description}（${LEVEL_NAMES[f.level]}）`;

/** 现场检查记录: when and where, who inspected, and what was found, signed by both sides. */
export function inspectionRecordBody(facts: InspectionFacts, number: string, issuedAt: Date): DocumentBody {
  const e = facts.enterprise;
  return {
    title: DOCUMENT_KIND_INFO.INSPECTION_RECORD.title,
    number,
    addressee: null,
    facts: [
      { label: '被检查单位', value: e.name },
      { label: '统一社会信用代码', value: e.uscc },
      { label: '地址', value: e.address ?? '' },
      { label: '法定代表人（负责人）', value: e.legalRepresentative ?? '' },
      { label: '检查场所', value: e.address ?? e.name },
      { label: '检查时间', value: chineseDateTime(facts.inspectedAt) },
      {
        label: '检查人员',
        value: `${facts.inspectors.length > 0 ? facts.inspectors.join('、') : facts.issuer.name}（共${facts.inspectorCount}人）`,
      },
    ],
    paragraphs: [
      `我们是${facts.issuer.name}执法人员，依据${INSPECTION_POWERS_BASIS}，对你单位进行现场检查。`,
      facts.findings.length > 0
        ? `检查情况：${facts.notes ? `${facts.notes}。` : ''}经检查，发现下列问题：`
        : `检查情况：${facts.notes ?? '未发现问题'}。`,
    ],
    items: facts.findings.map((f) => ({ text: findingText(f), basis: f.basis, deadline: null })),
    closing: ['（以下空白）'],
    issuer: facts.issuer.name,
    date: chineseDate(issuedAt),
    signatures: ['检查人员（签名）：', '被检查单位现场负责人（签名）：'],
    correction: null,
  };
}

/** 责令限期整改指令书: each problem with its basis and the date it must be rectified by; 复查 follows. */
export function rectificationOrderBody(facts: InspectionFacts, number: string, issuedAt: Date): DocumentBody {
  return {
    title: DOCUMENT_KIND_INFO.RECTIFICATION_ORDER.title,
    number,
    addressee: facts.enterprise.name,
    facts: [],
    paragraphs: [`经查，你单位存在下列问题（${chineseDateTime(facts.inspectedAt)}现场检查）：`],
    items: facts.findings.map((f) => ({
      text: findingText(f),
      basis: f.basis,
      deadline: `${chineseDate(f.rectifyBy)}前整改完毕`,
    })),
    closing: [
      `依据${INSPECTION_POWERS_BASIS}第（三）项的规定，现责令你单位对上述问题于各项所列期限前整改完毕，达到有关法律法规规章和标准规定的要求。整改期间，应当采取措施，确保安全；重大事故隐患排除前或者排除过程中无法保证安全的，应当从危险区域内撤出作业人员。`,
      '整改完毕后，请将整改情况报我单位，并可以提出复查申请；我单位将自整改期限届满或者收到复查申请之日起依法进行复查。',
      APPEAL_RIGHTS,
    ],
    issuer: facts.issuer.name,
    date: chineseDate(issuedAt),
    signatures: ['执法人员（签名）：', '被检查单位签收人（签名）：', '签收日期：'],
    correction: null,
  };
}

export interface ReinspectionFacts {
  hazardId: number;
  issuer: { id: number; name: string };
  enterprise: DocumentEnterprise;
  /** The order the hazard was under, by its number. */
  orderNumber: string;
  finding: Omit<DocumentFinding, 'hazardId' | 'rectifyBy'>;
  reportedAt: string | null;
  requestedAt: string | null;
  passed: boolean;
  comment: string | null;
  newRectifyBy: string | null;
  reinspectedAt: string;
}

/** 整改复查意见书: what was re-inspected under which order, and the opinion — rectified, or rectify again by a date. */
export function reinspectionOpinionBody(facts: ReinspectionFacts, number: string, issuedAt: Date): DocumentBody {
  const applied = facts.requestedAt
    ? `你单位于${chineseDate(facts.requestedAt)}提出复查申请，`
    : facts.reportedAt
      ? `你单位于${chineseDate(facts.reportedAt)}报告整改完毕，`
      : '';
  const opinion = facts.passed
    ? '经复查，上述问题已整改完毕，符合有关法律法规规章和标准的要求。'
    : `经复查，上述问题未整改完毕${facts.comment ? `（${facts.comment}）` : ''}，责令你单位${facts.newRectifyBy ? `于${chineseDate(facts.newRectifyBy)}前` : ''}继续整改；逾期未整改或者整改不合格的，依法予以处理。`;
  return {
    title: DOCUMENT_KIND_INFO.REINSPECTION_OPINION.title,
    number,
    addressee: facts.enterprise.name,
    facts: [],
    paragraphs: [
      `${applied}我单位于${chineseDateTime(facts.reinspectedAt)}对${facts.orderNumber}《责令限期整改指令书》所列下列问题进行了复查：`,
    ],
    items: [
      {
        text: findingText({ ...facts.finding, hazardId: facts.hazardId, rectifyBy: '' }),
        basis: facts.finding.basis,
        deadline: null,
      },
    ],
    closing: [opinion],
    issuer: facts.issuer.name,
    date: chineseDate(issuedAt),
    signatures: ['复查人员（签名）：', '被复查单位负责人（签名）：', '签收日期：'],
    correction: null,
  };
}

/** A corrected body: the new text with the correction's reference; the old document stays as it was issued. */
export function correctedBody(
  old: DocumentBody,
  change: { number: string; date: string; reason: string; notes?: string | null; items?: Map<number, string> },
): DocumentBody {
  const items = old.items.map((item, i) => ({ ...item, text: change.items?.get(i + 1) ?? item.text }));
  const paragraphs =
    change.notes === undefined || change.notes === null
      ? old.paragraphs
      : old.paragraphs.map((p) =>
          p.startsWith('检查情况：')
            ? `检查情况：${change.notes}。${items.length > 0 ? '经检查，发现下列问题：' : ''}`
            : p,
        );
  return {
    ...old,
    number: change.number,
    date: change.date,
    items,
    paragraphs,
    correction: { of: old.number, reason: change.reason },
  };
}

/** What a correction changes, checked against the old text; null when it is a real correction. */
export function correctionProblem(
  old: DocumentBody,
  change: { reason: string; notes?: string | null; items?: { index: number; text: string }[] },
): string | null {
  const reason = change.reason.trim();
  if (!reason) return DOCUMENT_REFUSALS.correctionReasonRequired;
  if (reason.length > DOCUMENT_LIMITS.reason.max) return DOCUMENT_REFUSALS.correctionReasonTooLong;
  if (change.notes && change.notes.length > DOCUMENT_LIMITS.notes.max) return DOCUMENT_REFUSALS.correctionNotesTooLong;
  let changed = false;
  for (const item of change.items ?? []) {
    const before = old.items[item.index - 1];
    if (!before) return DOCUMENT_REFUSALS.correctionItemUnknown(item.index);
    if (!item.text.trim() || item.text.length > DOCUMENT_LIMITS.itemText.max)
      return DOCUMENT_REFUSALS.correctionTextTooLong;
    if (item.text !== before.text) changed = true;
  }
  if (change.notes !== undefined && change.notes !== null) {
    const current = old.paragraphs.find((p) => p.startsWith('检查情况：'));
    if (current !== undefined && !current.startsWith(`检查情况：${change.notes}。`)) changed = true;
  }
  return changed ? null : DOCUMENT_REFUSALS.correctionNothingChanged;
}

export function signerNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return DOCUMENT_REFUSALS.signerNameRequired;
  if (trimmed.length > DOCUMENT_LIMITS.signerName.max) return DOCUMENT_REFUSALS.signerNameTooLong;
  return null;
}

/**
 * The text a document's hash is taken over: its identity and its body, with keys in a fixed order so the same
 * document always hashes the same.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface HashedDocument {
  kind: DocumentKind;
  number: string;
  issuerOrgId: number;
  enterpriseId: number;
  issuedAt: string;
  correctsId: number | null;
  body: DocumentBody;
}

export const hashedText = (d: HashedDocument): string => canonicalJson(d);

export interface CaseDocumentFacts {
  caseId: number;
  issuer: { id: number; name: string };
  enterprise: DocumentEnterprise;
  /** Where the case came from: the inspection's record or the failed 复查's opinion, by number. */
  source: string;
  violation: string;
  legalBasis: string;
  handlers: string[];
  filedAt: string;
  penaltyYuan: number | null;
  note: string | null;
}

const yuan = (amount: number) =>
  `人民币${amount.toLocaleString('zh-CN', { minimumFractionDigits: amount % 1 === 0 ? 0 : 2, maximumFractionDigits: 2 })}元`;

/** The case's documents: 立案审批表, 行政处罚告知书, 行政处罚决定书, 结案审批表. */
export function caseDocumentBody(
  kind: Extract<DocumentKind, 'CASE_FILING' | 'PENALTY_NOTICE' | 'PENALTY_DECISION' | 'CASE_CLOSING'>,
  facts: CaseDocumentFacts,
  number: string,
  issuedAt: Date,
): DocumentBody {
  const e = facts.enterprise;
  const common = {
    title: DOCUMENT_KIND_INFO[kind].title,
    number,
    issuer: facts.issuer.name,
    date: chineseDate(issuedAt),
    correction: null,
  };
  const party = [
    { label: '当事人', value: e.name },
    { label: '统一社会信用代码', value: e.uscc },
    { label: '地址', value: e.address ?? '' },
    { label: '法定代表人（负责人）', value: e.legalRepresentative ?? '' },
  ];
  const amount = facts.penaltyYuan === null ? '' : yuan(facts.penaltyYuan);
  switch (kind) {
    case 'CASE_FILING':
      return {
        ...common,
        addressee: null,
        facts: [
          { label: '案由', value: facts.violation.slice(0, 60) },
          ...party,
          { label: '案件来源', value: facts.source },
          { label: '承办人', value: facts.handlers.join('、') },
          { label: '立案日期', value: chineseDate(facts.filedAt) },
        ],
        paragraphs: [`违法事实：${facts.violation}`, `违反的法律规定：${facts.legalBasis}`],
        items: [],
        closing: ['承办人意见：建议立案调查。'],
        signatures: ['承办人（签名）：', '审批人意见及签名：'],
      };
    case 'PENALTY_NOTICE':
      return {
        ...common,
        addressee: e.name,
        facts: [],
        paragraphs: [
          `经查，你单位${facts.violation}。以上事实违反了${facts.legalBasis}的规定。`,
          `依据有关法律法规的规定，我单位拟对你单位作出罚款${amount}的行政处罚。`,
        ],
        items: [],
        closing: [
          '依据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位有权进行陈述和申辩，可以在收到本告知书之日起3个工作日内提出。',
          '依据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，对拟作出的较大数额罚款，你单位有权要求听证，应当在收到本告知书之日起5个工作日内提出。',
          '逾期不提出的，视为放弃上述权利。',
        ],
        signatures: ['执法人员（签名）：', '当事人签收（签名）：', '签收日期：'],
      };
    case 'PENALTY_DECISION':
      return {
        ...common,
        addressee: e.name,
        facts: party,
        paragraphs: [
          `经查，你单位${facts.violation}。以上事实违反了${facts.legalBasis}的规定。`,
          ...(facts.note ? [`陈述申辩、听证及法制审核情况：${facts.note}`] : []),
          `依据有关法律法规的规定，决定给予罚款${amount}的行政处罚。`,
        ],
        items: [],
        closing: [
          '罚款自收到本决定书之日起15日内缴至指定银行或者通过电子支付系统缴纳。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。',
          '如不服本决定，可以依法在60日内向县人民政府申请行政复议，或者在6个月内依法向人民法院提起行政诉讼，但本决定不停止执行，法律另有规定的除外。',
        ],
        signatures: ['当事人签收（签名）：', '签收日期：'],
      };
    case 'CASE_CLOSING':
      return {
        ...common,
        addressee: null,
        facts: [
          { label: '案由', value: facts.violation.slice(0, 60) },
          { label: '当事人', value: e.name },
          { label: '立案日期', value: chineseDate(facts.filedAt) },
          { label: '处罚决定', value: facts.penaltyYuan === null ? '' : `罚款${amount}` },
          { label: '执行情况', value: facts.note ?? '' },
          { label: '承办人', value: facts.handlers.join('、') },
        ],
        paragraphs: ['本案处罚决定已执行完毕，建议结案。'],
        items: [],
        closing: [],
        signatures: ['承办人（签名）：', '审批人意见及签名：'],
      };
  }
}

export interface ListingFacts {
  hazardId: number;
  issuer: { id: number; name: string };
  enterprise: DocumentEnterprise;
  finding: Omit<DocumentFinding, 'hazardId' | 'rectifyBy'>;
  rectifyBy: string;
  /** The responsible department (监管部门) that follows the listing. */
  regulatorName: string;
  reason: string | null;
  expertAcceptance: { experts: string[]; opinion: string } | null;
}

/** 挂牌督办通知书, 现场处理措施决定书 (暂时停产停业), 挂牌督办核销通知书. */
export function listingDocumentBody(
  kind: Extract<DocumentKind, 'LISTING_NOTICE' | 'SUSPENSION_ORDER' | 'LISTING_REMOVAL'>,
  facts: ListingFacts,
  number: string,
  issuedAt: Date,
): DocumentBody {
  const common = {
    title: DOCUMENT_KIND_INFO[kind].title,
    number,
    addressee: facts.enterprise.name,
    facts: [],
    issuer: facts.issuer.name,
    date: chineseDate(issuedAt),
    correction: null,
  };
  const item = {
    text: findingText({ ...facts.finding, hazardId: facts.hazardId, rectifyBy: '' }),
    basis: facts.finding.basis,
    deadline: kind === 'LISTING_NOTICE' ? `${chineseDate(facts.rectifyBy)}前治理完毕` : null,
  };
  switch (kind) {
    case 'LISTING_NOTICE':
      return {
        ...common,
        paragraphs: ['经排查，你单位存在下列重大事故隐患：'],
        items: [item],
        closing: [
          `依据《安全生产事故隐患排查治理暂行规定》和本县重大事故隐患挂牌督办制度，决定对上述重大事故隐患实行挂牌督办，由${facts.regulatorName}负责督促落实。`,
          '请你单位：一、由主要负责人组织制定隐患治理方案，落实治理的措施、责任、资金、时限和应急预案（五落实），并报送督办单位；二、治理期间采取有效的安全防范措施，重大事故隐患排除前或者排除过程中无法保证安全的，应当从危险区域内撤出作业人员，暂时停产停业或者停止使用相关设施、设备；三、按期完成治理，组织专家验收合格后，提出核销申请。',
          '挂牌督办的重大事故隐患将在县安委办的公开信息中公布，核销后予以注明。',
        ],
        signatures: ['签收人（签名）：', '签收日期：'],
      };
    case 'SUSPENSION_ORDER':
      return {
        ...common,
        paragraphs: ['经查，你单位存在下列重大事故隐患，在隐患排除前或者排除过程中无法保证安全：'],
        items: [item],
        closing: [
          `${facts.reason ? `${facts.reason}。` : ''}依据《中华人民共和国安全生产法》第六十五条第一款第（三）项的规定，现责令你单位从危险区域内撤出作业人员，暂时停产停业（或者停止使用相关设施、设备）。重大事故隐患排除后，经审查同意，方可恢复生产经营和使用。`,
          '如果不服本决定，可以依法在60日内向县人民政府申请行政复议，或者在6个月内依法向人民法院提起行政诉讼，但本决定不停止执行，法律另有规定的除外。',
        ],
        signatures: ['执法人员（签名）：', '被检查单位签收人（签名）：', '签收日期：'],
      };
    case 'LISTING_REMOVAL':
      return {
        ...common,
        paragraphs: ['你单位下列挂牌督办的重大事故隐患：'],
        items: [item],
        closing: [
          facts.expertAcceptance
            ? `经${facts.expertAcceptance.experts.join('、')}等专家验收（${facts.expertAcceptance.opinion}），经县安委办审核，已治理完毕，予以核销，解除挂牌督办。`
            : '经督办单位核查、县安委办审核，已治理完毕，予以核销，解除挂牌督办。',
          '请你单位巩固治理成果，举一反三，防止同类隐患再次发生。',
        ],
        signatures: ['签收人（签名）：', '签收日期：'],
      };
  }
}
