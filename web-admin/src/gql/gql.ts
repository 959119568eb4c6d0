/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me { id username displayName role orgUnit { id name code } }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AuditLog($subjectId: ID!, $first: Int) {\n    auditLog(subjectId: $subjectId, first: $first) { id action actorName at before after requestId subjectType subjectId }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment ProgressFields on CampaignProgress {\n    tasksTotal tasksDone tasksOverdue hazardsFound hazardsClosed majorHazards rectificationRate\n  }\n": typeof types.ProgressFieldsFragmentDoc,
    "\n  fragment BreakdownRow on DashboardRow {\n    key name inspections inspectorsDispatched enterprisesInspected hazardsFound hazardsClosed majorHazardsOpen overdueHazards rectificationRate\n    orgUnit { id }\n  }\n": typeof types.BreakdownRowFragmentDoc,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id name kind status startsAt endsAt taskDueAt createdAt sampleRatio sampleSeed industries\n      townships { id name }\n      checklistTemplate { id name }\n      escalation { remindBefore reportEvery steps { after level } }\n      progress { ...ProgressFields }\n      reports {\n        id kind periodStart periodEnd createdAt body\n        stats { ...ProgressFields }\n        cumulative { ...ProgressFields }\n      }\n    }\n    open: hazards(filter: { campaignId: $id, status: [OPEN] }, first: 0) { totalCount }\n    pending: hazards(filter: { campaignId: $id, status: [PENDING_VERIFICATION] }, first: 0) { totalCount }\n    closed: hazards(filter: { campaignId: $id, status: [CLOSED] }, first: 0) { totalCount }\n    dashboard(filter: { campaignId: $id }) {\n      byRegulator { ...BreakdownRow }\n      byTownship { ...BreakdownRow }\n    }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  query CampaignOverdue($id: ID!) {\n    campaign(id: $id) {\n      id\n      tasks(overdue: true, status: [OPEN], first: 20) {\n        totalCount\n        edges { node { id dueAt enterprise { id name } assignee { id name } } }\n      }\n    }\n    hazards(filter: { campaignId: $id, overdue: true }, first: 20) {\n      totalCount\n      edges { node { id description level status rectifyBy enterprise { id name } regulator { id name } } }\n    }\n  }\n": typeof types.CampaignOverdueDocument,
    "\n  query CampaignFanOut($id: ID!) {\n    campaign(id: $id) {\n      id status\n      progress { tasksTotal }\n      tasks(first: 0) { totalCount }\n    }\n  }\n": typeof types.CampaignFanOutDocument,
    "\n  mutation PauseCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    pauseCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n": typeof types.PauseCampaignDocument,
    "\n  mutation ResumeCampaign($id: ID!, $idempotencyKey: String) {\n    resumeCampaign(id: $id, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n": typeof types.ResumeCampaignDocument,
    "\n  mutation ExtendCampaign($id: ID!, $endsAt: DateTime!, $reason: String!, $idempotencyKey: String) {\n    extendCampaign(id: $id, endsAt: $endsAt, reason: $reason, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n": typeof types.ExtendCampaignDocument,
    "\n  mutation CancelCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    cancelCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n": typeof types.CancelCampaignDocument,
    "\n  query CampaignList($status: [CampaignStatus!], $first: Int, $after: String) {\n    campaigns(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name kind status startsAt endsAt taskDueAt\n          progress { tasksTotal tasksDone tasksOverdue hazardsFound hazardsClosed majorHazards rectificationRate }\n        }\n      }\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query EnterpriseList($filter: EnterpriseFilter, $first: Int, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id uscc name industry grade listStatus majorHazardSource address legalRepresentative\n          township { id name }\n          regulator { id name }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseListDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) { id name uscc regulator { name } }\n  }\n": typeof types.CreateEnterpriseDocument,
    "\n  query LaunchOptions {\n    orgUnits(kind: TOWNSHIP) { id name code }\n    checklistTemplates { id code name industries items { id } }\n  }\n": typeof types.LaunchOptionsDocument,
    "\n  query ScopeCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 0) { totalCount }\n  }\n": typeof types.ScopeCountDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) { id name status }\n  }\n": typeof types.LaunchCampaignDocument,
    "\n  fragment FigureRow on DashboardRow {\n    key name inspections inspectorsDispatched enterprisesInspected hazardsFound hazardsClosed majorHazards majorHazardsOpen overdueHazards rectificationRate\n    tasksTotal tasksDone tasksOverdue\n    orgUnit { id }\n  }\n": typeof types.FigureRowFragmentDoc,
    "\n  query LeaderDashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      inspections inspectorsDispatched enterprisesInspected hazardsFound hazardsClosed majorHazards majorHazardsOpen overdueHazards rectificationRate\n      byRegulator { ...FigureRow }\n      byTownship { ...FigureRow }\n    }\n  }\n": typeof types.LeaderDashboardDocument,
    "\n  query InspectionList($filter: InspectionFilter, $first: Int, $after: String) {\n    inspections(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id inspectedAt inspectorCount\n          enterprise { id name township { id name } }\n          task { id campaign { id name } assignee { id name } }\n          hazards { id level }\n        }\n      }\n    }\n  }\n": typeof types.InspectionListDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role orgUnit { id name code } }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query RectificationQueue($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id level status overdue description location rectifyBy rectificationMeasures reportedAt\n          enterprise { id name }\n          regulator { id name }\n          campaign { id name }\n          photos { id url step }\n        }\n      }\n    }\n  }\n": typeof types.RectificationQueueDocument,
    "\n  query RectificationCounts {\n    open: hazards(filter: { status: [OPEN] }, first: 0) { totalCount }\n    pending: hazards(filter: { status: [PENDING_VERIFICATION] }, first: 0) { totalCount }\n    closed: hazards(filter: { status: [CLOSED] }, first: 0) { totalCount }\n    overdue: hazards(filter: { overdue: true }, first: 0) { totalCount }\n  }\n": typeof types.RectificationCountsDocument,
    "\n  mutation ReportRectification($input: ReportRectificationInput!) {\n    reportRectification(input: $input) { id status rectificationMeasures }\n  }\n": typeof types.ReportRectificationDocument,
    "\n  mutation VerifyRectification($input: VerifyRectificationInput!) {\n    verifyRectification(input: $input) { id status rectifyBy }\n  }\n": typeof types.VerifyRectificationDocument,
    "\n  query InspectionTask($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Task {\n        id kind status overdue dueAt\n        assignee { id name }\n        enterprise { id name uscc address industry legalRepresentative majorHazardSource township { id name } }\n        campaign {\n          id name startsAt\n          checklistTemplate { id name items { id position category text basis majorCriterion } }\n        }\n        inspection { id inspectedAt inspectorCount notes hazards { id level status description } }\n      }\n    }\n  }\n": typeof types.InspectionTaskDocument,
    "\n  mutation SubmitInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      id inspectorCount\n      hazards { id level status }\n      task { id status }\n    }\n  }\n": typeof types.SubmitInspectionDocument,
    "\n  query MyTasks($status: [TaskStatus!], $overdue: Boolean, $first: Int, $after: String) {\n    myTasks(status: $status, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind status overdue dueAt doneAt\n          enterprise { id name industry address township { id name } }\n          campaign { id name }\n          assignee { id name }\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query MyTaskCounts {\n    open: myTasks(status: [OPEN], first: 0) { totalCount }\n    overdue: myTasks(status: [OPEN], overdue: true, first: 0) { totalCount }\n    done: myTasks(status: [DONE], first: 0) { totalCount }\n  }\n": typeof types.MyTaskCountsDocument,
    "\n  query EscalationBoard($status: [EscalationStatus!], $level: EscalationLevel, $first: Int, $after: String) {\n    escalations(status: $status, level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id level status raisedAt acknowledgedAt acknowledgeComment resolvedAt subjectType\n          addressee { id name }\n          task { id dueAt enterprise { id name } campaign { id name } }\n          hazard { id description level rectifyBy enterprise { id name } }\n        }\n      }\n    }\n  }\n": typeof types.EscalationBoardDocument,
    "\n  mutation AcknowledgeEscalation($id: ID!, $comment: String) {\n    acknowledgeEscalation(id: $id, comment: $comment) { id status acknowledgedAt acknowledgeComment }\n  }\n": typeof types.AcknowledgeEscalationDocument,
    "\n  query HazardLedger($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id level status overdue description location rectifyBy foundAt\n          enterprise { id name }\n          regulator { id name }\n          township { id name }\n          campaign { id name }\n        }\n      }\n    }\n  }\n": typeof types.HazardLedgerDocument,
    "\n  query HazardDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Hazard {\n        id level status overdue description location rectifyBy foundAt reportedAt verifiedAt closedAt rectificationMeasures\n        enterprise { id name uscc address }\n        regulator { id name }\n        township { id name }\n        campaign { id name }\n        checklistItem { id category text }\n        photos { id url step createdAt }\n        history { kind at actorName comment fromStatus toStatus }\n        escalations { id level status raisedAt addressee { id name } }\n      }\n    }\n  }\n": typeof types.HazardDetailDocument,
    "\n  mutation UploadPhoto($file: File!) {\n    uploadPhoto(file: $file) { id url contentType byteSize }\n  }\n": typeof types.UploadPhotoDocument,
    "\n  query OrgUnits {\n    orgUnits { id kind code name }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query CampaignOptions {\n    campaigns(first: 100) { edges { node { id name status } } }\n  }\n": typeof types.CampaignOptionsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me { id username displayName role orgUnit { id name code } }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AuditLog($subjectId: ID!, $first: Int) {\n    auditLog(subjectId: $subjectId, first: $first) { id action actorName at before after requestId subjectType subjectId }\n  }\n": types.AuditLogDocument,
    "\n  fragment ProgressFields on CampaignProgress {\n    tasksTotal tasksDone tasksOverdue hazardsFound hazardsClosed majorHazards rectificationRate\n  }\n": types.ProgressFieldsFragmentDoc,
    "\n  fragment BreakdownRow on DashboardRow {\n    key name inspections inspectorsDispatched enterprisesInspected hazardsFound hazardsClosed majorHazardsOpen overdueHazards rectificationRate\n    orgUnit { id }\n  }\n": types.BreakdownRowFragmentDoc,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id name kind status startsAt endsAt taskDueAt createdAt sampleRatio sampleSeed industries\n      townships { id name }\n      checklistTemplate { id name }\n      escalation { remindBefore reportEvery steps { after level } }\n      progress { ...ProgressFields }\n      reports {\n        id kind periodStart periodEnd createdAt body\n        stats { ...ProgressFields }\n        cumulative { ...ProgressFields }\n      }\n    }\n    open: hazards(filter: { campaignId: $id, status: [OPEN] }, first: 0) { totalCount }\n    pending: hazards(filter: { campaignId: $id, status: [PENDING_VERIFICATION] }, first: 0) { totalCount }\n    closed: hazards(filter: { campaignId: $id, status: [CLOSED] }, first: 0) { totalCount }\n    dashboard(filter: { campaignId: $id }) {\n      byRegulator { ...BreakdownRow }\n      byTownship { ...BreakdownRow }\n    }\n  }\n": types.CampaignDetailDocument,
    "\n  query CampaignOverdue($id: ID!) {\n    campaign(id: $id) {\n      id\n      tasks(overdue: true, status: [OPEN], first: 20) {\n        totalCount\n        edges { node { id dueAt enterprise { id name } assignee { id name } } }\n      }\n    }\n    hazards(filter: { campaignId: $id, overdue: true }, first: 20) {\n      totalCount\n      edges { node { id description level status rectifyBy enterprise { id name } regulator { id name } } }\n    }\n  }\n": types.CampaignOverdueDocument,
    "\n  query CampaignFanOut($id: ID!) {\n    campaign(id: $id) {\n      id status\n      progress { tasksTotal }\n      tasks(first: 0) { totalCount }\n    }\n  }\n": types.CampaignFanOutDocument,
    "\n  mutation PauseCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    pauseCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n": types.PauseCampaignDocument,
    "\n  mutation ResumeCampaign($id: ID!, $idempotencyKey: String) {\n    resumeCampaign(id: $id, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n": types.ResumeCampaignDocument,
    "\n  mutation ExtendCampaign($id: ID!, $endsAt: DateTime!, $reason: String!, $idempotencyKey: String) {\n    extendCampaign(id: $id, endsAt: $endsAt, reason: $reason, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n": types.ExtendCampaignDocument,
    "\n  mutation CancelCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    cancelCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n": types.CancelCampaignDocument,
    "\n  query CampaignList($status: [CampaignStatus!], $first: Int, $after: String) {\n    campaigns(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name kind status startsAt endsAt taskDueAt\n          progress { tasksTotal tasksDone tasksOverdue hazardsFound hazardsClosed majorHazards rectificationRate }\n        }\n      }\n    }\n  }\n": types.CampaignListDocument,
    "\n  query EnterpriseList($filter: EnterpriseFilter, $first: Int, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id uscc name industry grade listStatus majorHazardSource address legalRepresentative\n          township { id name }\n          regulator { id name }\n        }\n      }\n    }\n  }\n": types.EnterpriseListDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) { id name uscc regulator { name } }\n  }\n": types.CreateEnterpriseDocument,
    "\n  query LaunchOptions {\n    orgUnits(kind: TOWNSHIP) { id name code }\n    checklistTemplates { id code name industries items { id } }\n  }\n": types.LaunchOptionsDocument,
    "\n  query ScopeCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 0) { totalCount }\n  }\n": types.ScopeCountDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) { id name status }\n  }\n": types.LaunchCampaignDocument,
    "\n  fragment FigureRow on DashboardRow {\n    key name inspections inspectorsDispatched enterprisesInspected hazardsFound hazardsClosed majorHazards majorHazardsOpen overdueHazards rectificationRate\n    tasksTotal tasksDone tasksOverdue\n    orgUnit { id }\n  }\n": types.FigureRowFragmentDoc,
    "\n  query LeaderDashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      inspections inspectorsDispatched enterprisesInspected hazardsFound hazardsClosed majorHazards majorHazardsOpen overdueHazards rectificationRate\n      byRegulator { ...FigureRow }\n      byTownship { ...FigureRow }\n    }\n  }\n": types.LeaderDashboardDocument,
    "\n  query InspectionList($filter: InspectionFilter, $first: Int, $after: String) {\n    inspections(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id inspectedAt inspectorCount\n          enterprise { id name township { id name } }\n          task { id campaign { id name } assignee { id name } }\n          hazards { id level }\n        }\n      }\n    }\n  }\n": types.InspectionListDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role orgUnit { id name code } }\n    }\n  }\n": types.LoginDocument,
    "\n  query RectificationQueue($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id level status overdue description location rectifyBy rectificationMeasures reportedAt\n          enterprise { id name }\n          regulator { id name }\n          campaign { id name }\n          photos { id url step }\n        }\n      }\n    }\n  }\n": types.RectificationQueueDocument,
    "\n  query RectificationCounts {\n    open: hazards(filter: { status: [OPEN] }, first: 0) { totalCount }\n    pending: hazards(filter: { status: [PENDING_VERIFICATION] }, first: 0) { totalCount }\n    closed: hazards(filter: { status: [CLOSED] }, first: 0) { totalCount }\n    overdue: hazards(filter: { overdue: true }, first: 0) { totalCount }\n  }\n": types.RectificationCountsDocument,
    "\n  mutation ReportRectification($input: ReportRectificationInput!) {\n    reportRectification(input: $input) { id status rectificationMeasures }\n  }\n": types.ReportRectificationDocument,
    "\n  mutation VerifyRectification($input: VerifyRectificationInput!) {\n    verifyRectification(input: $input) { id status rectifyBy }\n  }\n": types.VerifyRectificationDocument,
    "\n  query InspectionTask($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Task {\n        id kind status overdue dueAt\n        assignee { id name }\n        enterprise { id name uscc address industry legalRepresentative majorHazardSource township { id name } }\n        campaign {\n          id name startsAt\n          checklistTemplate { id name items { id position category text basis majorCriterion } }\n        }\n        inspection { id inspectedAt inspectorCount notes hazards { id level status description } }\n      }\n    }\n  }\n": types.InspectionTaskDocument,
    "\n  mutation SubmitInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      id inspectorCount\n      hazards { id level status }\n      task { id status }\n    }\n  }\n": types.SubmitInspectionDocument,
    "\n  query MyTasks($status: [TaskStatus!], $overdue: Boolean, $first: Int, $after: String) {\n    myTasks(status: $status, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind status overdue dueAt doneAt\n          enterprise { id name industry address township { id name } }\n          campaign { id name }\n          assignee { id name }\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query MyTaskCounts {\n    open: myTasks(status: [OPEN], first: 0) { totalCount }\n    overdue: myTasks(status: [OPEN], overdue: true, first: 0) { totalCount }\n    done: myTasks(status: [DONE], first: 0) { totalCount }\n  }\n": types.MyTaskCountsDocument,
    "\n  query EscalationBoard($status: [EscalationStatus!], $level: EscalationLevel, $first: Int, $after: String) {\n    escalations(status: $status, level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id level status raisedAt acknowledgedAt acknowledgeComment resolvedAt subjectType\n          addressee { id name }\n          task { id dueAt enterprise { id name } campaign { id name } }\n          hazard { id description level rectifyBy enterprise { id name } }\n        }\n      }\n    }\n  }\n": types.EscalationBoardDocument,
    "\n  mutation AcknowledgeEscalation($id: ID!, $comment: String) {\n    acknowledgeEscalation(id: $id, comment: $comment) { id status acknowledgedAt acknowledgeComment }\n  }\n": types.AcknowledgeEscalationDocument,
    "\n  query HazardLedger($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id level status overdue description location rectifyBy foundAt\n          enterprise { id name }\n          regulator { id name }\n          township { id name }\n          campaign { id name }\n        }\n      }\n    }\n  }\n": types.HazardLedgerDocument,
    "\n  query HazardDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Hazard {\n        id level status overdue description location rectifyBy foundAt reportedAt verifiedAt closedAt rectificationMeasures\n        enterprise { id name uscc address }\n        regulator { id name }\n        township { id name }\n        campaign { id name }\n        checklistItem { id category text }\n        photos { id url step createdAt }\n        history { kind at actorName comment fromStatus toStatus }\n        escalations { id level status raisedAt addressee { id name } }\n      }\n    }\n  }\n": types.HazardDetailDocument,
    "\n  mutation UploadPhoto($file: File!) {\n    uploadPhoto(file: $file) { id url contentType byteSize }\n  }\n": types.UploadPhotoDocument,
    "\n  query OrgUnits {\n    orgUnits { id kind code name }\n  }\n": types.OrgUnitsDocument,
    "\n  query CampaignOptions {\n    campaigns(first: 100) { edges { node { id name status } } }\n  }\n": types.CampaignOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id username displayName role orgUnit { id name code } }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($subjectId: ID!, $first: Int) {\n    auditLog(subjectId: $subjectId, first: $first) { id action actorName at before after requestId subjectType subjectId }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressFields on CampaignProgress {\n    tasksTotal tasksDone tasksOverdue hazardsFound hazardsClosed majorHazards rectificationRate\n  }\n"): typeof import('./graphql').ProgressFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BreakdownRow on DashboardRow {\n    key name inspections inspectorsDispatched enterprisesInspected hazardsFound hazardsClosed majorHazardsOpen overdueHazards rectificationRate\n    orgUnit { id }\n  }\n"): typeof import('./graphql').BreakdownRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id name kind status startsAt endsAt taskDueAt createdAt sampleRatio sampleSeed industries\n      townships { id name }\n      checklistTemplate { id name }\n      escalation { remindBefore reportEvery steps { after level } }\n      progress { ...ProgressFields }\n      reports {\n        id kind periodStart periodEnd createdAt body\n        stats { ...ProgressFields }\n        cumulative { ...ProgressFields }\n      }\n    }\n    open: hazards(filter: { campaignId: $id, status: [OPEN] }, first: 0) { totalCount }\n    pending: hazards(filter: { campaignId: $id, status: [PENDING_VERIFICATION] }, first: 0) { totalCount }\n    closed: hazards(filter: { campaignId: $id, status: [CLOSED] }, first: 0) { totalCount }\n    dashboard(filter: { campaignId: $id }) {\n      byRegulator { ...BreakdownRow }\n      byTownship { ...BreakdownRow }\n    }\n  }\n"): typeof import('./graphql').CampaignDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignOverdue($id: ID!) {\n    campaign(id: $id) {\n      id\n      tasks(overdue: true, status: [OPEN], first: 20) {\n        totalCount\n        edges { node { id dueAt enterprise { id name } assignee { id name } } }\n      }\n    }\n    hazards(filter: { campaignId: $id, overdue: true }, first: 20) {\n      totalCount\n      edges { node { id description level status rectifyBy enterprise { id name } regulator { id name } } }\n    }\n  }\n"): typeof import('./graphql').CampaignOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFanOut($id: ID!) {\n    campaign(id: $id) {\n      id status\n      progress { tasksTotal }\n      tasks(first: 0) { totalCount }\n    }\n  }\n"): typeof import('./graphql').CampaignFanOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    pauseCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n"): typeof import('./graphql').PauseCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCampaign($id: ID!, $idempotencyKey: String) {\n    resumeCampaign(id: $id, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n"): typeof import('./graphql').ResumeCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendCampaign($id: ID!, $endsAt: DateTime!, $reason: String!, $idempotencyKey: String) {\n    extendCampaign(id: $id, endsAt: $endsAt, reason: $reason, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n"): typeof import('./graphql').ExtendCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    cancelCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id status endsAt }\n  }\n"): typeof import('./graphql').CancelCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList($status: [CampaignStatus!], $first: Int, $after: String) {\n    campaigns(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name kind status startsAt endsAt taskDueAt\n          progress { tasksTotal tasksDone tasksOverdue hazardsFound hazardsClosed majorHazards rectificationRate }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseList($filter: EnterpriseFilter, $first: Int, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id uscc name industry grade listStatus majorHazardSource address legalRepresentative\n          township { id name }\n          regulator { id name }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) { id name uscc regulator { name } }\n  }\n"): typeof import('./graphql').CreateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaunchOptions {\n    orgUnits(kind: TOWNSHIP) { id name code }\n    checklistTemplates { id code name industries items { id } }\n  }\n"): typeof import('./graphql').LaunchOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 0) { totalCount }\n  }\n"): typeof import('./graphql').ScopeCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) { id name status }\n  }\n"): typeof import('./graphql').LaunchCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureRow on DashboardRow {\n    key name inspections inspectorsDispatched enterprisesInspected hazardsFound hazardsClosed majorHazards majorHazardsOpen overdueHazards rectificationRate\n    tasksTotal tasksDone tasksOverdue\n    orgUnit { id }\n  }\n"): typeof import('./graphql').FigureRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaderDashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      inspections inspectorsDispatched enterprisesInspected hazardsFound hazardsClosed majorHazards majorHazardsOpen overdueHazards rectificationRate\n      byRegulator { ...FigureRow }\n      byTownship { ...FigureRow }\n    }\n  }\n"): typeof import('./graphql').LeaderDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionList($filter: InspectionFilter, $first: Int, $after: String) {\n    inspections(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id inspectedAt inspectorCount\n          enterprise { id name township { id name } }\n          task { id campaign { id name } assignee { id name } }\n          hazards { id level }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role orgUnit { id name code } }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RectificationQueue($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id level status overdue description location rectifyBy rectificationMeasures reportedAt\n          enterprise { id name }\n          regulator { id name }\n          campaign { id name }\n          photos { id url step }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RectificationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RectificationCounts {\n    open: hazards(filter: { status: [OPEN] }, first: 0) { totalCount }\n    pending: hazards(filter: { status: [PENDING_VERIFICATION] }, first: 0) { totalCount }\n    closed: hazards(filter: { status: [CLOSED] }, first: 0) { totalCount }\n    overdue: hazards(filter: { overdue: true }, first: 0) { totalCount }\n  }\n"): typeof import('./graphql').RectificationCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportRectification($input: ReportRectificationInput!) {\n    reportRectification(input: $input) { id status rectificationMeasures }\n  }\n"): typeof import('./graphql').ReportRectificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyRectification($input: VerifyRectificationInput!) {\n    verifyRectification(input: $input) { id status rectifyBy }\n  }\n"): typeof import('./graphql').VerifyRectificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionTask($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Task {\n        id kind status overdue dueAt\n        assignee { id name }\n        enterprise { id name uscc address industry legalRepresentative majorHazardSource township { id name } }\n        campaign {\n          id name startsAt\n          checklistTemplate { id name items { id position category text basis majorCriterion } }\n        }\n        inspection { id inspectedAt inspectorCount notes hazards { id level status description } }\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      id inspectorCount\n      hazards { id level status }\n      task { id status }\n    }\n  }\n"): typeof import('./graphql').SubmitInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($status: [TaskStatus!], $overdue: Boolean, $first: Int, $after: String) {\n    myTasks(status: $status, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind status overdue dueAt doneAt\n          enterprise { id name industry address township { id name } }\n          campaign { id name }\n          assignee { id name }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTaskCounts {\n    open: myTasks(status: [OPEN], first: 0) { totalCount }\n    overdue: myTasks(status: [OPEN], overdue: true, first: 0) { totalCount }\n    done: myTasks(status: [DONE], first: 0) { totalCount }\n  }\n"): typeof import('./graphql').MyTaskCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationBoard($status: [EscalationStatus!], $level: EscalationLevel, $first: Int, $after: String) {\n    escalations(status: $status, level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id level status raisedAt acknowledgedAt acknowledgeComment resolvedAt subjectType\n          addressee { id name }\n          task { id dueAt enterprise { id name } campaign { id name } }\n          hazard { id description level rectifyBy enterprise { id name } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EscalationBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeEscalation($id: ID!, $comment: String) {\n    acknowledgeEscalation(id: $id, comment: $comment) { id status acknowledgedAt acknowledgeComment }\n  }\n"): typeof import('./graphql').AcknowledgeEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardLedger($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id level status overdue description location rectifyBy foundAt\n          enterprise { id name }\n          regulator { id name }\n          township { id name }\n          campaign { id name }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HazardLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Hazard {\n        id level status overdue description location rectifyBy foundAt reportedAt verifiedAt closedAt rectificationMeasures\n        enterprise { id name uscc address }\n        regulator { id name }\n        township { id name }\n        campaign { id name }\n        checklistItem { id category text }\n        photos { id url step createdAt }\n        history { kind at actorName comment fromStatus toStatus }\n        escalations { id level status raisedAt addressee { id name } }\n      }\n    }\n  }\n"): typeof import('./graphql').HazardDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadPhoto($file: File!) {\n    uploadPhoto(file: $file) { id url contentType byteSize }\n  }\n"): typeof import('./graphql').UploadPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits {\n    orgUnits { id kind code name }\n  }\n"): typeof import('./graphql').OrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignOptions {\n    campaigns(first: 100) { edges { node { id name status } } }\n  }\n"): typeof import('./graphql').CampaignOptionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
