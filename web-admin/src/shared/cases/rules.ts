// What the case desk reads off a case: the deadline its status watches, the steps open at its status, and which of
// them are plainly the viewer's to take. The server decides for real (and says why not); this only hides buttons
// that are plainly someone else's — an enterprise's, a leader's, another unit's.
import type { SessionUser } from '../../api/session-store';
import type { CaseAction, CaseStatus } from '../../gql/graphql';
import type { MessageKey } from '../../locales';

export const CASE_STATUSES: readonly CaseStatus[] = [
  'FILED',
  'INVESTIGATED',
  'NOTIFIED',
  'REVIEWED',
  'DECIDED',
  'SERVED',
  'EXECUTED',
  'CLOSED',
  'ARCHIVED',
];

export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  FILED: 'blue',
  INVESTIGATED: 'cyan',
  NOTIFIED: 'gold',
  REVIEWED: 'geekblue',
  DECIDED: 'purple',
  SERVED: 'magenta',
  EXECUTED: 'lime',
  CLOSED: 'green',
  ARCHIVED: 'default',
};

/** The steps each status offers, in the order a handler meets them. */
const STEPS: Record<CaseStatus, readonly CaseAction[]> = {
  FILED: ['INVESTIGATE'],
  INVESTIGATED: ['NOTIFY'],
  NOTIFIED: ['RECORD_STATEMENT', 'REQUEST_HEARING', 'HOLD_HEARING', 'REVIEW'],
  REVIEWED: ['DECIDE'],
  DECIDED: ['SERVE'],
  SERVED: ['EXECUTE'],
  EXECUTED: ['CLOSE'],
  CLOSED: ['ARCHIVE'],
  ARCHIVED: [],
};

const HEAD_ROLES = ['REGULATOR_HEAD', 'TOWNSHIP_HEAD'];
const UNIT_ROLES = ['REGULATOR_HEAD', 'REGULATOR_STAFF', 'TOWNSHIP_HEAD', 'TOWNSHIP_STAFF'];

/**
 * A User's database id, from its global ID (base64 of `User:12`) or as given when already plain: a case's
 * handlerIds are the plain ids, the session's and the candidates' the global ones.
 */
export function plainUserId(id: string): string {
  if (/^\d+$/.test(id)) return id;
  try {
    return /^User:(\d+)$/.exec(atob(id))?.[1] ?? id;
  } catch {
    return id;
  }
}

/** The global ID of a User given by either form. */
export function userGlobalId(id: string): string {
  return /^\d+$/.test(id) ? btoa(`User:${id}`) : id;
}

export interface CaseFacts {
  status: CaseStatus;
  handlerIds: readonly string[];
  statement: string | null;
  hearingRequested: boolean;
  hearingHeld: boolean;
  unit: { id: string };
}

/** The steps the viewer may plausibly take on this case now; the server has the last word on each. */
export function stepsFor(user: SessionUser, c: CaseFacts): CaseAction[] {
  const ofUnit = UNIT_ROLES.includes(user.role) && user.orgUnit?.id === c.unit.id;
  const handler = ofUnit && c.handlerIds.some((id) => plainUserId(id) === plainUserId(user.id));
  const head = ofUnit && HEAD_ROLES.includes(user.role);
  return STEPS[c.status].filter((action) => {
    if (action === 'RECORD_STATEMENT' && c.statement) return false;
    if (action === 'REQUEST_HEARING' && c.hearingRequested) return false;
    if (action === 'HOLD_HEARING' && (!c.hearingRequested || c.hearingHeld)) return false;
    // 法制审核: the county office, or the unit's people (the server refuses a handler and the staff, saying why).
    if (action === 'REVIEW') return user.role === 'ADMIN' || ofUnit;
    if (action === 'DECIDE' || action === 'CLOSE') return head;
    return handler;
  });
}

export interface CaseDeadlines {
  status: CaseStatus;
  decisionDueAt: string;
  hearingDueAt: string | null;
  serviceDueAt: string | null;
  paymentDueAt: string | null;
}

/**
 * The deadline the case must meet in its status: the decision within 90 days of filing; while notified, the end of
 * the party's statement and hearing period, then the decision again; the service of the decision; the payment.
 */
export function currentDeadline(
  c: CaseDeadlines,
  now: number = Date.now(),
): { label: MessageKey; at: string; overdue: boolean } | null {
  const of = (label: MessageKey, at: string | null) => (at ? { label, at, overdue: Date.parse(at) < now } : null);
  switch (c.status) {
    case 'FILED':
    case 'INVESTIGATED':
    case 'REVIEWED':
      return of('case.deadline.decision', c.decisionDueAt);
    case 'NOTIFIED':
      return c.hearingDueAt && Date.parse(c.hearingDueAt) >= now
        ? of('case.deadline.windows', c.hearingDueAt)
        : of('case.deadline.decision', c.decisionDueAt);
    case 'DECIDED':
      return of('case.deadline.service', c.serviceDueAt);
    case 'SERVED':
      return of('case.deadline.payment', c.paymentDueAt);
    default:
      return null;
  }
}
