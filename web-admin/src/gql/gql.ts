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
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n    orgUnit {\n      id\n      name\n      code\n    }\n    enterprise {\n      id\n      name\n    }\n    mustChangePassword\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment ListPage on Connection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.ListPageFragmentDoc,
    "\n  query HolidayYears {\n    holidayYears {\n      year\n      provisional\n    }\n  }\n": typeof types.HolidayYearsDocument,
    "\n  query AuditLog($subjectId: ID!) {\n    auditLog(subjectId: $subjectId, first: 200) {\n      id\n      action\n      actorName\n      at\n      before\n      after\n      requestId\n      subjectType\n      subjectId\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment CampaignState on Campaign {\n    id\n    status\n    endsAt\n  }\n": typeof types.CampaignStateFragmentDoc,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignSummary\n      createdAt\n      sampleRatio\n      sampleRatioByGrade {\n        GOOD\n        FAIR\n        POOR\n      }\n      sampleSeed\n      industries\n      topics\n      townships {\n        id\n        name\n      }\n      checklistTemplate {\n        id\n        name\n      }\n      selfCheckDueAt\n      duty: progress {\n        selfChecksDue\n        selfChecksDone\n        selfCheckRate\n        hazardsFound\n        hazardsSelfFound\n        rectificationsByEnterprise\n        rectificationsOnBehalf\n        majorHazardsAwaitingSignOff\n      }\n      escalation {\n        remindBefore\n        reportEvery\n        steps {\n          after\n          level\n        }\n      }\n      reports {\n        id\n        kind\n        periodStart\n        periodEnd\n        createdAt\n        body\n        docxUrl\n        stats {\n          ...ProgressFields\n        }\n        cumulative {\n          ...ProgressFields\n        }\n      }\n    }\n    open: hazards(filter: { campaignId: $id, status: [OPEN] }, first: 0) {\n      totalCount\n    }\n    pending: hazards(filter: { campaignId: $id, status: [PENDING_VERIFICATION] }, first: 0) {\n      totalCount\n    }\n    closed: hazards(filter: { campaignId: $id, status: [CLOSED] }, first: 0) {\n      totalCount\n    }\n    dashboard(filter: { campaignId: $id }) {\n      byRegulator {\n        ...FigureRow\n      }\n      byTownship {\n        ...FigureRow\n      }\n    }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  query CampaignOverdue($id: ID!) {\n    campaign(id: $id) {\n      id\n      tasks(overdue: true, status: [OPEN], first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            dueAt\n            topic\n            enterprise {\n              id\n              name\n            }\n            assignee {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    hazards(filter: { campaignId: $id, overdue: true }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          description\n          level\n          status\n          rectifyBy\n          enterprise {\n            id\n            name\n          }\n          regulator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignOverdueDocument,
    "\n  query CampaignFanOut($id: ID!) {\n    campaign(id: $id) {\n      id\n      status\n      progress {\n        tasksTotal\n      }\n      tasks(first: 0) {\n        totalCount\n      }\n    }\n  }\n": typeof types.CampaignFanOutDocument,
    "\n  mutation PauseCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    pauseCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n": typeof types.PauseCampaignDocument,
    "\n  mutation ResumeCampaign($id: ID!, $idempotencyKey: String) {\n    resumeCampaign(id: $id, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n": typeof types.ResumeCampaignDocument,
    "\n  mutation ExtendCampaign($id: ID!, $endsAt: DateTime!, $reason: String!, $idempotencyKey: String) {\n    extendCampaign(id: $id, endsAt: $endsAt, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n": typeof types.ExtendCampaignDocument,
    "\n  mutation CancelCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    cancelCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n": typeof types.CancelCampaignDocument,
    "\n  fragment ProgressFields on CampaignProgress {\n    tasksTotal\n    tasksDone\n    tasksOverdue\n    hazardsFound\n    hazardsClosed\n    majorHazards\n    rectificationRate\n  }\n": typeof types.ProgressFieldsFragmentDoc,
    "\n  fragment CampaignSummary on Campaign {\n    id\n    name\n    kind\n    status\n    startsAt\n    endsAt\n    taskDueAt\n    progress {\n      ...ProgressFields\n    }\n  }\n": typeof types.CampaignSummaryFragmentDoc,
    "\n  query CampaignList($status: [CampaignStatus!], $kinds: [CampaignKind!], $first: Int, $after: String) {\n    campaigns(status: $status, kinds: $kinds, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...CampaignSummary\n        }\n      }\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query ChecklistAdminList {\n    checklistTemplates {\n      ...ChecklistTemplateFields\n      code\n      version\n      industries\n      createdAt\n      downloadUrl\n    }\n  }\n": typeof types.ChecklistAdminListDocument,
    "\n  mutation CreateChecklistTemplate($input: ChecklistTemplateInput!, $key: String) {\n    createChecklistTemplate(input: $input, idempotencyKey: $key) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateChecklistTemplateDocument,
    "\n  mutation UpdateChecklistTemplate($id: ID!, $input: ChecklistTemplateInput!) {\n    updateChecklistTemplate(id: $id, input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateChecklistTemplateDocument,
    "\n  mutation ChecklistItemsFromFile($file: File!) {\n    checklistItemsFromFile(file: $file) {\n      category\n      text\n      basis\n      majorCriterion\n    }\n  }\n": typeof types.ChecklistItemsFromFileDocument,
    "\n  mutation ActivateResponse($input: ActivateResponseInput!) {\n    activateResponse(input: $input) {\n      id\n    }\n  }\n": typeof types.ActivateResponseDocument,
    "\n  mutation ChangeResponseLevel($id: ID!, $level: ResponseLevel!, $reason: String!, $idempotencyKey: String) {\n    changeResponseLevel(id: $id, level: $level, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...ResponseFields\n    }\n  }\n": typeof types.ChangeResponseLevelDocument,
    "\n  mutation EndResponse($id: ID!, $reason: String!, $idempotencyKey: String) {\n    endResponse(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...ResponseFields\n      summary\n    }\n  }\n": typeof types.EndResponseDocument,
    "\n  fragment DutyAssignmentFields on DutyAssignment {\n    id\n    tier\n    township {\n      id\n      name\n    }\n    targetKind\n    targetName\n    personName\n    phone\n    hasAccount\n    userId\n    parentId\n    parent {\n      id\n      personName\n      targetName\n      tier\n    }\n    active\n  }\n": typeof types.DutyAssignmentFieldsFragmentDoc,
    "\n  query DutyAssignments($filter: DutyAssignmentFilter, $first: Int, $after: String) {\n    dutyAssignments(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...DutyAssignmentFields\n        }\n      }\n    }\n  }\n": typeof types.DutyAssignmentsDocument,
    "\n  query DutyParentOptions($townshipId: ID!, $tier: DutyTier!) {\n    dutyAssignments(filter: { townshipId: $townshipId, tier: $tier, active: true }, first: 200) {\n      edges {\n        node {\n          id\n          personName\n          targetName\n        }\n      }\n    }\n  }\n": typeof types.DutyParentOptionsDocument,
    "\n  query DutyAccountOptions($filter: UserFilter!) {\n    users(filter: $filter, first: 200) {\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n        }\n      }\n    }\n  }\n": typeof types.DutyAccountOptionsDocument,
    "\n  mutation CreateDutyAssignment($input: DutyAssignmentInput!) {\n    createDutyAssignment(input: $input) {\n      ...DutyAssignmentFields\n    }\n  }\n": typeof types.CreateDutyAssignmentDocument,
    "\n  mutation UpdateDutyAssignment($id: ID!, $input: DutyAssignmentInput!) {\n    updateDutyAssignment(id: $id, input: $input) {\n      ...DutyAssignmentFields\n    }\n  }\n": typeof types.UpdateDutyAssignmentDocument,
    "\n  mutation ImportDutyAssignments($file: File!, $commit: Boolean!) {\n    importDutyAssignments(file: $file, commit: $commit) {\n      committed\n      fileName\n      rowsRead\n      rowsOk\n      problemCount\n      problems {\n        row\n        message\n      }\n      created\n    }\n  }\n": typeof types.ImportDutyAssignmentsDocument,
    "\n  mutation IssueWarning($input: IssueWarningInput!) {\n    issueWarning(input: $input) {\n      ...WarningFields\n    }\n  }\n": typeof types.IssueWarningDocument,
    "\n  mutation PreviewEnterpriseImport($file: File!) {\n    previewEnterpriseImport(file: $file) {\n      id\n      status\n    }\n  }\n": typeof types.PreviewEnterpriseImportDocument,
    "\n  query EnterpriseImportPreview($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EnterpriseImportPreview {\n        id\n        status\n        fileName\n        problem\n        rowsTotal\n        toCreate\n        toUpdate\n        unchanged\n        invalid\n        expiresAt\n        rowProblems(first: 50) {\n          totalCount\n          edges {\n            node {\n              rowNumber\n              uscc\n              name\n              problems\n            }\n          }\n        }\n        import {\n          id\n          status\n          created\n          updated\n          unchanged\n          skipped\n          applied\n          toApply\n          reportUrl\n          finishedAt\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseImportPreviewDocument,
    "\n  mutation CommitEnterpriseImport($id: ID!, $key: String) {\n    commitEnterpriseImport(previewId: $id, idempotencyKey: $key) {\n      id\n      status\n    }\n  }\n": typeof types.CommitEnterpriseImportDocument,
    "\n  query EnterpriseImportList($first: Int, $after: String) {\n    enterpriseImports(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          status\n          fileName\n          rowsTotal\n          created\n          updated\n          unchanged\n          skipped\n          createdAt\n          reportUrl\n          preview {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseImportListDocument,
    "\n  query EnterpriseList($filter: EnterpriseFilter, $first: Int, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          uscc\n          name\n          industry\n          grade\n          listStatus\n          majorHazardSource\n          address\n          legalRepresentative\n          contactPerson\n          contactPhone\n          status\n          statusChangedAt\n          statusReason\n          township {\n            id\n            name\n          }\n          regulator {\n            id\n            name\n          }\n          coSupervisors {\n            topic\n            regulator {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseListDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n      uscc\n      regulator {\n        name\n      }\n    }\n  }\n": typeof types.CreateEnterpriseDocument,
    "\n  query EnterpriseAccounts($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Enterprise {\n        id\n        accounts {\n          id\n          username\n          displayName\n          disabled\n          mustChangePassword\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseAccountsDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) {\n      id\n      name\n      industry\n      majorHazardSource\n      address\n      legalRepresentative\n      contactPerson\n      contactPhone\n      township {\n        id\n        name\n      }\n      regulator {\n        id\n        name\n      }\n      coSupervisors {\n        topic\n        regulator {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UpdateEnterpriseDocument,
    "\n  mutation DeactivateEnterprise($id: ID!, $reason: String!, $at: DateTime, $status: EnterpriseStatus) {\n    deactivateEnterprise(id: $id, reason: $reason, at: $at, status: $status) {\n      id\n      status\n      statusChangedAt\n      statusReason\n    }\n  }\n": typeof types.DeactivateEnterpriseDocument,
    "\n  mutation ResumeEnterprise($id: ID!) {\n    resumeEnterprise(id: $id) {\n      id\n      status\n      statusChangedAt\n      statusReason\n    }\n  }\n": typeof types.ResumeEnterpriseDocument,
    "\n  mutation BlackListEnterprise($input: BlackListInput!) {\n    blackListEnterprise(input: $input) {\n      id\n      status\n      enterprise {\n        id\n        listStatus\n      }\n    }\n  }\n": typeof types.BlackListEnterpriseDocument,
    "\n  query HolidayYearsAdmin {\n    holidayYears {\n      year\n      provisional\n      source\n      updatedAt\n      holidays {\n        name\n        first\n        last\n      }\n      adjustedWorkdays {\n        date\n        holiday\n      }\n    }\n  }\n": typeof types.HolidayYearsAdminDocument,
    "\n  mutation SetHolidayYear($input: HolidayYearInput!) {\n    setHolidayYear(input: $input) {\n      year\n      provisional\n    }\n  }\n": typeof types.SetHolidayYearDocument,
    "\n  query DeadlineRecomputes {\n    deadlineRecomputes {\n      id\n      status\n      tasks\n      hazards\n      moved\n      finishedAt\n    }\n  }\n": typeof types.DeadlineRecomputesDocument,
    "\n  mutation RecomputeOpenDeadlines {\n    recomputeOpenDeadlines {\n      id\n      status\n    }\n  }\n": typeof types.RecomputeOpenDeadlinesDocument,
    "\n  query LaunchOptions {\n    orgUnits(kind: TOWNSHIP) {\n      id\n      name\n      code\n    }\n    checklistTemplates {\n      id\n      code\n      name\n      industries\n      items {\n        id\n      }\n    }\n  }\n": typeof types.LaunchOptionsDocument,
    "\n  query ScopeCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.ScopeCountDocument,
    "\n  query CampaignSamplePreview($industries: [Industry!], $townshipIds: [ID!], $ratios: GradeRatiosInput!) {\n    campaignSamplePreview(industries: $industries, townshipIds: $townshipIds, sampleRatioByGrade: $ratios) {\n      inScope {\n        GOOD\n        FAIR\n        POOR\n        blackListed\n      }\n      drawn {\n        GOOD\n        FAIR\n        POOR\n        blackListed\n      }\n    }\n  }\n": typeof types.CampaignSamplePreviewDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.LaunchCampaignDocument,
    "\n  query CampaignBudgetPreview($industries: [Industry!]!, $townshipIds: [ID!], $dueAt: DateTime!) {\n    campaignBudgetPreview(industries: $industries, townshipIds: $townshipIds, dueAt: $dueAt) {\n      cap\n      periodLabel\n      inScope\n      atCap\n    }\n  }\n": typeof types.CampaignBudgetPreviewDocument,
    "\n  query ListEntries($filter: ListEntryFilter, $first: Int, $after: String) {\n    listEntries(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...ListEntryFields\n          evidence\n          enterprise {\n            id\n            name\n            uscc\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListEntriesDocument,
    "\n  mutation RemoveFromBlackList($entryId: ID!, $reason: String!) {\n    removeFromBlackList(entryId: $entryId, reason: $reason) {\n      id\n      status\n      endedAt\n      removalReason\n    }\n  }\n": typeof types.RemoveFromBlackListDocument,
    "\n  query OrgUnitsAdmin {\n    orgUnits {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.OrgUnitsAdminDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  query SupervisionDivision {\n    supervisionDivision {\n      industries {\n        industry\n        regulator {\n          id\n          name\n        }\n        enterprises\n        updatedAt\n      }\n      topics {\n        topic\n        regulator {\n          id\n          name\n        }\n        enterprises\n        updatedAt\n      }\n    }\n  }\n": typeof types.SupervisionDivisionDocument,
    "\n  mutation SetIndustryRegulator($industry: Industry!, $regulatorId: ID) {\n    setIndustryRegulator(industry: $industry, regulatorId: $regulatorId) {\n      regulator {\n        id\n        name\n      }\n      enterprisesMoved\n    }\n  }\n": typeof types.SetIndustryRegulatorDocument,
    "\n  mutation SetTopicRegulator($topic: SupervisionTopic!, $regulatorId: ID!) {\n    setTopicRegulator(topic: $topic, regulatorId: $regulatorId) {\n      regulator {\n        id\n        name\n      }\n      enterprisesMoved\n    }\n  }\n": typeof types.SetTopicRegulatorDocument,
    "\n  mutation SignOffHazard($input: SignOffHazardInput!) {\n    signOffHazard(input: $input) {\n      id\n      status\n      rectifyBy\n    }\n  }\n": typeof types.SignOffHazardDocument,
    "\n  query SupervisionRounds($status: [CampaignStatus!], $first: Int, $after: String) {\n    campaigns(kinds: [SUPERVISION], status: $status, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          name\n          status\n          startsAt\n          endsAt\n          supervisedUnits {\n            id\n            siteChecks\n            siteChecksDone\n            hazardsFound\n            hazardsClosed\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionRoundsDocument,
    "\n  query SupervisionLaunchOptions {\n    orgUnits {\n      id\n      kind\n      name\n    }\n    checklistTemplates {\n      id\n      name\n      items {\n        id\n      }\n    }\n  }\n": typeof types.SupervisionLaunchOptionsDocument,
    "\n  mutation LaunchSupervision($input: LaunchSupervisionInput!) {\n    launchSupervision(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.LaunchSupervisionDocument,
    "\n  fragment SupervisionTargetFields on SupervisionTarget {\n    id\n    unit {\n      id\n      name\n      kind\n    }\n    sites\n    siteChecks\n    siteChecksDone\n    hazardsFound\n    hazardsAwaitingVerification\n    hazardsClosed\n    ledgerCheck {\n      failed\n      notes\n      checkedAt\n      checkedByName\n      items {\n        code\n        label\n        passed\n        note\n      }\n    }\n  }\n": typeof types.SupervisionTargetFieldsFragmentDoc,
    "\n  query SupervisionRound($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      kind\n      status\n      startsAt\n      endsAt\n      taskDueAt\n      checklistTemplate {\n        id\n        name\n      }\n      supervisedUnits {\n        ...SupervisionTargetFields\n      }\n    }\n  }\n": typeof types.SupervisionRoundDocument,
    "\n  query SupervisionSiteChecks($id: ID!, $first: Int, $after: String) {\n    campaign(id: $id) {\n      id\n      tasks(first: $first, after: $after) {\n        ...ListPage\n        edges {\n          node {\n            id\n            status\n            dueAt\n            overdue\n            enterprise {\n              id\n              name\n            }\n            supervisedUnit {\n              id\n              name\n            }\n            inspection {\n              id\n              hazards {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionSiteChecksDocument,
    "\n  query SupervisionLedgerItems {\n    supervisionLedgerItems {\n      code\n      label\n    }\n  }\n": typeof types.SupervisionLedgerItemsDocument,
    "\n  mutation RecordLedgerCheck($input: LedgerCheckInput!) {\n    recordLedgerCheck(input: $input) {\n      ...SupervisionTargetFields\n    }\n  }\n": typeof types.RecordLedgerCheckDocument,
    "\n  fragment TipFields on Tip {\n    id\n    stage\n    description\n    location\n    enterpriseText\n    matchMethod\n    matchedEnterprise {\n      id\n      name\n      uscc\n      regulator {\n        id\n        name\n      }\n    }\n    contact {\n      name\n      phone\n    }\n    photos {\n      id\n      url\n    }\n    receivedAt\n    triageDueAt\n    triagedAt\n    notAcceptedReason\n    enterprise {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    verifyDueAt\n    verifiedAt\n    hazardCount\n    rewardMin\n    rewardMax\n    rewardProposed\n    rewardRuleVersion\n    rewardAmount\n    rewardReason\n    rewardDecidedAt\n    paidAt\n  }\n": typeof types.TipFieldsFragmentDoc,
    "\n  query TipList($filter: TipFilter, $first: Int, $after: String) {\n    tips(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...TipFields\n        }\n      }\n    }\n  }\n": typeof types.TipListDocument,
    "\n  query TipEnterpriseOptions($search: String) {\n    enterprises(filter: { search: $search, status: OPERATING }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          uscc\n          regulator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TipEnterpriseOptionsDocument,
    "\n  mutation TriageTip($input: TriageTipInput!) {\n    triageTip(input: $input) {\n      ...TipFields\n    }\n  }\n": typeof types.TriageTipDocument,
    "\n  mutation DecideTipReward($input: TipRewardInput!) {\n    decideTipReward(input: $input) {\n      ...TipFields\n    }\n  }\n": typeof types.DecideTipRewardDocument,
    "\n  query TipRewardRules {\n    tipRewardRules {\n      version\n      rules {\n        level\n        min\n        max\n        proposed\n      }\n    }\n  }\n": typeof types.TipRewardRulesDocument,
    "\n  mutation SetTipRewardRules($rules: [TipRewardRuleInput!]!) {\n    setTipRewardRules(rules: $rules) {\n      version\n      rules {\n        level\n        min\n        max\n        proposed\n      }\n    }\n  }\n": typeof types.SetTipRewardRulesDocument,
    "\n  query UserList($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n          disabled\n          mustChangePassword\n          orgUnit {\n            id\n            name\n            kind\n          }\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UserListDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      password\n      user {\n        id\n        username\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query DutyPostByToken($token: String!) {\n    dutyPostByToken(token: $token) {\n      assignmentId\n      personName\n      targetName\n      townshipName\n      kind\n      level\n      instructions\n      active\n      dueAt\n      acknowledgedAt\n    }\n  }\n": typeof types.DutyPostByTokenDocument,
    "\n  mutation AcknowledgePostByToken($assignmentId: ID!, $token: String!, $idempotencyKey: String) {\n    acknowledgePost(assignmentId: $assignmentId, token: $token, idempotencyKey: $idempotencyKey) {\n      id\n      acknowledgedAt\n      late\n    }\n  }\n": typeof types.AcknowledgePostByTokenDocument,
    "\n  query OwnInspections($first: Int, $after: String) {\n    inspections(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          inspectedAt\n          inspectorCount\n          unit {\n            id\n            name\n          }\n          groupName\n          hazards {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.OwnInspectionsDocument,
    "\n  query SelfCheckTasks($status: [TaskStatus!], $first: Int, $after: String) {\n    myTasks(status: $status, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          status\n          overdue\n          dueAt\n          doneAt\n          origin\n          campaign {\n            id\n            name\n            endsAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.SelfCheckTasksDocument,
    "\n  query SelfCheckTask($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Task {\n        id\n        kind\n        status\n        overdue\n        dueAt\n        enterprise {\n          id\n          name\n        }\n        campaign {\n          id\n          name\n          checklistTemplate {\n            ...ChecklistTemplateFields\n          }\n        }\n        selfCheck {\n          ...SelfCheckFields\n        }\n      }\n    }\n  }\n": typeof types.SelfCheckTaskDocument,
    "\n  mutation SubmitSelfCheck($input: SubmitSelfCheckInput!) {\n    submitSelfCheck(input: $input) {\n      id\n      hazards {\n        id\n      }\n      task {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SubmitSelfCheckDocument,
    "\n  query EnterpriseHome {\n    me {\n      id\n      enterprise {\n        id\n        name\n        uscc\n        grade\n        listStatus\n        township {\n          id\n          name\n        }\n        regulator {\n          id\n          name\n        }\n      }\n    }\n    openSelfChecks: myTasks(status: [OPEN], first: 0) {\n      totalCount\n    }\n    toRectify: hazards(filter: { status: [OPEN] }, first: 0) {\n      totalCount\n    }\n    overdue: hazards(filter: { overdue: true }, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.EnterpriseHomeDocument,
    "\n  query OwnGrade {\n    me {\n      id\n      enterprise {\n        id\n        name\n        grade\n        listStatus\n        grades {\n          ...EnterpriseGradeFields\n        }\n        listEntries {\n          ...ListEntryFields\n        }\n      }\n    }\n  }\n": typeof types.OwnGradeDocument,
    "\n  query LeaderDashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      ...Figures\n      inspectionGroups {\n        groupsSent\n        inspectorsDispatched\n        jointGroups\n      }\n      tips {\n        received\n        accepted\n        confirmed\n        rewarded\n        rewardAmount\n      }\n      byRegulator {\n        ...FigureRow\n      }\n      byTownship {\n        ...FigureRow\n      }\n    }\n  }\n": typeof types.LeaderDashboardDocument,
    "\n  query GradingFigures {\n    gradingFigures {\n      current {\n        GOOD\n        FAIR\n        POOR\n      }\n      lastPublished {\n        periodEnd\n        grades {\n          GOOD\n          FAIR\n          POOR\n        }\n      }\n      previousPublished {\n        periodEnd\n        grades {\n          GOOD\n          FAIR\n          POOR\n        }\n      }\n      redListed\n      blackListed\n    }\n  }\n": typeof types.GradingFiguresDocument,
    "\n  query StandingSupervisionFigures($year: Int) {\n    inspectionPlans(year: $year, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          progress {\n            dueSoFar\n            doneOfDue\n          }\n        }\n      }\n    }\n    falseRectificationRates(year: $year) {\n      judged\n      notRectified\n    }\n  }\n": typeof types.StandingSupervisionFiguresDocument,
    "\n  query InspectionList($filter: InspectionFilter, $first: Int, $after: String) {\n    inspections(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          inspectedAt\n          inspectorCount\n          enterprise {\n            id\n            name\n            township {\n              id\n              name\n            }\n          }\n          task {\n            id\n            origin\n            campaign {\n              id\n              name\n            }\n            assignee {\n              id\n              name\n            }\n          }\n          hazards {\n            id\n            level\n          }\n        }\n      }\n    }\n  }\n": typeof types.InspectionListDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query PublicMajorHazards($first: Int, $after: String) {\n    publicMajorHazards(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseName\n          townshipName\n          regulatorName\n          description\n          listedAt\n          rectifyBy\n          status\n          removedAt\n          suspended\n        }\n      }\n    }\n  }\n": typeof types.PublicMajorHazardsDocument,
    "\n  query InspectionTask($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Task {\n        id\n        kind\n        status\n        overdue\n        dueAt\n        assignee {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n          uscc\n          address\n          industry\n          legalRepresentative\n          majorHazardSource\n          township {\n            id\n            name\n          }\n        }\n        campaign {\n          id\n          name\n          startsAt\n          endsAt\n          checklistTemplate {\n            ...ChecklistTemplateFields\n          }\n        }\n        selfCheck {\n          ...SelfCheckFields\n        }\n        origin\n        supervisedUnit {\n          id\n          name\n        }\n        patrolWindowStartsAt\n        lookBackCheck {\n          month\n          hazardId\n          level\n          hazardStatus\n          description\n          location\n          rectificationMeasures\n          foundAt\n          closedAt\n          closingUnit {\n            id\n            name\n          }\n          outcome\n          reason\n        }\n        tip {\n          id\n          description\n          location\n          enterpriseText\n          photos {\n            id\n            url\n          }\n        }\n        inspection {\n          id\n          inspectedAt\n          inspectorCount\n          notes\n          hazards {\n            id\n            level\n            status\n            description\n          }\n        }\n      }\n    }\n  }\n": typeof types.InspectionTaskDocument,
    "\n  mutation SubmitInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      id\n      inspectorCount\n      hazards {\n        id\n        level\n        status\n      }\n      task {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SubmitInspectionDocument,
    "\n  mutation ReopenHazard(\n    $hazardId: ID!\n    $reason: String!\n    $newRectifyBy: DateTime!\n    $inspectorCount: Int\n    $idempotencyKey: String\n  ) {\n    reopenHazard(\n      hazardId: $hazardId\n      reason: $reason\n      newRectifyBy: $newRectifyBy\n      inspectorCount: $inspectorCount\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      status\n      rectifyBy\n    }\n  }\n": typeof types.ReopenHazardDocument,
    "\n  query JointVisitProposals {\n    jointVisitProposals {\n      enterpriseId\n      enterpriseName\n      month\n      mayOrganise\n      units {\n        id\n        name\n      }\n      tasks {\n        id\n        unitName\n        origin\n        dueAt\n      }\n      budget {\n        ...BudgetFields\n      }\n      candidates {\n        id\n        name\n        unitName\n        unit {\n          id\n        }\n      }\n    }\n  }\n": typeof types.JointVisitProposalsDocument,
    "\n  fragment BudgetFields on InspectionBudget {\n    periodLabel\n    cap\n    done\n    planned\n    total\n    over\n    totalIfJoint\n  }\n": typeof types.BudgetFieldsFragmentDoc,
    "\n  query InspectionGroups($first: Int, $after: String) {\n    inspectionGroups(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          name\n          visitDate\n          members {\n            id\n          }\n          enterprises {\n            id\n            name\n          }\n          tasks {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.InspectionGroupsDocument,
    "\n  query InspectionGroup($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on InspectionGroup {\n        id\n        name\n        visitDate\n        leader {\n          id\n          name\n        }\n        members {\n          id\n          name\n          unitName\n        }\n        enterprises {\n          id\n          name\n        }\n        budgets {\n          ...BudgetFields\n        }\n        tasks {\n          id\n          enterpriseName\n          unitName\n          origin\n          status\n          dueAt\n          inspectedAt\n          findings\n          recordedByGroup\n        }\n      }\n    }\n  }\n": typeof types.InspectionGroupDocument,
    "\n  mutation CreateInspectionGroup($input: InspectionGroupInput!) {\n    createInspectionGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInspectionGroupDocument,
    "\n  mutation SubmitGroupInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      id\n      groupName\n    }\n  }\n": typeof types.SubmitGroupInspectionDocument,
    "\n  query RectificationCounts {\n    open: hazards(filter: { status: [OPEN] }, first: 0) {\n      totalCount\n    }\n    pending: hazards(filter: { status: [PENDING_VERIFICATION] }, first: 0) {\n      totalCount\n    }\n    closed: hazards(filter: { status: [CLOSED] }, first: 0) {\n      totalCount\n    }\n    overdue: hazards(filter: { overdue: true }, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.RectificationCountsDocument,
    "\n  mutation VerifyRectification($input: VerifyRectificationInput!) {\n    verifyRectification(input: $input) {\n      id\n      status\n      rectifyBy\n    }\n  }\n": typeof types.VerifyRectificationDocument,
    "\n  query RoutineEnterpriseOptions($search: String) {\n    enterprises(filter: { search: $search, status: OPERATING }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          uscc\n          address\n        }\n      }\n    }\n  }\n": typeof types.RoutineEnterpriseOptionsDocument,
    "\n  mutation RecordRoutineInspection($input: RoutineInspectionInput!) {\n    recordRoutineInspection(input: $input) {\n      id\n      inspectedAt\n      enterprise {\n        id\n        name\n      }\n      hazards {\n        id\n        level\n      }\n      task {\n        id\n        origin\n      }\n    }\n  }\n": typeof types.RecordRoutineInspectionDocument,
    "\n  query PatrolSchedules {\n    patrolSchedules {\n      id\n      name\n      startsAt\n      endsAt\n      crossesMidnight\n      weekdays\n      active\n      createdAt\n      unit {\n        id\n        name\n      }\n      enterprises {\n        id\n        name\n      }\n      nextWindow {\n        startsAt\n        endsAt\n      }\n      taskCount\n      inspectedCount\n      outsideWindowCount\n    }\n  }\n": typeof types.PatrolSchedulesDocument,
    "\n  query PatrolTasks($id: ID!) {\n    node(id: $id) {\n      ... on PatrolSchedule {\n        id\n        tasks(first: 100) {\n          id\n          status\n          overdue\n          dueAt\n          patrolWindowStartsAt\n          enterprise {\n            id\n            name\n          }\n          inspection {\n            id\n            inspectedAt\n            outsideWindow\n          }\n        }\n      }\n    }\n  }\n": typeof types.PatrolTasksDocument,
    "\n  mutation CreatePatrolSchedule($input: PatrolScheduleInput!) {\n    createPatrolSchedule(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePatrolScheduleDocument,
    "\n  mutation DeactivatePatrolSchedule($id: ID!) {\n    deactivatePatrolSchedule(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivatePatrolScheduleDocument,
    "\n  query IllegalSiteLeads {\n    illegalSiteLeads {\n      id\n      siteName\n      address\n      description\n      status\n      outcome\n      outcomeNote\n      reportedAt\n      closedAt\n      township {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      photos {\n        id\n        url\n      }\n    }\n  }\n": typeof types.IllegalSiteLeadsDocument,
    "\n  mutation ReportIllegalSite($input: ReportIllegalSiteInput!) {\n    reportIllegalSite(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportIllegalSiteDocument,
    "\n  mutation CloseIllegalSiteLead($id: ID!, $outcome: IllegalSiteOutcome!, $note: String!) {\n    closeIllegalSiteLead(id: $id, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.CloseIllegalSiteLeadDocument,
    "\n  query MyTasks($status: [TaskStatus!], $overdue: Boolean, $first: Int, $after: String) {\n    myTasks(status: $status, overdue: $overdue, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          kind\n          topic\n          status\n          overdue\n          dueAt\n          doneAt\n          enterprise {\n            id\n            name\n            industry\n            address\n            township {\n              id\n              name\n            }\n          }\n          origin\n          campaign {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query MyTaskCounts {\n    open: myTasks(status: [OPEN], first: 0) {\n      totalCount\n    }\n    overdue: myTasks(status: [OPEN], overdue: true, first: 0) {\n      totalCount\n    }\n    done: myTasks(status: [DONE], first: 0) {\n      totalCount\n    }\n  }\n": typeof types.MyTaskCountsDocument,
    "\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      trackingCode\n    }\n  }\n": typeof types.SubmitTipDocument,
    "\n  query TipStatus($code: String!) {\n    tipByTrackingCode(code: $code) {\n      stage\n      stageName\n      receivedAt\n      triageDueAt\n      triagedAt\n      verifiedAt\n      rewardDecidedAt\n      paidAt\n    }\n  }\n": typeof types.TipStatusDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!, $reason: String) {\n    deactivateUser(id: $id, reason: $reason) {\n      id\n      disabled\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  fragment CaseRow on EnforcementCase {\n    id\n    status\n    violation\n    handlerNames\n    filedAt\n    decisionDueAt\n    hearingDueAt\n    serviceDueAt\n    paymentDueAt\n    penaltyYuan\n    proposedPenaltyYuan\n    unit {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query Cases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  fragment CaseFields on EnforcementCase {\n    ...CaseRow\n    legalBasis\n    handlerIds\n    notifiedAt\n    statementDueAt\n    statement\n    hearingRequested\n    hearingHeld\n    decidedAt\n    servedAt\n    executedAt\n    closedAt\n    archivedAt\n    archiveNumber\n    inspection {\n      id\n    }\n    hazard {\n      id\n    }\n    events {\n      action\n      note\n      actorName\n      at\n    }\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query Case($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EnforcementCase {\n        ...CaseFields\n      }\n    }\n  }\n": typeof types.CaseDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  mutation AdvanceCase($input: AdvanceCaseInput!) {\n    advanceCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.AdvanceCaseDocument,
    "\n  query CaseColleagues {\n    unitOfficers {\n      id\n      name\n      role\n    }\n  }\n": typeof types.CaseColleaguesDocument,
    "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    id\n    name\n    items {\n      id\n      position\n      category\n      text\n      basis\n      majorCriterion\n    }\n  }\n": typeof types.ChecklistTemplateFieldsFragmentDoc,
    "\n  fragment SelfCheckFields on SelfCheck {\n    id\n    submittedAt\n    submitterName\n    notes\n    answers {\n      answer\n      note\n      item {\n        id\n      }\n    }\n    hazards {\n      id\n      level\n      status\n      description\n    }\n  }\n": typeof types.SelfCheckFieldsFragmentDoc,
    "\n  fragment DirectiveItemFields on DirectiveItem {\n    id\n    position\n    content\n    assignee {\n      id\n      name\n    }\n    dueAt\n    status\n    late\n    answer\n    answeredAt\n    answeredByName\n  }\n": typeof types.DirectiveItemFieldsFragmentDoc,
    "\n  fragment DirectiveFields on Directive {\n    id\n    kind\n    source\n    documentNumber\n    title\n    receivedAt\n    replyDueAt\n    status\n    reply\n    repliedAt\n    items {\n      ...DirectiveItemFields\n    }\n  }\n": typeof types.DirectiveFieldsFragmentDoc,
    "\n  query DirectiveList($filter: DirectiveFilter, $first: Int, $after: String) {\n    directives(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...DirectiveFields\n        }\n      }\n    }\n  }\n": typeof types.DirectiveListDocument,
    "\n  mutation RegisterDirective($input: DirectiveInput!) {\n    registerDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n": typeof types.RegisterDirectiveDocument,
    "\n  mutation ReplyDirective($id: ID!, $reply: String!, $idempotencyKey: String) {\n    replyDirective(id: $id, reply: $reply, idempotencyKey: $idempotencyKey) {\n      ...DirectiveFields\n    }\n  }\n": typeof types.ReplyDirectiveDocument,
    "\n  query DirectiveItemList($filter: DirectiveItemFilter, $first: Int, $after: String) {\n    directiveItems(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...DirectiveItemFields\n          directive {\n            id\n            kind\n            source\n            documentNumber\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.DirectiveItemListDocument,
    "\n  mutation AnswerDirectiveItem($input: AnswerDirectiveItemInput!) {\n    answerDirectiveItem(input: $input) {\n      ...DirectiveItemFields\n    }\n  }\n": typeof types.AnswerDirectiveItemDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    kind\n    title\n    number\n    issuedAt\n    issuedByName\n    pdfUrl\n    signedAt\n    signerName\n    issuer {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n    items {\n      text\n      basis\n      deadline\n    }\n    corrects {\n      id\n      number\n    }\n    correctedBy {\n      id\n      number\n    }\n  }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  query Documents($subjectId: ID!) {\n    documents(subjectId: $subjectId) {\n      ...DocumentFields\n    }\n  }\n": typeof types.DocumentsDocument,
    "\n  mutation SignDocument($id: ID!, $signerName: String!) {\n    signDocument(id: $id, signerName: $signerName) {\n      ...DocumentFields\n    }\n  }\n": typeof types.SignDocumentDocument,
    "\n  mutation CorrectDocument($input: CorrectDocumentInput!) {\n    correctDocument(input: $input) {\n      ...DocumentFields\n    }\n  }\n": typeof types.CorrectDocumentDocument,
    "\n  fragment ResponseFields on EmergencyResponse {\n    id\n    kind\n    level\n    status\n    reason\n    instructions\n    activatedAt\n    levelSince\n    ackMinutes\n    reportEveryMinutes\n    endedAt\n    endReason\n    townships {\n      id\n      name\n    }\n  }\n": typeof types.ResponseFieldsFragmentDoc,
    "\n  fragment SituationReportFields on SituationReport {\n    id\n    township {\n      id\n      name\n    }\n    periodDueAt\n    rainfallMm\n    peopleMoved\n    dangersFound\n    losses\n    text\n    submittedAt\n    photos {\n      id\n      url\n      step\n    }\n  }\n": typeof types.SituationReportFieldsFragmentDoc,
    "\n  fragment BoardRowFields on ResponseBoardRow {\n    township {\n      id\n      name\n    }\n    links\n    acknowledged\n    overdue\n    reports\n    lateLinks {\n      personName\n      targetName\n      tier\n      dueAt\n      acknowledgedAt\n      escalatedUp\n    }\n    latestReport {\n      ...SituationReportFields\n    }\n  }\n": typeof types.BoardRowFieldsFragmentDoc,
    "\n  query EmergencyResponses($first: Int, $after: String) {\n    emergencyResponses(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...ResponseFields\n        }\n      }\n    }\n  }\n": typeof types.EmergencyResponsesDocument,
    "\n  query EmergencyResponse($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmergencyResponse {\n        ...ResponseFields\n        summary\n        levelChanges {\n          fromLevel\n          toLevel\n          reason\n          changedAt\n        }\n        reports {\n          ...SituationReportFields\n        }\n      }\n    }\n  }\n": typeof types.EmergencyResponseDocument,
    "\n  query ResponseBoard($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmergencyResponse {\n        id\n        level\n        status\n        levelSince\n        board {\n          ...BoardRowFields\n        }\n      }\n    }\n  }\n": typeof types.ResponseBoardDocument,
    "\n  query MyDutyPosts {\n    myDutyPosts {\n      id\n      assignmentId\n      targetName\n      dueAt\n      acknowledgedAt\n      response {\n        id\n        kind\n        level\n        status\n        instructions\n      }\n    }\n  }\n": typeof types.MyDutyPostsDocument,
    "\n  mutation AcknowledgePost($assignmentId: ID!, $responseId: ID, $idempotencyKey: String) {\n    acknowledgePost(assignmentId: $assignmentId, responseId: $responseId, idempotencyKey: $idempotencyKey) {\n      id\n      acknowledgedAt\n      late\n    }\n  }\n": typeof types.AcknowledgePostDocument,
    "\n  mutation SubmitSituationReport($input: SituationReportInput!) {\n    submitSituationReport(input: $input) {\n      ...SituationReportFields\n    }\n  }\n": typeof types.SubmitSituationReportDocument,
    "\n  fragment WarningFields on Warning {\n    id\n    title\n    content\n    level\n    townships {\n      id\n      name\n    }\n    industries\n    issuedAt\n    ackDueAt\n    escalatedAt\n    recipients\n    acknowledged\n    acknowledgedAt\n  }\n": typeof types.WarningFieldsFragmentDoc,
    "\n  query Warnings($first: Int, $after: String) {\n    warnings(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...WarningFields\n        }\n      }\n    }\n  }\n": typeof types.WarningsDocument,
    "\n  mutation AcknowledgeWarning($id: ID!) {\n    acknowledgeWarning(id: $id) {\n      ...WarningFields\n    }\n  }\n": typeof types.AcknowledgeWarningDocument,
    "\n  query EscalationBoard($status: [EscalationStatus!]) {\n    escalations(status: $status, first: 200) {\n      edges {\n        node {\n          id\n          level\n          status\n          raisedAt\n          acknowledgedAt\n          acknowledgeComment\n          resolvedAt\n          subjectType\n          addressee {\n            id\n            name\n          }\n          task {\n            id\n            dueAt\n            enterprise {\n              id\n              name\n            }\n            campaign {\n              id\n              name\n            }\n          }\n          tip {\n            id\n            description\n            stage\n            triageDueAt\n            rewardDueAt\n          }\n          risk {\n            id\n            place\n            handleBy\n            unit {\n              id\n              name\n            }\n          }\n          directiveItem {\n            id\n            content\n            dueAt\n            assignee {\n              id\n              name\n            }\n          }\n          hazard {\n            id\n            description\n            level\n            rectifyBy\n            enterprise {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EscalationBoardDocument,
    "\n  mutation AcknowledgeEscalation($id: ID!, $comment: String) {\n    acknowledgeEscalation(id: $id, comment: $comment) {\n      id\n      status\n      acknowledgedAt\n      acknowledgeComment\n    }\n  }\n": typeof types.AcknowledgeEscalationDocument,
    "\n  fragment Figures on DashboardFigures {\n    inspections\n    inspectorsDispatched\n    enterprisesInspected\n    hazardsFound\n    hazardsClosed\n    majorHazards\n    majorHazardsOpen\n    overdueHazards\n    rectificationRate\n    tasksTotal\n    tasksDone\n    tasksOverdue\n    selfChecksDue\n    selfChecksDone\n    selfCheckRate\n    hazardsSelfFound\n    rectificationsByEnterprise\n    rectificationsOnBehalf\n    majorHazardsAwaitingSignOff\n  }\n": typeof types.FiguresFragmentDoc,
    "\n  fragment FigureRow on DashboardRow {\n    key\n    name\n    ...Figures\n    orgUnit {\n      id\n    }\n  }\n": typeof types.FigureRowFragmentDoc,
    "\n  query GradingProposals($first: Int, $after: String) {\n    gradingProposals(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          periodEnd\n          status\n          graded\n          createdAt\n          publishedAt\n          distribution {\n            changed\n          }\n        }\n      }\n    }\n  }\n": typeof types.GradingProposalsDocument,
    "\n  query GradingProposal($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on GradingProposal {\n        id\n        periodEnd\n        windowStart\n        ruleSetVersion\n        status\n        graded\n        createdAt\n        readyAt\n        publishedAt\n        distribution {\n          before {\n            GOOD\n            FAIR\n            POOR\n          }\n          after {\n            GOOD\n            FAIR\n            POOR\n          }\n          changed\n          overridden\n          redListed\n        }\n      }\n    }\n  }\n": typeof types.GradingProposalDocument,
    "\n  query GradingItems($id: ID!, $filter: GradingItemFilter, $first: Int, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on GradingProposal {\n        id\n        items(filter: $filter, first: $first, after: $after) {\n          ...ListPage\n          edges {\n            node {\n              enterprise {\n                id\n                name\n                uscc\n              }\n              score\n              previousGrade\n              proposedGrade\n              grade\n              changed\n              overrideReason\n              overriddenAt\n              redListProposed\n              reasons\n              indicators {\n                indicator\n                label\n                value\n                deduction\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.GradingItemsDocument,
    "\n  mutation RunGrading($periodEnd: DateTime) {\n    runGrading(periodEnd: $periodEnd) {\n      id\n      status\n      periodEnd\n    }\n  }\n": typeof types.RunGradingDocument,
    "\n  mutation OverrideProposedGrade($proposalId: ID!, $enterpriseId: ID!, $grade: Grade!, $reason: String!) {\n    overrideProposedGrade(proposalId: $proposalId, enterpriseId: $enterpriseId, grade: $grade, reason: $reason) {\n      id\n      distribution {\n        changed\n        overridden\n      }\n    }\n  }\n": typeof types.OverrideProposedGradeDocument,
    "\n  mutation PublishGradingProposal($id: ID!) {\n    publishGradingProposal(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishGradingProposalDocument,
    "\n  fragment ListEntryFields on ListEntry {\n    id\n    list\n    status\n    ground\n    groundName\n    startsAt\n    endsAt\n    decidedAt\n    endedAt\n    removalReason\n  }\n": typeof types.ListEntryFieldsFragmentDoc,
    "\n  fragment EnterpriseGradeFields on EnterpriseGrade {\n    periodEnd\n    grade\n    proposedGrade\n    score\n    overrideReason\n    reasons\n    publishedAt\n    indicators {\n      indicator\n      label\n      value\n      deduction\n    }\n  }\n": typeof types.EnterpriseGradeFieldsFragmentDoc,
    "\n  fragment HazardListingFields on Hazard {\n    listedAt\n    delistedAt\n    listing {\n      plan {\n        measures\n        responsible\n        fundsYuan\n        completeBy\n        contingencyPlan\n      }\n      planAt\n      suspendedAt\n      suspensionReason\n      expertAcceptance {\n        experts\n        opinion\n        passed\n        at\n      }\n    }\n  }\n": typeof types.HazardListingFieldsFragmentDoc,
    "\n  mutation SubmitListingPlan($hazardId: ID!, $input: ListingPlanInput!) {\n    submitListingPlan(hazardId: $hazardId, input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitListingPlanDocument,
    "\n  mutation OrderSuspension($hazardId: ID!, $reason: String!) {\n    orderSuspension(hazardId: $hazardId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.OrderSuspensionDocument,
    "\n  mutation RecordExpertAcceptance($input: ExpertAcceptanceInput!) {\n    recordExpertAcceptance(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordExpertAcceptanceDocument,
    "\n  fragment HazardFields on Hazard {\n    id\n    level\n    status\n    overdue\n    description\n    location\n    rectifyBy\n    foundAt\n    reportedAt\n    rectificationMeasures\n    source\n    rectificationPlan\n    reportedOnBehalf\n    reportedByViewer\n    reporterName\n    rectificationResponsible\n    rectificationFunds\n    rectificationCompletedAt\n    rectificationContingencyPlan\n    underOrder\n    verifyBy\n    reinspectionRequestedAt\n    enterprise {\n      id\n      name\n    }\n    regulator {\n      id\n      name\n    }\n    verifierUnit {\n      id\n      name\n    }\n    township {\n      id\n      name\n    }\n    campaign {\n      id\n      name\n    }\n    photos {\n      id\n      url\n      step\n    }\n  }\n": typeof types.HazardFieldsFragmentDoc,
    "\n  query HazardList($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...HazardFields\n        }\n      }\n    }\n  }\n": typeof types.HazardListDocument,
    "\n  query HazardDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n        ...HazardListingFields\n        verifiedAt\n        signedOffAt\n        closedAt\n        enterprise {\n          uscc\n          address\n        }\n        checklistItem {\n          id\n          category\n          text\n        }\n        photos {\n          createdAt\n        }\n        history {\n          kind\n          at\n          actorName\n          comment\n          fromStatus\n          toStatus\n        }\n        escalations {\n          id\n          level\n          status\n          raisedAt\n          addressee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.HazardDetailDocument,
    "\n  mutation ReportRectification($input: ReportRectificationInput!) {\n    reportRectification(input: $input) {\n      id\n      status\n      rectificationMeasures\n      reportedOnBehalf\n    }\n  }\n": typeof types.ReportRectificationDocument,
    "\n  mutation RequestReinspection($hazardId: ID!, $idempotencyKey: String) {\n    requestReinspection(hazardId: $hazardId, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      verifyBy\n      reinspectionRequestedAt\n    }\n  }\n": typeof types.RequestReinspectionDocument,
    "\n  query InspectionPlans($year: Int, $first: Int, $after: String) {\n    inspectionPlans(year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          year\n          status\n          unit {\n            id\n            name\n          }\n          frequencies {\n            majorHazardSource\n            POOR\n            FAIR\n            GOOD\n          }\n          notes\n          enterprises\n          plannedVisits\n          filedAt\n          filedLate\n          reviewedAt\n          reviewComment\n          progress {\n            tasksWritten\n            dueSoFar\n            doneOfDue\n            done\n            overdue\n            completion\n          }\n        }\n      }\n    }\n  }\n": typeof types.InspectionPlansDocument,
    "\n  mutation FileInspectionPlan($input: InspectionPlanInput!) {\n    fileInspectionPlan(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.FileInspectionPlanDocument,
    "\n  mutation ApproveInspectionPlan($id: ID!, $approved: Boolean!, $comment: String) {\n    approveInspectionPlan(id: $id, approved: $approved, comment: $comment) {\n      id\n      status\n      reviewComment\n    }\n  }\n": typeof types.ApproveInspectionPlanDocument,
    "\n  query InspectionPlanBudget($year: Int!, $frequencies: InspectionFrequenciesInput!) {\n    inspectionPlanBudget(year: $year, frequencies: $frequencies) {\n      enterprises\n      cap\n      overAlone\n      overlapping\n      overTogether\n    }\n  }\n": typeof types.InspectionPlanBudgetDocument,
    "\n  query LookBacks($first: Int, $after: String) {\n    lookBacks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          month\n          periodStart\n          ratio\n          seed\n          population\n          drawn\n          judged\n          notRectified\n          drawnAt\n          items {\n            id\n            enterpriseName\n            closingUnit {\n              id\n              name\n            }\n            assignee {\n              id\n              name\n            }\n            taskStatus\n            dueAt\n            outcome\n            judgedAt\n            reason\n          }\n        }\n      }\n    }\n  }\n": typeof types.LookBacksDocument,
    "\n  query LookBackFigures($year: Int) {\n    lookBackRule {\n      version\n      ratio\n      verifyDays\n    }\n    falseRectificationRates(year: $year) {\n      unit {\n        id\n        name\n      }\n      drawn\n      judged\n      notRectified\n      rate\n    }\n  }\n": typeof types.LookBackFiguresDocument,
    "\n  mutation RunLookBack($periodStart: DateTime!) {\n    runLookBack(periodStart: $periodStart) {\n      id\n      month\n      drawn\n      population\n    }\n  }\n": typeof types.RunLookBackDocument,
    "\n  mutation SetLookBackRule($ratio: Float!, $verifyDays: Int!) {\n    setLookBackRule(ratio: $ratio, verifyDays: $verifyDays) {\n      version\n      ratio\n      verifyDays\n    }\n  }\n": typeof types.SetLookBackRuleDocument,
    "\n  query Notifications($unread: Boolean, $first: Int, $after: String) {\n    notifications(unread: $unread, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          subjectType\n          subjectId\n          createdAt\n          read\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotifications {\n    notifications(unread: true, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation UploadPhoto($file: File!) {\n    uploadPhoto(file: $file) {\n      id\n      url\n      contentType\n      byteSize\n    }\n  }\n": typeof types.UploadPhotoDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      kind\n      code\n      name\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query CampaignOptions {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.CampaignOptionsDocument,
    "\n  query CountyReports($kind: ReportKind, $first: Int, $after: String) {\n    countyReports(kind: $kind, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...CountyReportFields\n        }\n      }\n    }\n  }\n": typeof types.CountyReportsDocument,
    "\n  fragment CountyReportFields on Report {\n    id\n    kind\n    periodStart\n    periodEnd\n    createdAt\n    docxUrl\n    countyFigures {\n      ...Figures\n    }\n  }\n": typeof types.CountyReportFieldsFragmentDoc,
    "\n  query ReportBody($id: ID!) {\n    node(id: $id) {\n      ... on Report {\n        id\n        body\n      }\n    }\n  }\n": typeof types.ReportBodyDocument,
    "\n  mutation GenerateCountyReport($kind: ReportKind!, $periodStart: DateTime!) {\n    generateCountyReport(kind: $kind, periodStart: $periodStart) {\n      ...CountyReportFields\n    }\n  }\n": typeof types.GenerateCountyReportDocument,
    "\n  fragment RiskFields on Risk {\n    id\n    kind\n    level\n    place\n    description\n    measures\n    status\n    unit {\n      id\n      name\n    }\n    reportedByName\n    reportedAt\n    handleBy\n    late\n    handlingAt\n    handlingNote\n    closedAt\n    closedByName\n    closingEvidence\n  }\n": typeof types.RiskFieldsFragmentDoc,
    "\n  query RiskList($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...RiskFields\n        }\n      }\n    }\n  }\n": typeof types.RiskListDocument,
    "\n  mutation ReportRisk($input: ReportRiskInput!) {\n    reportRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n": typeof types.ReportRiskDocument,
    "\n  mutation HandleRisk($input: HandleRiskInput!) {\n    handleRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n": typeof types.HandleRiskDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n    orgUnit {\n      id\n      name\n      code\n    }\n    enterprise {\n      id\n      name\n    }\n    mustChangePassword\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment ListPage on Connection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.ListPageFragmentDoc,
    "\n  query HolidayYears {\n    holidayYears {\n      year\n      provisional\n    }\n  }\n": types.HolidayYearsDocument,
    "\n  query AuditLog($subjectId: ID!) {\n    auditLog(subjectId: $subjectId, first: 200) {\n      id\n      action\n      actorName\n      at\n      before\n      after\n      requestId\n      subjectType\n      subjectId\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment CampaignState on Campaign {\n    id\n    status\n    endsAt\n  }\n": types.CampaignStateFragmentDoc,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignSummary\n      createdAt\n      sampleRatio\n      sampleRatioByGrade {\n        GOOD\n        FAIR\n        POOR\n      }\n      sampleSeed\n      industries\n      topics\n      townships {\n        id\n        name\n      }\n      checklistTemplate {\n        id\n        name\n      }\n      selfCheckDueAt\n      duty: progress {\n        selfChecksDue\n        selfChecksDone\n        selfCheckRate\n        hazardsFound\n        hazardsSelfFound\n        rectificationsByEnterprise\n        rectificationsOnBehalf\n        majorHazardsAwaitingSignOff\n      }\n      escalation {\n        remindBefore\n        reportEvery\n        steps {\n          after\n          level\n        }\n      }\n      reports {\n        id\n        kind\n        periodStart\n        periodEnd\n        createdAt\n        body\n        docxUrl\n        stats {\n          ...ProgressFields\n        }\n        cumulative {\n          ...ProgressFields\n        }\n      }\n    }\n    open: hazards(filter: { campaignId: $id, status: [OPEN] }, first: 0) {\n      totalCount\n    }\n    pending: hazards(filter: { campaignId: $id, status: [PENDING_VERIFICATION] }, first: 0) {\n      totalCount\n    }\n    closed: hazards(filter: { campaignId: $id, status: [CLOSED] }, first: 0) {\n      totalCount\n    }\n    dashboard(filter: { campaignId: $id }) {\n      byRegulator {\n        ...FigureRow\n      }\n      byTownship {\n        ...FigureRow\n      }\n    }\n  }\n": types.CampaignDetailDocument,
    "\n  query CampaignOverdue($id: ID!) {\n    campaign(id: $id) {\n      id\n      tasks(overdue: true, status: [OPEN], first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            dueAt\n            topic\n            enterprise {\n              id\n              name\n            }\n            assignee {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    hazards(filter: { campaignId: $id, overdue: true }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          description\n          level\n          status\n          rectifyBy\n          enterprise {\n            id\n            name\n          }\n          regulator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CampaignOverdueDocument,
    "\n  query CampaignFanOut($id: ID!) {\n    campaign(id: $id) {\n      id\n      status\n      progress {\n        tasksTotal\n      }\n      tasks(first: 0) {\n        totalCount\n      }\n    }\n  }\n": types.CampaignFanOutDocument,
    "\n  mutation PauseCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    pauseCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n": types.PauseCampaignDocument,
    "\n  mutation ResumeCampaign($id: ID!, $idempotencyKey: String) {\n    resumeCampaign(id: $id, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n": types.ResumeCampaignDocument,
    "\n  mutation ExtendCampaign($id: ID!, $endsAt: DateTime!, $reason: String!, $idempotencyKey: String) {\n    extendCampaign(id: $id, endsAt: $endsAt, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n": types.ExtendCampaignDocument,
    "\n  mutation CancelCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    cancelCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n": types.CancelCampaignDocument,
    "\n  fragment ProgressFields on CampaignProgress {\n    tasksTotal\n    tasksDone\n    tasksOverdue\n    hazardsFound\n    hazardsClosed\n    majorHazards\n    rectificationRate\n  }\n": types.ProgressFieldsFragmentDoc,
    "\n  fragment CampaignSummary on Campaign {\n    id\n    name\n    kind\n    status\n    startsAt\n    endsAt\n    taskDueAt\n    progress {\n      ...ProgressFields\n    }\n  }\n": types.CampaignSummaryFragmentDoc,
    "\n  query CampaignList($status: [CampaignStatus!], $kinds: [CampaignKind!], $first: Int, $after: String) {\n    campaigns(status: $status, kinds: $kinds, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...CampaignSummary\n        }\n      }\n    }\n  }\n": types.CampaignListDocument,
    "\n  query ChecklistAdminList {\n    checklistTemplates {\n      ...ChecklistTemplateFields\n      code\n      version\n      industries\n      createdAt\n      downloadUrl\n    }\n  }\n": types.ChecklistAdminListDocument,
    "\n  mutation CreateChecklistTemplate($input: ChecklistTemplateInput!, $key: String) {\n    createChecklistTemplate(input: $input, idempotencyKey: $key) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateChecklistTemplateDocument,
    "\n  mutation UpdateChecklistTemplate($id: ID!, $input: ChecklistTemplateInput!) {\n    updateChecklistTemplate(id: $id, input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateChecklistTemplateDocument,
    "\n  mutation ChecklistItemsFromFile($file: File!) {\n    checklistItemsFromFile(file: $file) {\n      category\n      text\n      basis\n      majorCriterion\n    }\n  }\n": types.ChecklistItemsFromFileDocument,
    "\n  mutation ActivateResponse($input: ActivateResponseInput!) {\n    activateResponse(input: $input) {\n      id\n    }\n  }\n": types.ActivateResponseDocument,
    "\n  mutation ChangeResponseLevel($id: ID!, $level: ResponseLevel!, $reason: String!, $idempotencyKey: String) {\n    changeResponseLevel(id: $id, level: $level, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...ResponseFields\n    }\n  }\n": types.ChangeResponseLevelDocument,
    "\n  mutation EndResponse($id: ID!, $reason: String!, $idempotencyKey: String) {\n    endResponse(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...ResponseFields\n      summary\n    }\n  }\n": types.EndResponseDocument,
    "\n  fragment DutyAssignmentFields on DutyAssignment {\n    id\n    tier\n    township {\n      id\n      name\n    }\n    targetKind\n    targetName\n    personName\n    phone\n    hasAccount\n    userId\n    parentId\n    parent {\n      id\n      personName\n      targetName\n      tier\n    }\n    active\n  }\n": types.DutyAssignmentFieldsFragmentDoc,
    "\n  query DutyAssignments($filter: DutyAssignmentFilter, $first: Int, $after: String) {\n    dutyAssignments(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...DutyAssignmentFields\n        }\n      }\n    }\n  }\n": types.DutyAssignmentsDocument,
    "\n  query DutyParentOptions($townshipId: ID!, $tier: DutyTier!) {\n    dutyAssignments(filter: { townshipId: $townshipId, tier: $tier, active: true }, first: 200) {\n      edges {\n        node {\n          id\n          personName\n          targetName\n        }\n      }\n    }\n  }\n": types.DutyParentOptionsDocument,
    "\n  query DutyAccountOptions($filter: UserFilter!) {\n    users(filter: $filter, first: 200) {\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n        }\n      }\n    }\n  }\n": types.DutyAccountOptionsDocument,
    "\n  mutation CreateDutyAssignment($input: DutyAssignmentInput!) {\n    createDutyAssignment(input: $input) {\n      ...DutyAssignmentFields\n    }\n  }\n": types.CreateDutyAssignmentDocument,
    "\n  mutation UpdateDutyAssignment($id: ID!, $input: DutyAssignmentInput!) {\n    updateDutyAssignment(id: $id, input: $input) {\n      ...DutyAssignmentFields\n    }\n  }\n": types.UpdateDutyAssignmentDocument,
    "\n  mutation ImportDutyAssignments($file: File!, $commit: Boolean!) {\n    importDutyAssignments(file: $file, commit: $commit) {\n      committed\n      fileName\n      rowsRead\n      rowsOk\n      problemCount\n      problems {\n        row\n        message\n      }\n      created\n    }\n  }\n": types.ImportDutyAssignmentsDocument,
    "\n  mutation IssueWarning($input: IssueWarningInput!) {\n    issueWarning(input: $input) {\n      ...WarningFields\n    }\n  }\n": types.IssueWarningDocument,
    "\n  mutation PreviewEnterpriseImport($file: File!) {\n    previewEnterpriseImport(file: $file) {\n      id\n      status\n    }\n  }\n": types.PreviewEnterpriseImportDocument,
    "\n  query EnterpriseImportPreview($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EnterpriseImportPreview {\n        id\n        status\n        fileName\n        problem\n        rowsTotal\n        toCreate\n        toUpdate\n        unchanged\n        invalid\n        expiresAt\n        rowProblems(first: 50) {\n          totalCount\n          edges {\n            node {\n              rowNumber\n              uscc\n              name\n              problems\n            }\n          }\n        }\n        import {\n          id\n          status\n          created\n          updated\n          unchanged\n          skipped\n          applied\n          toApply\n          reportUrl\n          finishedAt\n        }\n      }\n    }\n  }\n": types.EnterpriseImportPreviewDocument,
    "\n  mutation CommitEnterpriseImport($id: ID!, $key: String) {\n    commitEnterpriseImport(previewId: $id, idempotencyKey: $key) {\n      id\n      status\n    }\n  }\n": types.CommitEnterpriseImportDocument,
    "\n  query EnterpriseImportList($first: Int, $after: String) {\n    enterpriseImports(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          status\n          fileName\n          rowsTotal\n          created\n          updated\n          unchanged\n          skipped\n          createdAt\n          reportUrl\n          preview {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseImportListDocument,
    "\n  query EnterpriseList($filter: EnterpriseFilter, $first: Int, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          uscc\n          name\n          industry\n          grade\n          listStatus\n          majorHazardSource\n          address\n          legalRepresentative\n          contactPerson\n          contactPhone\n          status\n          statusChangedAt\n          statusReason\n          township {\n            id\n            name\n          }\n          regulator {\n            id\n            name\n          }\n          coSupervisors {\n            topic\n            regulator {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseListDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n      uscc\n      regulator {\n        name\n      }\n    }\n  }\n": types.CreateEnterpriseDocument,
    "\n  query EnterpriseAccounts($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Enterprise {\n        id\n        accounts {\n          id\n          username\n          displayName\n          disabled\n          mustChangePassword\n        }\n      }\n    }\n  }\n": types.EnterpriseAccountsDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) {\n      id\n      name\n      industry\n      majorHazardSource\n      address\n      legalRepresentative\n      contactPerson\n      contactPhone\n      township {\n        id\n        name\n      }\n      regulator {\n        id\n        name\n      }\n      coSupervisors {\n        topic\n        regulator {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UpdateEnterpriseDocument,
    "\n  mutation DeactivateEnterprise($id: ID!, $reason: String!, $at: DateTime, $status: EnterpriseStatus) {\n    deactivateEnterprise(id: $id, reason: $reason, at: $at, status: $status) {\n      id\n      status\n      statusChangedAt\n      statusReason\n    }\n  }\n": types.DeactivateEnterpriseDocument,
    "\n  mutation ResumeEnterprise($id: ID!) {\n    resumeEnterprise(id: $id) {\n      id\n      status\n      statusChangedAt\n      statusReason\n    }\n  }\n": types.ResumeEnterpriseDocument,
    "\n  mutation BlackListEnterprise($input: BlackListInput!) {\n    blackListEnterprise(input: $input) {\n      id\n      status\n      enterprise {\n        id\n        listStatus\n      }\n    }\n  }\n": types.BlackListEnterpriseDocument,
    "\n  query HolidayYearsAdmin {\n    holidayYears {\n      year\n      provisional\n      source\n      updatedAt\n      holidays {\n        name\n        first\n        last\n      }\n      adjustedWorkdays {\n        date\n        holiday\n      }\n    }\n  }\n": types.HolidayYearsAdminDocument,
    "\n  mutation SetHolidayYear($input: HolidayYearInput!) {\n    setHolidayYear(input: $input) {\n      year\n      provisional\n    }\n  }\n": types.SetHolidayYearDocument,
    "\n  query DeadlineRecomputes {\n    deadlineRecomputes {\n      id\n      status\n      tasks\n      hazards\n      moved\n      finishedAt\n    }\n  }\n": types.DeadlineRecomputesDocument,
    "\n  mutation RecomputeOpenDeadlines {\n    recomputeOpenDeadlines {\n      id\n      status\n    }\n  }\n": types.RecomputeOpenDeadlinesDocument,
    "\n  query LaunchOptions {\n    orgUnits(kind: TOWNSHIP) {\n      id\n      name\n      code\n    }\n    checklistTemplates {\n      id\n      code\n      name\n      industries\n      items {\n        id\n      }\n    }\n  }\n": types.LaunchOptionsDocument,
    "\n  query ScopeCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.ScopeCountDocument,
    "\n  query CampaignSamplePreview($industries: [Industry!], $townshipIds: [ID!], $ratios: GradeRatiosInput!) {\n    campaignSamplePreview(industries: $industries, townshipIds: $townshipIds, sampleRatioByGrade: $ratios) {\n      inScope {\n        GOOD\n        FAIR\n        POOR\n        blackListed\n      }\n      drawn {\n        GOOD\n        FAIR\n        POOR\n        blackListed\n      }\n    }\n  }\n": types.CampaignSamplePreviewDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": types.LaunchCampaignDocument,
    "\n  query CampaignBudgetPreview($industries: [Industry!]!, $townshipIds: [ID!], $dueAt: DateTime!) {\n    campaignBudgetPreview(industries: $industries, townshipIds: $townshipIds, dueAt: $dueAt) {\n      cap\n      periodLabel\n      inScope\n      atCap\n    }\n  }\n": types.CampaignBudgetPreviewDocument,
    "\n  query ListEntries($filter: ListEntryFilter, $first: Int, $after: String) {\n    listEntries(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...ListEntryFields\n          evidence\n          enterprise {\n            id\n            name\n            uscc\n          }\n        }\n      }\n    }\n  }\n": types.ListEntriesDocument,
    "\n  mutation RemoveFromBlackList($entryId: ID!, $reason: String!) {\n    removeFromBlackList(entryId: $entryId, reason: $reason) {\n      id\n      status\n      endedAt\n      removalReason\n    }\n  }\n": types.RemoveFromBlackListDocument,
    "\n  query OrgUnitsAdmin {\n    orgUnits {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.OrgUnitsAdminDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  query SupervisionDivision {\n    supervisionDivision {\n      industries {\n        industry\n        regulator {\n          id\n          name\n        }\n        enterprises\n        updatedAt\n      }\n      topics {\n        topic\n        regulator {\n          id\n          name\n        }\n        enterprises\n        updatedAt\n      }\n    }\n  }\n": types.SupervisionDivisionDocument,
    "\n  mutation SetIndustryRegulator($industry: Industry!, $regulatorId: ID) {\n    setIndustryRegulator(industry: $industry, regulatorId: $regulatorId) {\n      regulator {\n        id\n        name\n      }\n      enterprisesMoved\n    }\n  }\n": types.SetIndustryRegulatorDocument,
    "\n  mutation SetTopicRegulator($topic: SupervisionTopic!, $regulatorId: ID!) {\n    setTopicRegulator(topic: $topic, regulatorId: $regulatorId) {\n      regulator {\n        id\n        name\n      }\n      enterprisesMoved\n    }\n  }\n": types.SetTopicRegulatorDocument,
    "\n  mutation SignOffHazard($input: SignOffHazardInput!) {\n    signOffHazard(input: $input) {\n      id\n      status\n      rectifyBy\n    }\n  }\n": types.SignOffHazardDocument,
    "\n  query SupervisionRounds($status: [CampaignStatus!], $first: Int, $after: String) {\n    campaigns(kinds: [SUPERVISION], status: $status, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          name\n          status\n          startsAt\n          endsAt\n          supervisedUnits {\n            id\n            siteChecks\n            siteChecksDone\n            hazardsFound\n            hazardsClosed\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionRoundsDocument,
    "\n  query SupervisionLaunchOptions {\n    orgUnits {\n      id\n      kind\n      name\n    }\n    checklistTemplates {\n      id\n      name\n      items {\n        id\n      }\n    }\n  }\n": types.SupervisionLaunchOptionsDocument,
    "\n  mutation LaunchSupervision($input: LaunchSupervisionInput!) {\n    launchSupervision(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": types.LaunchSupervisionDocument,
    "\n  fragment SupervisionTargetFields on SupervisionTarget {\n    id\n    unit {\n      id\n      name\n      kind\n    }\n    sites\n    siteChecks\n    siteChecksDone\n    hazardsFound\n    hazardsAwaitingVerification\n    hazardsClosed\n    ledgerCheck {\n      failed\n      notes\n      checkedAt\n      checkedByName\n      items {\n        code\n        label\n        passed\n        note\n      }\n    }\n  }\n": types.SupervisionTargetFieldsFragmentDoc,
    "\n  query SupervisionRound($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      kind\n      status\n      startsAt\n      endsAt\n      taskDueAt\n      checklistTemplate {\n        id\n        name\n      }\n      supervisedUnits {\n        ...SupervisionTargetFields\n      }\n    }\n  }\n": types.SupervisionRoundDocument,
    "\n  query SupervisionSiteChecks($id: ID!, $first: Int, $after: String) {\n    campaign(id: $id) {\n      id\n      tasks(first: $first, after: $after) {\n        ...ListPage\n        edges {\n          node {\n            id\n            status\n            dueAt\n            overdue\n            enterprise {\n              id\n              name\n            }\n            supervisedUnit {\n              id\n              name\n            }\n            inspection {\n              id\n              hazards {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionSiteChecksDocument,
    "\n  query SupervisionLedgerItems {\n    supervisionLedgerItems {\n      code\n      label\n    }\n  }\n": types.SupervisionLedgerItemsDocument,
    "\n  mutation RecordLedgerCheck($input: LedgerCheckInput!) {\n    recordLedgerCheck(input: $input) {\n      ...SupervisionTargetFields\n    }\n  }\n": types.RecordLedgerCheckDocument,
    "\n  fragment TipFields on Tip {\n    id\n    stage\n    description\n    location\n    enterpriseText\n    matchMethod\n    matchedEnterprise {\n      id\n      name\n      uscc\n      regulator {\n        id\n        name\n      }\n    }\n    contact {\n      name\n      phone\n    }\n    photos {\n      id\n      url\n    }\n    receivedAt\n    triageDueAt\n    triagedAt\n    notAcceptedReason\n    enterprise {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    verifyDueAt\n    verifiedAt\n    hazardCount\n    rewardMin\n    rewardMax\n    rewardProposed\n    rewardRuleVersion\n    rewardAmount\n    rewardReason\n    rewardDecidedAt\n    paidAt\n  }\n": types.TipFieldsFragmentDoc,
    "\n  query TipList($filter: TipFilter, $first: Int, $after: String) {\n    tips(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...TipFields\n        }\n      }\n    }\n  }\n": types.TipListDocument,
    "\n  query TipEnterpriseOptions($search: String) {\n    enterprises(filter: { search: $search, status: OPERATING }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          uscc\n          regulator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TipEnterpriseOptionsDocument,
    "\n  mutation TriageTip($input: TriageTipInput!) {\n    triageTip(input: $input) {\n      ...TipFields\n    }\n  }\n": types.TriageTipDocument,
    "\n  mutation DecideTipReward($input: TipRewardInput!) {\n    decideTipReward(input: $input) {\n      ...TipFields\n    }\n  }\n": types.DecideTipRewardDocument,
    "\n  query TipRewardRules {\n    tipRewardRules {\n      version\n      rules {\n        level\n        min\n        max\n        proposed\n      }\n    }\n  }\n": types.TipRewardRulesDocument,
    "\n  mutation SetTipRewardRules($rules: [TipRewardRuleInput!]!) {\n    setTipRewardRules(rules: $rules) {\n      version\n      rules {\n        level\n        min\n        max\n        proposed\n      }\n    }\n  }\n": types.SetTipRewardRulesDocument,
    "\n  query UserList($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n          disabled\n          mustChangePassword\n          orgUnit {\n            id\n            name\n            kind\n          }\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UserListDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      password\n      user {\n        id\n        username\n        mustChangePassword\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query DutyPostByToken($token: String!) {\n    dutyPostByToken(token: $token) {\n      assignmentId\n      personName\n      targetName\n      townshipName\n      kind\n      level\n      instructions\n      active\n      dueAt\n      acknowledgedAt\n    }\n  }\n": types.DutyPostByTokenDocument,
    "\n  mutation AcknowledgePostByToken($assignmentId: ID!, $token: String!, $idempotencyKey: String) {\n    acknowledgePost(assignmentId: $assignmentId, token: $token, idempotencyKey: $idempotencyKey) {\n      id\n      acknowledgedAt\n      late\n    }\n  }\n": types.AcknowledgePostByTokenDocument,
    "\n  query OwnInspections($first: Int, $after: String) {\n    inspections(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          inspectedAt\n          inspectorCount\n          unit {\n            id\n            name\n          }\n          groupName\n          hazards {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.OwnInspectionsDocument,
    "\n  query SelfCheckTasks($status: [TaskStatus!], $first: Int, $after: String) {\n    myTasks(status: $status, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          status\n          overdue\n          dueAt\n          doneAt\n          origin\n          campaign {\n            id\n            name\n            endsAt\n          }\n        }\n      }\n    }\n  }\n": types.SelfCheckTasksDocument,
    "\n  query SelfCheckTask($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Task {\n        id\n        kind\n        status\n        overdue\n        dueAt\n        enterprise {\n          id\n          name\n        }\n        campaign {\n          id\n          name\n          checklistTemplate {\n            ...ChecklistTemplateFields\n          }\n        }\n        selfCheck {\n          ...SelfCheckFields\n        }\n      }\n    }\n  }\n": types.SelfCheckTaskDocument,
    "\n  mutation SubmitSelfCheck($input: SubmitSelfCheckInput!) {\n    submitSelfCheck(input: $input) {\n      id\n      hazards {\n        id\n      }\n      task {\n        id\n        status\n      }\n    }\n  }\n": types.SubmitSelfCheckDocument,
    "\n  query EnterpriseHome {\n    me {\n      id\n      enterprise {\n        id\n        name\n        uscc\n        grade\n        listStatus\n        township {\n          id\n          name\n        }\n        regulator {\n          id\n          name\n        }\n      }\n    }\n    openSelfChecks: myTasks(status: [OPEN], first: 0) {\n      totalCount\n    }\n    toRectify: hazards(filter: { status: [OPEN] }, first: 0) {\n      totalCount\n    }\n    overdue: hazards(filter: { overdue: true }, first: 0) {\n      totalCount\n    }\n  }\n": types.EnterpriseHomeDocument,
    "\n  query OwnGrade {\n    me {\n      id\n      enterprise {\n        id\n        name\n        grade\n        listStatus\n        grades {\n          ...EnterpriseGradeFields\n        }\n        listEntries {\n          ...ListEntryFields\n        }\n      }\n    }\n  }\n": types.OwnGradeDocument,
    "\n  query LeaderDashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      ...Figures\n      inspectionGroups {\n        groupsSent\n        inspectorsDispatched\n        jointGroups\n      }\n      tips {\n        received\n        accepted\n        confirmed\n        rewarded\n        rewardAmount\n      }\n      byRegulator {\n        ...FigureRow\n      }\n      byTownship {\n        ...FigureRow\n      }\n    }\n  }\n": types.LeaderDashboardDocument,
    "\n  query GradingFigures {\n    gradingFigures {\n      current {\n        GOOD\n        FAIR\n        POOR\n      }\n      lastPublished {\n        periodEnd\n        grades {\n          GOOD\n          FAIR\n          POOR\n        }\n      }\n      previousPublished {\n        periodEnd\n        grades {\n          GOOD\n          FAIR\n          POOR\n        }\n      }\n      redListed\n      blackListed\n    }\n  }\n": types.GradingFiguresDocument,
    "\n  query StandingSupervisionFigures($year: Int) {\n    inspectionPlans(year: $year, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          progress {\n            dueSoFar\n            doneOfDue\n          }\n        }\n      }\n    }\n    falseRectificationRates(year: $year) {\n      judged\n      notRectified\n    }\n  }\n": types.StandingSupervisionFiguresDocument,
    "\n  query InspectionList($filter: InspectionFilter, $first: Int, $after: String) {\n    inspections(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          inspectedAt\n          inspectorCount\n          enterprise {\n            id\n            name\n            township {\n              id\n              name\n            }\n          }\n          task {\n            id\n            origin\n            campaign {\n              id\n              name\n            }\n            assignee {\n              id\n              name\n            }\n          }\n          hazards {\n            id\n            level\n          }\n        }\n      }\n    }\n  }\n": types.InspectionListDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query PublicMajorHazards($first: Int, $after: String) {\n    publicMajorHazards(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseName\n          townshipName\n          regulatorName\n          description\n          listedAt\n          rectifyBy\n          status\n          removedAt\n          suspended\n        }\n      }\n    }\n  }\n": types.PublicMajorHazardsDocument,
    "\n  query InspectionTask($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Task {\n        id\n        kind\n        status\n        overdue\n        dueAt\n        assignee {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n          uscc\n          address\n          industry\n          legalRepresentative\n          majorHazardSource\n          township {\n            id\n            name\n          }\n        }\n        campaign {\n          id\n          name\n          startsAt\n          endsAt\n          checklistTemplate {\n            ...ChecklistTemplateFields\n          }\n        }\n        selfCheck {\n          ...SelfCheckFields\n        }\n        origin\n        supervisedUnit {\n          id\n          name\n        }\n        patrolWindowStartsAt\n        lookBackCheck {\n          month\n          hazardId\n          level\n          hazardStatus\n          description\n          location\n          rectificationMeasures\n          foundAt\n          closedAt\n          closingUnit {\n            id\n            name\n          }\n          outcome\n          reason\n        }\n        tip {\n          id\n          description\n          location\n          enterpriseText\n          photos {\n            id\n            url\n          }\n        }\n        inspection {\n          id\n          inspectedAt\n          inspectorCount\n          notes\n          hazards {\n            id\n            level\n            status\n            description\n          }\n        }\n      }\n    }\n  }\n": types.InspectionTaskDocument,
    "\n  mutation SubmitInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      id\n      inspectorCount\n      hazards {\n        id\n        level\n        status\n      }\n      task {\n        id\n        status\n      }\n    }\n  }\n": types.SubmitInspectionDocument,
    "\n  mutation ReopenHazard(\n    $hazardId: ID!\n    $reason: String!\n    $newRectifyBy: DateTime!\n    $inspectorCount: Int\n    $idempotencyKey: String\n  ) {\n    reopenHazard(\n      hazardId: $hazardId\n      reason: $reason\n      newRectifyBy: $newRectifyBy\n      inspectorCount: $inspectorCount\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      status\n      rectifyBy\n    }\n  }\n": types.ReopenHazardDocument,
    "\n  query JointVisitProposals {\n    jointVisitProposals {\n      enterpriseId\n      enterpriseName\n      month\n      mayOrganise\n      units {\n        id\n        name\n      }\n      tasks {\n        id\n        unitName\n        origin\n        dueAt\n      }\n      budget {\n        ...BudgetFields\n      }\n      candidates {\n        id\n        name\n        unitName\n        unit {\n          id\n        }\n      }\n    }\n  }\n": types.JointVisitProposalsDocument,
    "\n  fragment BudgetFields on InspectionBudget {\n    periodLabel\n    cap\n    done\n    planned\n    total\n    over\n    totalIfJoint\n  }\n": types.BudgetFieldsFragmentDoc,
    "\n  query InspectionGroups($first: Int, $after: String) {\n    inspectionGroups(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          name\n          visitDate\n          members {\n            id\n          }\n          enterprises {\n            id\n            name\n          }\n          tasks {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.InspectionGroupsDocument,
    "\n  query InspectionGroup($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on InspectionGroup {\n        id\n        name\n        visitDate\n        leader {\n          id\n          name\n        }\n        members {\n          id\n          name\n          unitName\n        }\n        enterprises {\n          id\n          name\n        }\n        budgets {\n          ...BudgetFields\n        }\n        tasks {\n          id\n          enterpriseName\n          unitName\n          origin\n          status\n          dueAt\n          inspectedAt\n          findings\n          recordedByGroup\n        }\n      }\n    }\n  }\n": types.InspectionGroupDocument,
    "\n  mutation CreateInspectionGroup($input: InspectionGroupInput!) {\n    createInspectionGroup(input: $input) {\n      id\n    }\n  }\n": types.CreateInspectionGroupDocument,
    "\n  mutation SubmitGroupInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      id\n      groupName\n    }\n  }\n": types.SubmitGroupInspectionDocument,
    "\n  query RectificationCounts {\n    open: hazards(filter: { status: [OPEN] }, first: 0) {\n      totalCount\n    }\n    pending: hazards(filter: { status: [PENDING_VERIFICATION] }, first: 0) {\n      totalCount\n    }\n    closed: hazards(filter: { status: [CLOSED] }, first: 0) {\n      totalCount\n    }\n    overdue: hazards(filter: { overdue: true }, first: 0) {\n      totalCount\n    }\n  }\n": types.RectificationCountsDocument,
    "\n  mutation VerifyRectification($input: VerifyRectificationInput!) {\n    verifyRectification(input: $input) {\n      id\n      status\n      rectifyBy\n    }\n  }\n": types.VerifyRectificationDocument,
    "\n  query RoutineEnterpriseOptions($search: String) {\n    enterprises(filter: { search: $search, status: OPERATING }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          uscc\n          address\n        }\n      }\n    }\n  }\n": types.RoutineEnterpriseOptionsDocument,
    "\n  mutation RecordRoutineInspection($input: RoutineInspectionInput!) {\n    recordRoutineInspection(input: $input) {\n      id\n      inspectedAt\n      enterprise {\n        id\n        name\n      }\n      hazards {\n        id\n        level\n      }\n      task {\n        id\n        origin\n      }\n    }\n  }\n": types.RecordRoutineInspectionDocument,
    "\n  query PatrolSchedules {\n    patrolSchedules {\n      id\n      name\n      startsAt\n      endsAt\n      crossesMidnight\n      weekdays\n      active\n      createdAt\n      unit {\n        id\n        name\n      }\n      enterprises {\n        id\n        name\n      }\n      nextWindow {\n        startsAt\n        endsAt\n      }\n      taskCount\n      inspectedCount\n      outsideWindowCount\n    }\n  }\n": types.PatrolSchedulesDocument,
    "\n  query PatrolTasks($id: ID!) {\n    node(id: $id) {\n      ... on PatrolSchedule {\n        id\n        tasks(first: 100) {\n          id\n          status\n          overdue\n          dueAt\n          patrolWindowStartsAt\n          enterprise {\n            id\n            name\n          }\n          inspection {\n            id\n            inspectedAt\n            outsideWindow\n          }\n        }\n      }\n    }\n  }\n": types.PatrolTasksDocument,
    "\n  mutation CreatePatrolSchedule($input: PatrolScheduleInput!) {\n    createPatrolSchedule(input: $input) {\n      id\n    }\n  }\n": types.CreatePatrolScheduleDocument,
    "\n  mutation DeactivatePatrolSchedule($id: ID!) {\n    deactivatePatrolSchedule(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivatePatrolScheduleDocument,
    "\n  query IllegalSiteLeads {\n    illegalSiteLeads {\n      id\n      siteName\n      address\n      description\n      status\n      outcome\n      outcomeNote\n      reportedAt\n      closedAt\n      township {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      photos {\n        id\n        url\n      }\n    }\n  }\n": types.IllegalSiteLeadsDocument,
    "\n  mutation ReportIllegalSite($input: ReportIllegalSiteInput!) {\n    reportIllegalSite(input: $input) {\n      id\n    }\n  }\n": types.ReportIllegalSiteDocument,
    "\n  mutation CloseIllegalSiteLead($id: ID!, $outcome: IllegalSiteOutcome!, $note: String!) {\n    closeIllegalSiteLead(id: $id, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n": types.CloseIllegalSiteLeadDocument,
    "\n  query MyTasks($status: [TaskStatus!], $overdue: Boolean, $first: Int, $after: String) {\n    myTasks(status: $status, overdue: $overdue, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          kind\n          topic\n          status\n          overdue\n          dueAt\n          doneAt\n          enterprise {\n            id\n            name\n            industry\n            address\n            township {\n              id\n              name\n            }\n          }\n          origin\n          campaign {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query MyTaskCounts {\n    open: myTasks(status: [OPEN], first: 0) {\n      totalCount\n    }\n    overdue: myTasks(status: [OPEN], overdue: true, first: 0) {\n      totalCount\n    }\n    done: myTasks(status: [DONE], first: 0) {\n      totalCount\n    }\n  }\n": types.MyTaskCountsDocument,
    "\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      trackingCode\n    }\n  }\n": types.SubmitTipDocument,
    "\n  query TipStatus($code: String!) {\n    tipByTrackingCode(code: $code) {\n      stage\n      stageName\n      receivedAt\n      triageDueAt\n      triagedAt\n      verifiedAt\n      rewardDecidedAt\n      paidAt\n    }\n  }\n": types.TipStatusDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!, $reason: String) {\n    deactivateUser(id: $id, reason: $reason) {\n      id\n      disabled\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  fragment CaseRow on EnforcementCase {\n    id\n    status\n    violation\n    handlerNames\n    filedAt\n    decisionDueAt\n    hearingDueAt\n    serviceDueAt\n    paymentDueAt\n    penaltyYuan\n    proposedPenaltyYuan\n    unit {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n  }\n": types.CaseRowFragmentDoc,
    "\n  query Cases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  fragment CaseFields on EnforcementCase {\n    ...CaseRow\n    legalBasis\n    handlerIds\n    notifiedAt\n    statementDueAt\n    statement\n    hearingRequested\n    hearingHeld\n    decidedAt\n    servedAt\n    executedAt\n    closedAt\n    archivedAt\n    archiveNumber\n    inspection {\n      id\n    }\n    hazard {\n      id\n    }\n    events {\n      action\n      note\n      actorName\n      at\n    }\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query Case($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EnforcementCase {\n        ...CaseFields\n      }\n    }\n  }\n": types.CaseDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      status\n    }\n  }\n": types.OpenCaseDocument,
    "\n  mutation AdvanceCase($input: AdvanceCaseInput!) {\n    advanceCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.AdvanceCaseDocument,
    "\n  query CaseColleagues {\n    unitOfficers {\n      id\n      name\n      role\n    }\n  }\n": types.CaseColleaguesDocument,
    "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    id\n    name\n    items {\n      id\n      position\n      category\n      text\n      basis\n      majorCriterion\n    }\n  }\n": types.ChecklistTemplateFieldsFragmentDoc,
    "\n  fragment SelfCheckFields on SelfCheck {\n    id\n    submittedAt\n    submitterName\n    notes\n    answers {\n      answer\n      note\n      item {\n        id\n      }\n    }\n    hazards {\n      id\n      level\n      status\n      description\n    }\n  }\n": types.SelfCheckFieldsFragmentDoc,
    "\n  fragment DirectiveItemFields on DirectiveItem {\n    id\n    position\n    content\n    assignee {\n      id\n      name\n    }\n    dueAt\n    status\n    late\n    answer\n    answeredAt\n    answeredByName\n  }\n": types.DirectiveItemFieldsFragmentDoc,
    "\n  fragment DirectiveFields on Directive {\n    id\n    kind\n    source\n    documentNumber\n    title\n    receivedAt\n    replyDueAt\n    status\n    reply\n    repliedAt\n    items {\n      ...DirectiveItemFields\n    }\n  }\n": types.DirectiveFieldsFragmentDoc,
    "\n  query DirectiveList($filter: DirectiveFilter, $first: Int, $after: String) {\n    directives(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...DirectiveFields\n        }\n      }\n    }\n  }\n": types.DirectiveListDocument,
    "\n  mutation RegisterDirective($input: DirectiveInput!) {\n    registerDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n": types.RegisterDirectiveDocument,
    "\n  mutation ReplyDirective($id: ID!, $reply: String!, $idempotencyKey: String) {\n    replyDirective(id: $id, reply: $reply, idempotencyKey: $idempotencyKey) {\n      ...DirectiveFields\n    }\n  }\n": types.ReplyDirectiveDocument,
    "\n  query DirectiveItemList($filter: DirectiveItemFilter, $first: Int, $after: String) {\n    directiveItems(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...DirectiveItemFields\n          directive {\n            id\n            kind\n            source\n            documentNumber\n            title\n          }\n        }\n      }\n    }\n  }\n": types.DirectiveItemListDocument,
    "\n  mutation AnswerDirectiveItem($input: AnswerDirectiveItemInput!) {\n    answerDirectiveItem(input: $input) {\n      ...DirectiveItemFields\n    }\n  }\n": types.AnswerDirectiveItemDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    kind\n    title\n    number\n    issuedAt\n    issuedByName\n    pdfUrl\n    signedAt\n    signerName\n    issuer {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n    items {\n      text\n      basis\n      deadline\n    }\n    corrects {\n      id\n      number\n    }\n    correctedBy {\n      id\n      number\n    }\n  }\n": types.DocumentFieldsFragmentDoc,
    "\n  query Documents($subjectId: ID!) {\n    documents(subjectId: $subjectId) {\n      ...DocumentFields\n    }\n  }\n": types.DocumentsDocument,
    "\n  mutation SignDocument($id: ID!, $signerName: String!) {\n    signDocument(id: $id, signerName: $signerName) {\n      ...DocumentFields\n    }\n  }\n": types.SignDocumentDocument,
    "\n  mutation CorrectDocument($input: CorrectDocumentInput!) {\n    correctDocument(input: $input) {\n      ...DocumentFields\n    }\n  }\n": types.CorrectDocumentDocument,
    "\n  fragment ResponseFields on EmergencyResponse {\n    id\n    kind\n    level\n    status\n    reason\n    instructions\n    activatedAt\n    levelSince\n    ackMinutes\n    reportEveryMinutes\n    endedAt\n    endReason\n    townships {\n      id\n      name\n    }\n  }\n": types.ResponseFieldsFragmentDoc,
    "\n  fragment SituationReportFields on SituationReport {\n    id\n    township {\n      id\n      name\n    }\n    periodDueAt\n    rainfallMm\n    peopleMoved\n    dangersFound\n    losses\n    text\n    submittedAt\n    photos {\n      id\n      url\n      step\n    }\n  }\n": types.SituationReportFieldsFragmentDoc,
    "\n  fragment BoardRowFields on ResponseBoardRow {\n    township {\n      id\n      name\n    }\n    links\n    acknowledged\n    overdue\n    reports\n    lateLinks {\n      personName\n      targetName\n      tier\n      dueAt\n      acknowledgedAt\n      escalatedUp\n    }\n    latestReport {\n      ...SituationReportFields\n    }\n  }\n": types.BoardRowFieldsFragmentDoc,
    "\n  query EmergencyResponses($first: Int, $after: String) {\n    emergencyResponses(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...ResponseFields\n        }\n      }\n    }\n  }\n": types.EmergencyResponsesDocument,
    "\n  query EmergencyResponse($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmergencyResponse {\n        ...ResponseFields\n        summary\n        levelChanges {\n          fromLevel\n          toLevel\n          reason\n          changedAt\n        }\n        reports {\n          ...SituationReportFields\n        }\n      }\n    }\n  }\n": types.EmergencyResponseDocument,
    "\n  query ResponseBoard($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmergencyResponse {\n        id\n        level\n        status\n        levelSince\n        board {\n          ...BoardRowFields\n        }\n      }\n    }\n  }\n": types.ResponseBoardDocument,
    "\n  query MyDutyPosts {\n    myDutyPosts {\n      id\n      assignmentId\n      targetName\n      dueAt\n      acknowledgedAt\n      response {\n        id\n        kind\n        level\n        status\n        instructions\n      }\n    }\n  }\n": types.MyDutyPostsDocument,
    "\n  mutation AcknowledgePost($assignmentId: ID!, $responseId: ID, $idempotencyKey: String) {\n    acknowledgePost(assignmentId: $assignmentId, responseId: $responseId, idempotencyKey: $idempotencyKey) {\n      id\n      acknowledgedAt\n      late\n    }\n  }\n": types.AcknowledgePostDocument,
    "\n  mutation SubmitSituationReport($input: SituationReportInput!) {\n    submitSituationReport(input: $input) {\n      ...SituationReportFields\n    }\n  }\n": types.SubmitSituationReportDocument,
    "\n  fragment WarningFields on Warning {\n    id\n    title\n    content\n    level\n    townships {\n      id\n      name\n    }\n    industries\n    issuedAt\n    ackDueAt\n    escalatedAt\n    recipients\n    acknowledged\n    acknowledgedAt\n  }\n": types.WarningFieldsFragmentDoc,
    "\n  query Warnings($first: Int, $after: String) {\n    warnings(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...WarningFields\n        }\n      }\n    }\n  }\n": types.WarningsDocument,
    "\n  mutation AcknowledgeWarning($id: ID!) {\n    acknowledgeWarning(id: $id) {\n      ...WarningFields\n    }\n  }\n": types.AcknowledgeWarningDocument,
    "\n  query EscalationBoard($status: [EscalationStatus!]) {\n    escalations(status: $status, first: 200) {\n      edges {\n        node {\n          id\n          level\n          status\n          raisedAt\n          acknowledgedAt\n          acknowledgeComment\n          resolvedAt\n          subjectType\n          addressee {\n            id\n            name\n          }\n          task {\n            id\n            dueAt\n            enterprise {\n              id\n              name\n            }\n            campaign {\n              id\n              name\n            }\n          }\n          tip {\n            id\n            description\n            stage\n            triageDueAt\n            rewardDueAt\n          }\n          risk {\n            id\n            place\n            handleBy\n            unit {\n              id\n              name\n            }\n          }\n          directiveItem {\n            id\n            content\n            dueAt\n            assignee {\n              id\n              name\n            }\n          }\n          hazard {\n            id\n            description\n            level\n            rectifyBy\n            enterprise {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EscalationBoardDocument,
    "\n  mutation AcknowledgeEscalation($id: ID!, $comment: String) {\n    acknowledgeEscalation(id: $id, comment: $comment) {\n      id\n      status\n      acknowledgedAt\n      acknowledgeComment\n    }\n  }\n": types.AcknowledgeEscalationDocument,
    "\n  fragment Figures on DashboardFigures {\n    inspections\n    inspectorsDispatched\n    enterprisesInspected\n    hazardsFound\n    hazardsClosed\n    majorHazards\n    majorHazardsOpen\n    overdueHazards\n    rectificationRate\n    tasksTotal\n    tasksDone\n    tasksOverdue\n    selfChecksDue\n    selfChecksDone\n    selfCheckRate\n    hazardsSelfFound\n    rectificationsByEnterprise\n    rectificationsOnBehalf\n    majorHazardsAwaitingSignOff\n  }\n": types.FiguresFragmentDoc,
    "\n  fragment FigureRow on DashboardRow {\n    key\n    name\n    ...Figures\n    orgUnit {\n      id\n    }\n  }\n": types.FigureRowFragmentDoc,
    "\n  query GradingProposals($first: Int, $after: String) {\n    gradingProposals(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          periodEnd\n          status\n          graded\n          createdAt\n          publishedAt\n          distribution {\n            changed\n          }\n        }\n      }\n    }\n  }\n": types.GradingProposalsDocument,
    "\n  query GradingProposal($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on GradingProposal {\n        id\n        periodEnd\n        windowStart\n        ruleSetVersion\n        status\n        graded\n        createdAt\n        readyAt\n        publishedAt\n        distribution {\n          before {\n            GOOD\n            FAIR\n            POOR\n          }\n          after {\n            GOOD\n            FAIR\n            POOR\n          }\n          changed\n          overridden\n          redListed\n        }\n      }\n    }\n  }\n": types.GradingProposalDocument,
    "\n  query GradingItems($id: ID!, $filter: GradingItemFilter, $first: Int, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on GradingProposal {\n        id\n        items(filter: $filter, first: $first, after: $after) {\n          ...ListPage\n          edges {\n            node {\n              enterprise {\n                id\n                name\n                uscc\n              }\n              score\n              previousGrade\n              proposedGrade\n              grade\n              changed\n              overrideReason\n              overriddenAt\n              redListProposed\n              reasons\n              indicators {\n                indicator\n                label\n                value\n                deduction\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.GradingItemsDocument,
    "\n  mutation RunGrading($periodEnd: DateTime) {\n    runGrading(periodEnd: $periodEnd) {\n      id\n      status\n      periodEnd\n    }\n  }\n": types.RunGradingDocument,
    "\n  mutation OverrideProposedGrade($proposalId: ID!, $enterpriseId: ID!, $grade: Grade!, $reason: String!) {\n    overrideProposedGrade(proposalId: $proposalId, enterpriseId: $enterpriseId, grade: $grade, reason: $reason) {\n      id\n      distribution {\n        changed\n        overridden\n      }\n    }\n  }\n": types.OverrideProposedGradeDocument,
    "\n  mutation PublishGradingProposal($id: ID!) {\n    publishGradingProposal(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.PublishGradingProposalDocument,
    "\n  fragment ListEntryFields on ListEntry {\n    id\n    list\n    status\n    ground\n    groundName\n    startsAt\n    endsAt\n    decidedAt\n    endedAt\n    removalReason\n  }\n": types.ListEntryFieldsFragmentDoc,
    "\n  fragment EnterpriseGradeFields on EnterpriseGrade {\n    periodEnd\n    grade\n    proposedGrade\n    score\n    overrideReason\n    reasons\n    publishedAt\n    indicators {\n      indicator\n      label\n      value\n      deduction\n    }\n  }\n": types.EnterpriseGradeFieldsFragmentDoc,
    "\n  fragment HazardListingFields on Hazard {\n    listedAt\n    delistedAt\n    listing {\n      plan {\n        measures\n        responsible\n        fundsYuan\n        completeBy\n        contingencyPlan\n      }\n      planAt\n      suspendedAt\n      suspensionReason\n      expertAcceptance {\n        experts\n        opinion\n        passed\n        at\n      }\n    }\n  }\n": types.HazardListingFieldsFragmentDoc,
    "\n  mutation SubmitListingPlan($hazardId: ID!, $input: ListingPlanInput!) {\n    submitListingPlan(hazardId: $hazardId, input: $input) {\n      id\n    }\n  }\n": types.SubmitListingPlanDocument,
    "\n  mutation OrderSuspension($hazardId: ID!, $reason: String!) {\n    orderSuspension(hazardId: $hazardId, reason: $reason) {\n      id\n    }\n  }\n": types.OrderSuspensionDocument,
    "\n  mutation RecordExpertAcceptance($input: ExpertAcceptanceInput!) {\n    recordExpertAcceptance(input: $input) {\n      id\n    }\n  }\n": types.RecordExpertAcceptanceDocument,
    "\n  fragment HazardFields on Hazard {\n    id\n    level\n    status\n    overdue\n    description\n    location\n    rectifyBy\n    foundAt\n    reportedAt\n    rectificationMeasures\n    source\n    rectificationPlan\n    reportedOnBehalf\n    reportedByViewer\n    reporterName\n    rectificationResponsible\n    rectificationFunds\n    rectificationCompletedAt\n    rectificationContingencyPlan\n    underOrder\n    verifyBy\n    reinspectionRequestedAt\n    enterprise {\n      id\n      name\n    }\n    regulator {\n      id\n      name\n    }\n    verifierUnit {\n      id\n      name\n    }\n    township {\n      id\n      name\n    }\n    campaign {\n      id\n      name\n    }\n    photos {\n      id\n      url\n      step\n    }\n  }\n": types.HazardFieldsFragmentDoc,
    "\n  query HazardList($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...HazardFields\n        }\n      }\n    }\n  }\n": types.HazardListDocument,
    "\n  query HazardDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n        ...HazardListingFields\n        verifiedAt\n        signedOffAt\n        closedAt\n        enterprise {\n          uscc\n          address\n        }\n        checklistItem {\n          id\n          category\n          text\n        }\n        photos {\n          createdAt\n        }\n        history {\n          kind\n          at\n          actorName\n          comment\n          fromStatus\n          toStatus\n        }\n        escalations {\n          id\n          level\n          status\n          raisedAt\n          addressee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.HazardDetailDocument,
    "\n  mutation ReportRectification($input: ReportRectificationInput!) {\n    reportRectification(input: $input) {\n      id\n      status\n      rectificationMeasures\n      reportedOnBehalf\n    }\n  }\n": types.ReportRectificationDocument,
    "\n  mutation RequestReinspection($hazardId: ID!, $idempotencyKey: String) {\n    requestReinspection(hazardId: $hazardId, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      verifyBy\n      reinspectionRequestedAt\n    }\n  }\n": types.RequestReinspectionDocument,
    "\n  query InspectionPlans($year: Int, $first: Int, $after: String) {\n    inspectionPlans(year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          year\n          status\n          unit {\n            id\n            name\n          }\n          frequencies {\n            majorHazardSource\n            POOR\n            FAIR\n            GOOD\n          }\n          notes\n          enterprises\n          plannedVisits\n          filedAt\n          filedLate\n          reviewedAt\n          reviewComment\n          progress {\n            tasksWritten\n            dueSoFar\n            doneOfDue\n            done\n            overdue\n            completion\n          }\n        }\n      }\n    }\n  }\n": types.InspectionPlansDocument,
    "\n  mutation FileInspectionPlan($input: InspectionPlanInput!) {\n    fileInspectionPlan(input: $input) {\n      id\n      status\n    }\n  }\n": types.FileInspectionPlanDocument,
    "\n  mutation ApproveInspectionPlan($id: ID!, $approved: Boolean!, $comment: String) {\n    approveInspectionPlan(id: $id, approved: $approved, comment: $comment) {\n      id\n      status\n      reviewComment\n    }\n  }\n": types.ApproveInspectionPlanDocument,
    "\n  query InspectionPlanBudget($year: Int!, $frequencies: InspectionFrequenciesInput!) {\n    inspectionPlanBudget(year: $year, frequencies: $frequencies) {\n      enterprises\n      cap\n      overAlone\n      overlapping\n      overTogether\n    }\n  }\n": types.InspectionPlanBudgetDocument,
    "\n  query LookBacks($first: Int, $after: String) {\n    lookBacks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          month\n          periodStart\n          ratio\n          seed\n          population\n          drawn\n          judged\n          notRectified\n          drawnAt\n          items {\n            id\n            enterpriseName\n            closingUnit {\n              id\n              name\n            }\n            assignee {\n              id\n              name\n            }\n            taskStatus\n            dueAt\n            outcome\n            judgedAt\n            reason\n          }\n        }\n      }\n    }\n  }\n": types.LookBacksDocument,
    "\n  query LookBackFigures($year: Int) {\n    lookBackRule {\n      version\n      ratio\n      verifyDays\n    }\n    falseRectificationRates(year: $year) {\n      unit {\n        id\n        name\n      }\n      drawn\n      judged\n      notRectified\n      rate\n    }\n  }\n": types.LookBackFiguresDocument,
    "\n  mutation RunLookBack($periodStart: DateTime!) {\n    runLookBack(periodStart: $periodStart) {\n      id\n      month\n      drawn\n      population\n    }\n  }\n": types.RunLookBackDocument,
    "\n  mutation SetLookBackRule($ratio: Float!, $verifyDays: Int!) {\n    setLookBackRule(ratio: $ratio, verifyDays: $verifyDays) {\n      version\n      ratio\n      verifyDays\n    }\n  }\n": types.SetLookBackRuleDocument,
    "\n  query Notifications($unread: Boolean, $first: Int, $after: String) {\n    notifications(unread: $unread, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          subjectType\n          subjectId\n          createdAt\n          read\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotifications {\n    notifications(unread: true, first: 0) {\n      totalCount\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation UploadPhoto($file: File!) {\n    uploadPhoto(file: $file) {\n      id\n      url\n      contentType\n      byteSize\n    }\n  }\n": types.UploadPhotoDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      kind\n      code\n      name\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query CampaignOptions {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": types.CampaignOptionsDocument,
    "\n  query CountyReports($kind: ReportKind, $first: Int, $after: String) {\n    countyReports(kind: $kind, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...CountyReportFields\n        }\n      }\n    }\n  }\n": types.CountyReportsDocument,
    "\n  fragment CountyReportFields on Report {\n    id\n    kind\n    periodStart\n    periodEnd\n    createdAt\n    docxUrl\n    countyFigures {\n      ...Figures\n    }\n  }\n": types.CountyReportFieldsFragmentDoc,
    "\n  query ReportBody($id: ID!) {\n    node(id: $id) {\n      ... on Report {\n        id\n        body\n      }\n    }\n  }\n": types.ReportBodyDocument,
    "\n  mutation GenerateCountyReport($kind: ReportKind!, $periodStart: DateTime!) {\n    generateCountyReport(kind: $kind, periodStart: $periodStart) {\n      ...CountyReportFields\n    }\n  }\n": types.GenerateCountyReportDocument,
    "\n  fragment RiskFields on Risk {\n    id\n    kind\n    level\n    place\n    description\n    measures\n    status\n    unit {\n      id\n      name\n    }\n    reportedByName\n    reportedAt\n    handleBy\n    late\n    handlingAt\n    handlingNote\n    closedAt\n    closedByName\n    closingEvidence\n  }\n": types.RiskFieldsFragmentDoc,
    "\n  query RiskList($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...RiskFields\n        }\n      }\n    }\n  }\n": types.RiskListDocument,
    "\n  mutation ReportRisk($input: ReportRiskInput!) {\n    reportRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n": types.ReportRiskDocument,
    "\n  mutation HandleRisk($input: HandleRiskInput!) {\n    handleRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n": types.HandleRiskDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n    orgUnit {\n      id\n      name\n      code\n    }\n    enterprise {\n      id\n      name\n    }\n    mustChangePassword\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListPage on Connection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): typeof import('./graphql').ListPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HolidayYears {\n    holidayYears {\n      year\n      provisional\n    }\n  }\n"): typeof import('./graphql').HolidayYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($subjectId: ID!) {\n    auditLog(subjectId: $subjectId, first: 200) {\n      id\n      action\n      actorName\n      at\n      before\n      after\n      requestId\n      subjectType\n      subjectId\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignState on Campaign {\n    id\n    status\n    endsAt\n  }\n"): typeof import('./graphql').CampaignStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignSummary\n      createdAt\n      sampleRatio\n      sampleRatioByGrade {\n        GOOD\n        FAIR\n        POOR\n      }\n      sampleSeed\n      industries\n      topics\n      townships {\n        id\n        name\n      }\n      checklistTemplate {\n        id\n        name\n      }\n      selfCheckDueAt\n      duty: progress {\n        selfChecksDue\n        selfChecksDone\n        selfCheckRate\n        hazardsFound\n        hazardsSelfFound\n        rectificationsByEnterprise\n        rectificationsOnBehalf\n        majorHazardsAwaitingSignOff\n      }\n      escalation {\n        remindBefore\n        reportEvery\n        steps {\n          after\n          level\n        }\n      }\n      reports {\n        id\n        kind\n        periodStart\n        periodEnd\n        createdAt\n        body\n        docxUrl\n        stats {\n          ...ProgressFields\n        }\n        cumulative {\n          ...ProgressFields\n        }\n      }\n    }\n    open: hazards(filter: { campaignId: $id, status: [OPEN] }, first: 0) {\n      totalCount\n    }\n    pending: hazards(filter: { campaignId: $id, status: [PENDING_VERIFICATION] }, first: 0) {\n      totalCount\n    }\n    closed: hazards(filter: { campaignId: $id, status: [CLOSED] }, first: 0) {\n      totalCount\n    }\n    dashboard(filter: { campaignId: $id }) {\n      byRegulator {\n        ...FigureRow\n      }\n      byTownship {\n        ...FigureRow\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignOverdue($id: ID!) {\n    campaign(id: $id) {\n      id\n      tasks(overdue: true, status: [OPEN], first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            dueAt\n            topic\n            enterprise {\n              id\n              name\n            }\n            assignee {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    hazards(filter: { campaignId: $id, overdue: true }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          description\n          level\n          status\n          rectifyBy\n          enterprise {\n            id\n            name\n          }\n          regulator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFanOut($id: ID!) {\n    campaign(id: $id) {\n      id\n      status\n      progress {\n        tasksTotal\n      }\n      tasks(first: 0) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignFanOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    pauseCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n"): typeof import('./graphql').PauseCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCampaign($id: ID!, $idempotencyKey: String) {\n    resumeCampaign(id: $id, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n"): typeof import('./graphql').ResumeCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendCampaign($id: ID!, $endsAt: DateTime!, $reason: String!, $idempotencyKey: String) {\n    extendCampaign(id: $id, endsAt: $endsAt, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n"): typeof import('./graphql').ExtendCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {\n    cancelCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...CampaignState\n    }\n  }\n"): typeof import('./graphql').CancelCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressFields on CampaignProgress {\n    tasksTotal\n    tasksDone\n    tasksOverdue\n    hazardsFound\n    hazardsClosed\n    majorHazards\n    rectificationRate\n  }\n"): typeof import('./graphql').ProgressFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignSummary on Campaign {\n    id\n    name\n    kind\n    status\n    startsAt\n    endsAt\n    taskDueAt\n    progress {\n      ...ProgressFields\n    }\n  }\n"): typeof import('./graphql').CampaignSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList($status: [CampaignStatus!], $kinds: [CampaignKind!], $first: Int, $after: String) {\n    campaigns(status: $status, kinds: $kinds, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...CampaignSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistAdminList {\n    checklistTemplates {\n      ...ChecklistTemplateFields\n      code\n      version\n      industries\n      createdAt\n      downloadUrl\n    }\n  }\n"): typeof import('./graphql').ChecklistAdminListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChecklistTemplate($input: ChecklistTemplateInput!, $key: String) {\n    createChecklistTemplate(input: $input, idempotencyKey: $key) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').CreateChecklistTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklistTemplate($id: ID!, $input: ChecklistTemplateInput!) {\n    updateChecklistTemplate(id: $id, input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateChecklistTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChecklistItemsFromFile($file: File!) {\n    checklistItemsFromFile(file: $file) {\n      category\n      text\n      basis\n      majorCriterion\n    }\n  }\n"): typeof import('./graphql').ChecklistItemsFromFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateResponse($input: ActivateResponseInput!) {\n    activateResponse(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ActivateResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeResponseLevel($id: ID!, $level: ResponseLevel!, $reason: String!, $idempotencyKey: String) {\n    changeResponseLevel(id: $id, level: $level, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...ResponseFields\n    }\n  }\n"): typeof import('./graphql').ChangeResponseLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndResponse($id: ID!, $reason: String!, $idempotencyKey: String) {\n    endResponse(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      ...ResponseFields\n      summary\n    }\n  }\n"): typeof import('./graphql').EndResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DutyAssignmentFields on DutyAssignment {\n    id\n    tier\n    township {\n      id\n      name\n    }\n    targetKind\n    targetName\n    personName\n    phone\n    hasAccount\n    userId\n    parentId\n    parent {\n      id\n      personName\n      targetName\n      tier\n    }\n    active\n  }\n"): typeof import('./graphql').DutyAssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyAssignments($filter: DutyAssignmentFilter, $first: Int, $after: String) {\n    dutyAssignments(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...DutyAssignmentFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DutyAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyParentOptions($townshipId: ID!, $tier: DutyTier!) {\n    dutyAssignments(filter: { townshipId: $townshipId, tier: $tier, active: true }, first: 200) {\n      edges {\n        node {\n          id\n          personName\n          targetName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DutyParentOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyAccountOptions($filter: UserFilter!) {\n    users(filter: $filter, first: 200) {\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DutyAccountOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDutyAssignment($input: DutyAssignmentInput!) {\n    createDutyAssignment(input: $input) {\n      ...DutyAssignmentFields\n    }\n  }\n"): typeof import('./graphql').CreateDutyAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDutyAssignment($id: ID!, $input: DutyAssignmentInput!) {\n    updateDutyAssignment(id: $id, input: $input) {\n      ...DutyAssignmentFields\n    }\n  }\n"): typeof import('./graphql').UpdateDutyAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDutyAssignments($file: File!, $commit: Boolean!) {\n    importDutyAssignments(file: $file, commit: $commit) {\n      committed\n      fileName\n      rowsRead\n      rowsOk\n      problemCount\n      problems {\n        row\n        message\n      }\n      created\n    }\n  }\n"): typeof import('./graphql').ImportDutyAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueWarning($input: IssueWarningInput!) {\n    issueWarning(input: $input) {\n      ...WarningFields\n    }\n  }\n"): typeof import('./graphql').IssueWarningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewEnterpriseImport($file: File!) {\n    previewEnterpriseImport(file: $file) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PreviewEnterpriseImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseImportPreview($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EnterpriseImportPreview {\n        id\n        status\n        fileName\n        problem\n        rowsTotal\n        toCreate\n        toUpdate\n        unchanged\n        invalid\n        expiresAt\n        rowProblems(first: 50) {\n          totalCount\n          edges {\n            node {\n              rowNumber\n              uscc\n              name\n              problems\n            }\n          }\n        }\n        import {\n          id\n          status\n          created\n          updated\n          unchanged\n          skipped\n          applied\n          toApply\n          reportUrl\n          finishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseImportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitEnterpriseImport($id: ID!, $key: String) {\n    commitEnterpriseImport(previewId: $id, idempotencyKey: $key) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CommitEnterpriseImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseImportList($first: Int, $after: String) {\n    enterpriseImports(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          status\n          fileName\n          rowsTotal\n          created\n          updated\n          unchanged\n          skipped\n          createdAt\n          reportUrl\n          preview {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseImportListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseList($filter: EnterpriseFilter, $first: Int, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          uscc\n          name\n          industry\n          grade\n          listStatus\n          majorHazardSource\n          address\n          legalRepresentative\n          contactPerson\n          contactPhone\n          status\n          statusChangedAt\n          statusReason\n          township {\n            id\n            name\n          }\n          regulator {\n            id\n            name\n          }\n          coSupervisors {\n            topic\n            regulator {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n      uscc\n      regulator {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CreateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccounts($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Enterprise {\n        id\n        accounts {\n          id\n          username\n          displayName\n          disabled\n          mustChangePassword\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) {\n      id\n      name\n      industry\n      majorHazardSource\n      address\n      legalRepresentative\n      contactPerson\n      contactPhone\n      township {\n        id\n        name\n      }\n      regulator {\n        id\n        name\n      }\n      coSupervisors {\n        topic\n        regulator {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateEnterprise($id: ID!, $reason: String!, $at: DateTime, $status: EnterpriseStatus) {\n    deactivateEnterprise(id: $id, reason: $reason, at: $at, status: $status) {\n      id\n      status\n      statusChangedAt\n      statusReason\n    }\n  }\n"): typeof import('./graphql').DeactivateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeEnterprise($id: ID!) {\n    resumeEnterprise(id: $id) {\n      id\n      status\n      statusChangedAt\n      statusReason\n    }\n  }\n"): typeof import('./graphql').ResumeEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlackListEnterprise($input: BlackListInput!) {\n    blackListEnterprise(input: $input) {\n      id\n      status\n      enterprise {\n        id\n        listStatus\n      }\n    }\n  }\n"): typeof import('./graphql').BlackListEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HolidayYearsAdmin {\n    holidayYears {\n      year\n      provisional\n      source\n      updatedAt\n      holidays {\n        name\n        first\n        last\n      }\n      adjustedWorkdays {\n        date\n        holiday\n      }\n    }\n  }\n"): typeof import('./graphql').HolidayYearsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHolidayYear($input: HolidayYearInput!) {\n    setHolidayYear(input: $input) {\n      year\n      provisional\n    }\n  }\n"): typeof import('./graphql').SetHolidayYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlineRecomputes {\n    deadlineRecomputes {\n      id\n      status\n      tasks\n      hazards\n      moved\n      finishedAt\n    }\n  }\n"): typeof import('./graphql').DeadlineRecomputesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputeOpenDeadlines {\n    recomputeOpenDeadlines {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RecomputeOpenDeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaunchOptions {\n    orgUnits(kind: TOWNSHIP) {\n      id\n      name\n      code\n    }\n    checklistTemplates {\n      id\n      code\n      name\n      industries\n      items {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LaunchOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ScopeCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignSamplePreview($industries: [Industry!], $townshipIds: [ID!], $ratios: GradeRatiosInput!) {\n    campaignSamplePreview(industries: $industries, townshipIds: $townshipIds, sampleRatioByGrade: $ratios) {\n      inScope {\n        GOOD\n        FAIR\n        POOR\n        blackListed\n      }\n      drawn {\n        GOOD\n        FAIR\n        POOR\n        blackListed\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignSamplePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"): typeof import('./graphql').LaunchCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignBudgetPreview($industries: [Industry!]!, $townshipIds: [ID!], $dueAt: DateTime!) {\n    campaignBudgetPreview(industries: $industries, townshipIds: $townshipIds, dueAt: $dueAt) {\n      cap\n      periodLabel\n      inScope\n      atCap\n    }\n  }\n"): typeof import('./graphql').CampaignBudgetPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListEntries($filter: ListEntryFilter, $first: Int, $after: String) {\n    listEntries(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...ListEntryFields\n          evidence\n          enterprise {\n            id\n            name\n            uscc\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromBlackList($entryId: ID!, $reason: String!) {\n    removeFromBlackList(entryId: $entryId, reason: $reason) {\n      id\n      status\n      endedAt\n      removalReason\n    }\n  }\n"): typeof import('./graphql').RemoveFromBlackListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitsAdmin {\n    orgUnits {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').OrgUnitsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RenameOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionDivision {\n    supervisionDivision {\n      industries {\n        industry\n        regulator {\n          id\n          name\n        }\n        enterprises\n        updatedAt\n      }\n      topics {\n        topic\n        regulator {\n          id\n          name\n        }\n        enterprises\n        updatedAt\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionDivisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndustryRegulator($industry: Industry!, $regulatorId: ID) {\n    setIndustryRegulator(industry: $industry, regulatorId: $regulatorId) {\n      regulator {\n        id\n        name\n      }\n      enterprisesMoved\n    }\n  }\n"): typeof import('./graphql').SetIndustryRegulatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTopicRegulator($topic: SupervisionTopic!, $regulatorId: ID!) {\n    setTopicRegulator(topic: $topic, regulatorId: $regulatorId) {\n      regulator {\n        id\n        name\n      }\n      enterprisesMoved\n    }\n  }\n"): typeof import('./graphql').SetTopicRegulatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffHazard($input: SignOffHazardInput!) {\n    signOffHazard(input: $input) {\n      id\n      status\n      rectifyBy\n    }\n  }\n"): typeof import('./graphql').SignOffHazardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionRounds($status: [CampaignStatus!], $first: Int, $after: String) {\n    campaigns(kinds: [SUPERVISION], status: $status, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          name\n          status\n          startsAt\n          endsAt\n          supervisedUnits {\n            id\n            siteChecks\n            siteChecksDone\n            hazardsFound\n            hazardsClosed\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionLaunchOptions {\n    orgUnits {\n      id\n      kind\n      name\n    }\n    checklistTemplates {\n      id\n      name\n      items {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionLaunchOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchSupervision($input: LaunchSupervisionInput!) {\n    launchSupervision(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"): typeof import('./graphql').LaunchSupervisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionTargetFields on SupervisionTarget {\n    id\n    unit {\n      id\n      name\n      kind\n    }\n    sites\n    siteChecks\n    siteChecksDone\n    hazardsFound\n    hazardsAwaitingVerification\n    hazardsClosed\n    ledgerCheck {\n      failed\n      notes\n      checkedAt\n      checkedByName\n      items {\n        code\n        label\n        passed\n        note\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionTargetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionRound($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      kind\n      status\n      startsAt\n      endsAt\n      taskDueAt\n      checklistTemplate {\n        id\n        name\n      }\n      supervisedUnits {\n        ...SupervisionTargetFields\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionSiteChecks($id: ID!, $first: Int, $after: String) {\n    campaign(id: $id) {\n      id\n      tasks(first: $first, after: $after) {\n        ...ListPage\n        edges {\n          node {\n            id\n            status\n            dueAt\n            overdue\n            enterprise {\n              id\n              name\n            }\n            supervisedUnit {\n              id\n              name\n            }\n            inspection {\n              id\n              hazards {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionSiteChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionLedgerItems {\n    supervisionLedgerItems {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').SupervisionLedgerItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordLedgerCheck($input: LedgerCheckInput!) {\n    recordLedgerCheck(input: $input) {\n      ...SupervisionTargetFields\n    }\n  }\n"): typeof import('./graphql').RecordLedgerCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TipFields on Tip {\n    id\n    stage\n    description\n    location\n    enterpriseText\n    matchMethod\n    matchedEnterprise {\n      id\n      name\n      uscc\n      regulator {\n        id\n        name\n      }\n    }\n    contact {\n      name\n      phone\n    }\n    photos {\n      id\n      url\n    }\n    receivedAt\n    triageDueAt\n    triagedAt\n    notAcceptedReason\n    enterprise {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    verifyDueAt\n    verifiedAt\n    hazardCount\n    rewardMin\n    rewardMax\n    rewardProposed\n    rewardRuleVersion\n    rewardAmount\n    rewardReason\n    rewardDecidedAt\n    paidAt\n  }\n"): typeof import('./graphql').TipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TipList($filter: TipFilter, $first: Int, $after: String) {\n    tips(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...TipFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TipListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TipEnterpriseOptions($search: String) {\n    enterprises(filter: { search: $search, status: OPERATING }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          uscc\n          regulator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TipEnterpriseOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageTip($input: TriageTipInput!) {\n    triageTip(input: $input) {\n      ...TipFields\n    }\n  }\n"): typeof import('./graphql').TriageTipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideTipReward($input: TipRewardInput!) {\n    decideTipReward(input: $input) {\n      ...TipFields\n    }\n  }\n"): typeof import('./graphql').DecideTipRewardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TipRewardRules {\n    tipRewardRules {\n      version\n      rules {\n        level\n        min\n        max\n        proposed\n      }\n    }\n  }\n"): typeof import('./graphql').TipRewardRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTipRewardRules($rules: [TipRewardRuleInput!]!) {\n    setTipRewardRules(rules: $rules) {\n      version\n      rules {\n        level\n        min\n        max\n        proposed\n      }\n    }\n  }\n"): typeof import('./graphql').SetTipRewardRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n          disabled\n          mustChangePassword\n          orgUnit {\n            id\n            name\n            kind\n          }\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UserListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      password\n      user {\n        id\n        username\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyPostByToken($token: String!) {\n    dutyPostByToken(token: $token) {\n      assignmentId\n      personName\n      targetName\n      townshipName\n      kind\n      level\n      instructions\n      active\n      dueAt\n      acknowledgedAt\n    }\n  }\n"): typeof import('./graphql').DutyPostByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgePostByToken($assignmentId: ID!, $token: String!, $idempotencyKey: String) {\n    acknowledgePost(assignmentId: $assignmentId, token: $token, idempotencyKey: $idempotencyKey) {\n      id\n      acknowledgedAt\n      late\n    }\n  }\n"): typeof import('./graphql').AcknowledgePostByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnInspections($first: Int, $after: String) {\n    inspections(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          inspectedAt\n          inspectorCount\n          unit {\n            id\n            name\n          }\n          groupName\n          hazards {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OwnInspectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfCheckTasks($status: [TaskStatus!], $first: Int, $after: String) {\n    myTasks(status: $status, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          status\n          overdue\n          dueAt\n          doneAt\n          origin\n          campaign {\n            id\n            name\n            endsAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SelfCheckTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfCheckTask($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Task {\n        id\n        kind\n        status\n        overdue\n        dueAt\n        enterprise {\n          id\n          name\n        }\n        campaign {\n          id\n          name\n          checklistTemplate {\n            ...ChecklistTemplateFields\n          }\n        }\n        selfCheck {\n          ...SelfCheckFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SelfCheckTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSelfCheck($input: SubmitSelfCheckInput!) {\n    submitSelfCheck(input: $input) {\n      id\n      hazards {\n        id\n      }\n      task {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitSelfCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseHome {\n    me {\n      id\n      enterprise {\n        id\n        name\n        uscc\n        grade\n        listStatus\n        township {\n          id\n          name\n        }\n        regulator {\n          id\n          name\n        }\n      }\n    }\n    openSelfChecks: myTasks(status: [OPEN], first: 0) {\n      totalCount\n    }\n    toRectify: hazards(filter: { status: [OPEN] }, first: 0) {\n      totalCount\n    }\n    overdue: hazards(filter: { overdue: true }, first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EnterpriseHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnGrade {\n    me {\n      id\n      enterprise {\n        id\n        name\n        grade\n        listStatus\n        grades {\n          ...EnterpriseGradeFields\n        }\n        listEntries {\n          ...ListEntryFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OwnGradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaderDashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      ...Figures\n      inspectionGroups {\n        groupsSent\n        inspectorsDispatched\n        jointGroups\n      }\n      tips {\n        received\n        accepted\n        confirmed\n        rewarded\n        rewardAmount\n      }\n      byRegulator {\n        ...FigureRow\n      }\n      byTownship {\n        ...FigureRow\n      }\n    }\n  }\n"): typeof import('./graphql').LeaderDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingFigures {\n    gradingFigures {\n      current {\n        GOOD\n        FAIR\n        POOR\n      }\n      lastPublished {\n        periodEnd\n        grades {\n          GOOD\n          FAIR\n          POOR\n        }\n      }\n      previousPublished {\n        periodEnd\n        grades {\n          GOOD\n          FAIR\n          POOR\n        }\n      }\n      redListed\n      blackListed\n    }\n  }\n"): typeof import('./graphql').GradingFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandingSupervisionFigures($year: Int) {\n    inspectionPlans(year: $year, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          progress {\n            dueSoFar\n            doneOfDue\n          }\n        }\n      }\n    }\n    falseRectificationRates(year: $year) {\n      judged\n      notRectified\n    }\n  }\n"): typeof import('./graphql').StandingSupervisionFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionList($filter: InspectionFilter, $first: Int, $after: String) {\n    inspections(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          inspectedAt\n          inspectorCount\n          enterprise {\n            id\n            name\n            township {\n              id\n              name\n            }\n          }\n          task {\n            id\n            origin\n            campaign {\n              id\n              name\n            }\n            assignee {\n              id\n              name\n            }\n          }\n          hazards {\n            id\n            level\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMajorHazards($first: Int, $after: String) {\n    publicMajorHazards(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseName\n          townshipName\n          regulatorName\n          description\n          listedAt\n          rectifyBy\n          status\n          removedAt\n          suspended\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicMajorHazardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionTask($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Task {\n        id\n        kind\n        status\n        overdue\n        dueAt\n        assignee {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n          uscc\n          address\n          industry\n          legalRepresentative\n          majorHazardSource\n          township {\n            id\n            name\n          }\n        }\n        campaign {\n          id\n          name\n          startsAt\n          endsAt\n          checklistTemplate {\n            ...ChecklistTemplateFields\n          }\n        }\n        selfCheck {\n          ...SelfCheckFields\n        }\n        origin\n        supervisedUnit {\n          id\n          name\n        }\n        patrolWindowStartsAt\n        lookBackCheck {\n          month\n          hazardId\n          level\n          hazardStatus\n          description\n          location\n          rectificationMeasures\n          foundAt\n          closedAt\n          closingUnit {\n            id\n            name\n          }\n          outcome\n          reason\n        }\n        tip {\n          id\n          description\n          location\n          enterpriseText\n          photos {\n            id\n            url\n          }\n        }\n        inspection {\n          id\n          inspectedAt\n          inspectorCount\n          notes\n          hazards {\n            id\n            level\n            status\n            description\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      id\n      inspectorCount\n      hazards {\n        id\n        level\n        status\n      }\n      task {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenHazard(\n    $hazardId: ID!\n    $reason: String!\n    $newRectifyBy: DateTime!\n    $inspectorCount: Int\n    $idempotencyKey: String\n  ) {\n    reopenHazard(\n      hazardId: $hazardId\n      reason: $reason\n      newRectifyBy: $newRectifyBy\n      inspectorCount: $inspectorCount\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      status\n      rectifyBy\n    }\n  }\n"): typeof import('./graphql').ReopenHazardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointVisitProposals {\n    jointVisitProposals {\n      enterpriseId\n      enterpriseName\n      month\n      mayOrganise\n      units {\n        id\n        name\n      }\n      tasks {\n        id\n        unitName\n        origin\n        dueAt\n      }\n      budget {\n        ...BudgetFields\n      }\n      candidates {\n        id\n        name\n        unitName\n        unit {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JointVisitProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetFields on InspectionBudget {\n    periodLabel\n    cap\n    done\n    planned\n    total\n    over\n    totalIfJoint\n  }\n"): typeof import('./graphql').BudgetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionGroups($first: Int, $after: String) {\n    inspectionGroups(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          name\n          visitDate\n          members {\n            id\n          }\n          enterprises {\n            id\n            name\n          }\n          tasks {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionGroup($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on InspectionGroup {\n        id\n        name\n        visitDate\n        leader {\n          id\n          name\n        }\n        members {\n          id\n          name\n          unitName\n        }\n        enterprises {\n          id\n          name\n        }\n        budgets {\n          ...BudgetFields\n        }\n        tasks {\n          id\n          enterpriseName\n          unitName\n          origin\n          status\n          dueAt\n          inspectedAt\n          findings\n          recordedByGroup\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInspectionGroup($input: InspectionGroupInput!) {\n    createInspectionGroup(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateInspectionGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitGroupInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      id\n      groupName\n    }\n  }\n"): typeof import('./graphql').SubmitGroupInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RectificationCounts {\n    open: hazards(filter: { status: [OPEN] }, first: 0) {\n      totalCount\n    }\n    pending: hazards(filter: { status: [PENDING_VERIFICATION] }, first: 0) {\n      totalCount\n    }\n    closed: hazards(filter: { status: [CLOSED] }, first: 0) {\n      totalCount\n    }\n    overdue: hazards(filter: { overdue: true }, first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').RectificationCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyRectification($input: VerifyRectificationInput!) {\n    verifyRectification(input: $input) {\n      id\n      status\n      rectifyBy\n    }\n  }\n"): typeof import('./graphql').VerifyRectificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutineEnterpriseOptions($search: String) {\n    enterprises(filter: { search: $search, status: OPERATING }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          uscc\n          address\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RoutineEnterpriseOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRoutineInspection($input: RoutineInspectionInput!) {\n    recordRoutineInspection(input: $input) {\n      id\n      inspectedAt\n      enterprise {\n        id\n        name\n      }\n      hazards {\n        id\n        level\n      }\n      task {\n        id\n        origin\n      }\n    }\n  }\n"): typeof import('./graphql').RecordRoutineInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolSchedules {\n    patrolSchedules {\n      id\n      name\n      startsAt\n      endsAt\n      crossesMidnight\n      weekdays\n      active\n      createdAt\n      unit {\n        id\n        name\n      }\n      enterprises {\n        id\n        name\n      }\n      nextWindow {\n        startsAt\n        endsAt\n      }\n      taskCount\n      inspectedCount\n      outsideWindowCount\n    }\n  }\n"): typeof import('./graphql').PatrolSchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolTasks($id: ID!) {\n    node(id: $id) {\n      ... on PatrolSchedule {\n        id\n        tasks(first: 100) {\n          id\n          status\n          overdue\n          dueAt\n          patrolWindowStartsAt\n          enterprise {\n            id\n            name\n          }\n          inspection {\n            id\n            inspectedAt\n            outsideWindow\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PatrolTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePatrolSchedule($input: PatrolScheduleInput!) {\n    createPatrolSchedule(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreatePatrolScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePatrolSchedule($id: ID!) {\n    deactivatePatrolSchedule(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').DeactivatePatrolScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IllegalSiteLeads {\n    illegalSiteLeads {\n      id\n      siteName\n      address\n      description\n      status\n      outcome\n      outcomeNote\n      reportedAt\n      closedAt\n      township {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      photos {\n        id\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').IllegalSiteLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIllegalSite($input: ReportIllegalSiteInput!) {\n    reportIllegalSite(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportIllegalSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseIllegalSiteLead($id: ID!, $outcome: IllegalSiteOutcome!, $note: String!) {\n    closeIllegalSiteLead(id: $id, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CloseIllegalSiteLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($status: [TaskStatus!], $overdue: Boolean, $first: Int, $after: String) {\n    myTasks(status: $status, overdue: $overdue, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          kind\n          topic\n          status\n          overdue\n          dueAt\n          doneAt\n          enterprise {\n            id\n            name\n            industry\n            address\n            township {\n              id\n              name\n            }\n          }\n          origin\n          campaign {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTaskCounts {\n    open: myTasks(status: [OPEN], first: 0) {\n      totalCount\n    }\n    overdue: myTasks(status: [OPEN], overdue: true, first: 0) {\n      totalCount\n    }\n    done: myTasks(status: [DONE], first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MyTaskCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      trackingCode\n    }\n  }\n"): typeof import('./graphql').SubmitTipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TipStatus($code: String!) {\n    tipByTrackingCode(code: $code) {\n      stage\n      stageName\n      receivedAt\n      triageDueAt\n      triagedAt\n      verifiedAt\n      rewardDecidedAt\n      paidAt\n    }\n  }\n"): typeof import('./graphql').TipStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!, $reason: String) {\n    deactivateUser(id: $id, reason: $reason) {\n      id\n      disabled\n    }\n  }\n"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow on EnforcementCase {\n    id\n    status\n    violation\n    handlerNames\n    filedAt\n    decisionDueAt\n    hearingDueAt\n    serviceDueAt\n    paymentDueAt\n    penaltyYuan\n    proposedPenaltyYuan\n    unit {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CaseRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on EnforcementCase {\n    ...CaseRow\n    legalBasis\n    handlerIds\n    notifiedAt\n    statementDueAt\n    statement\n    hearingRequested\n    hearingHeld\n    decidedAt\n    servedAt\n    executedAt\n    closedAt\n    archivedAt\n    archiveNumber\n    inspection {\n      id\n    }\n    hazard {\n      id\n    }\n    events {\n      action\n      note\n      actorName\n      at\n    }\n  }\n"): typeof import('./graphql').CaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EnforcementCase {\n        ...CaseFields\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceCase($input: AdvanceCaseInput!) {\n    advanceCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').AdvanceCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseColleagues {\n    unitOfficers {\n      id\n      name\n      role\n    }\n  }\n"): typeof import('./graphql').CaseColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    id\n    name\n    items {\n      id\n      position\n      category\n      text\n      basis\n      majorCriterion\n    }\n  }\n"): typeof import('./graphql').ChecklistTemplateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelfCheckFields on SelfCheck {\n    id\n    submittedAt\n    submitterName\n    notes\n    answers {\n      answer\n      note\n      item {\n        id\n      }\n    }\n    hazards {\n      id\n      level\n      status\n      description\n    }\n  }\n"): typeof import('./graphql').SelfCheckFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectiveItemFields on DirectiveItem {\n    id\n    position\n    content\n    assignee {\n      id\n      name\n    }\n    dueAt\n    status\n    late\n    answer\n    answeredAt\n    answeredByName\n  }\n"): typeof import('./graphql').DirectiveItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectiveFields on Directive {\n    id\n    kind\n    source\n    documentNumber\n    title\n    receivedAt\n    replyDueAt\n    status\n    reply\n    repliedAt\n    items {\n      ...DirectiveItemFields\n    }\n  }\n"): typeof import('./graphql').DirectiveFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectiveList($filter: DirectiveFilter, $first: Int, $after: String) {\n    directives(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...DirectiveFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DirectiveListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDirective($input: DirectiveInput!) {\n    registerDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n"): typeof import('./graphql').RegisterDirectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyDirective($id: ID!, $reply: String!, $idempotencyKey: String) {\n    replyDirective(id: $id, reply: $reply, idempotencyKey: $idempotencyKey) {\n      ...DirectiveFields\n    }\n  }\n"): typeof import('./graphql').ReplyDirectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectiveItemList($filter: DirectiveItemFilter, $first: Int, $after: String) {\n    directiveItems(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...DirectiveItemFields\n          directive {\n            id\n            kind\n            source\n            documentNumber\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DirectiveItemListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerDirectiveItem($input: AnswerDirectiveItemInput!) {\n    answerDirectiveItem(input: $input) {\n      ...DirectiveItemFields\n    }\n  }\n"): typeof import('./graphql').AnswerDirectiveItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on Document {\n    id\n    kind\n    title\n    number\n    issuedAt\n    issuedByName\n    pdfUrl\n    signedAt\n    signerName\n    issuer {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n    items {\n      text\n      basis\n      deadline\n    }\n    corrects {\n      id\n      number\n    }\n    correctedBy {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').DocumentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Documents($subjectId: ID!) {\n    documents(subjectId: $subjectId) {\n      ...DocumentFields\n    }\n  }\n"): typeof import('./graphql').DocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignDocument($id: ID!, $signerName: String!) {\n    signDocument(id: $id, signerName: $signerName) {\n      ...DocumentFields\n    }\n  }\n"): typeof import('./graphql').SignDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectDocument($input: CorrectDocumentInput!) {\n    correctDocument(input: $input) {\n      ...DocumentFields\n    }\n  }\n"): typeof import('./graphql').CorrectDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponseFields on EmergencyResponse {\n    id\n    kind\n    level\n    status\n    reason\n    instructions\n    activatedAt\n    levelSince\n    ackMinutes\n    reportEveryMinutes\n    endedAt\n    endReason\n    townships {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ResponseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SituationReportFields on SituationReport {\n    id\n    township {\n      id\n      name\n    }\n    periodDueAt\n    rainfallMm\n    peopleMoved\n    dangersFound\n    losses\n    text\n    submittedAt\n    photos {\n      id\n      url\n      step\n    }\n  }\n"): typeof import('./graphql').SituationReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardRowFields on ResponseBoardRow {\n    township {\n      id\n      name\n    }\n    links\n    acknowledged\n    overdue\n    reports\n    lateLinks {\n      personName\n      targetName\n      tier\n      dueAt\n      acknowledgedAt\n      escalatedUp\n    }\n    latestReport {\n      ...SituationReportFields\n    }\n  }\n"): typeof import('./graphql').BoardRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyResponses($first: Int, $after: String) {\n    emergencyResponses(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...ResponseFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EmergencyResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyResponse($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmergencyResponse {\n        ...ResponseFields\n        summary\n        levelChanges {\n          fromLevel\n          toLevel\n          reason\n          changedAt\n        }\n        reports {\n          ...SituationReportFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EmergencyResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseBoard($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmergencyResponse {\n        id\n        level\n        status\n        levelSince\n        board {\n          ...BoardRowFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResponseBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDutyPosts {\n    myDutyPosts {\n      id\n      assignmentId\n      targetName\n      dueAt\n      acknowledgedAt\n      response {\n        id\n        kind\n        level\n        status\n        instructions\n      }\n    }\n  }\n"): typeof import('./graphql').MyDutyPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgePost($assignmentId: ID!, $responseId: ID, $idempotencyKey: String) {\n    acknowledgePost(assignmentId: $assignmentId, responseId: $responseId, idempotencyKey: $idempotencyKey) {\n      id\n      acknowledgedAt\n      late\n    }\n  }\n"): typeof import('./graphql').AcknowledgePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSituationReport($input: SituationReportInput!) {\n    submitSituationReport(input: $input) {\n      ...SituationReportFields\n    }\n  }\n"): typeof import('./graphql').SubmitSituationReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarningFields on Warning {\n    id\n    title\n    content\n    level\n    townships {\n      id\n      name\n    }\n    industries\n    issuedAt\n    ackDueAt\n    escalatedAt\n    recipients\n    acknowledged\n    acknowledgedAt\n  }\n"): typeof import('./graphql').WarningFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Warnings($first: Int, $after: String) {\n    warnings(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...WarningFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeWarning($id: ID!) {\n    acknowledgeWarning(id: $id) {\n      ...WarningFields\n    }\n  }\n"): typeof import('./graphql').AcknowledgeWarningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationBoard($status: [EscalationStatus!]) {\n    escalations(status: $status, first: 200) {\n      edges {\n        node {\n          id\n          level\n          status\n          raisedAt\n          acknowledgedAt\n          acknowledgeComment\n          resolvedAt\n          subjectType\n          addressee {\n            id\n            name\n          }\n          task {\n            id\n            dueAt\n            enterprise {\n              id\n              name\n            }\n            campaign {\n              id\n              name\n            }\n          }\n          tip {\n            id\n            description\n            stage\n            triageDueAt\n            rewardDueAt\n          }\n          risk {\n            id\n            place\n            handleBy\n            unit {\n              id\n              name\n            }\n          }\n          directiveItem {\n            id\n            content\n            dueAt\n            assignee {\n              id\n              name\n            }\n          }\n          hazard {\n            id\n            description\n            level\n            rectifyBy\n            enterprise {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EscalationBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeEscalation($id: ID!, $comment: String) {\n    acknowledgeEscalation(id: $id, comment: $comment) {\n      id\n      status\n      acknowledgedAt\n      acknowledgeComment\n    }\n  }\n"): typeof import('./graphql').AcknowledgeEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Figures on DashboardFigures {\n    inspections\n    inspectorsDispatched\n    enterprisesInspected\n    hazardsFound\n    hazardsClosed\n    majorHazards\n    majorHazardsOpen\n    overdueHazards\n    rectificationRate\n    tasksTotal\n    tasksDone\n    tasksOverdue\n    selfChecksDue\n    selfChecksDone\n    selfCheckRate\n    hazardsSelfFound\n    rectificationsByEnterprise\n    rectificationsOnBehalf\n    majorHazardsAwaitingSignOff\n  }\n"): typeof import('./graphql').FiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureRow on DashboardRow {\n    key\n    name\n    ...Figures\n    orgUnit {\n      id\n    }\n  }\n"): typeof import('./graphql').FigureRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingProposals($first: Int, $after: String) {\n    gradingProposals(first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          periodEnd\n          status\n          graded\n          createdAt\n          publishedAt\n          distribution {\n            changed\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GradingProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingProposal($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on GradingProposal {\n        id\n        periodEnd\n        windowStart\n        ruleSetVersion\n        status\n        graded\n        createdAt\n        readyAt\n        publishedAt\n        distribution {\n          before {\n            GOOD\n            FAIR\n            POOR\n          }\n          after {\n            GOOD\n            FAIR\n            POOR\n          }\n          changed\n          overridden\n          redListed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GradingProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingItems($id: ID!, $filter: GradingItemFilter, $first: Int, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on GradingProposal {\n        id\n        items(filter: $filter, first: $first, after: $after) {\n          ...ListPage\n          edges {\n            node {\n              enterprise {\n                id\n                name\n                uscc\n              }\n              score\n              previousGrade\n              proposedGrade\n              grade\n              changed\n              overrideReason\n              overriddenAt\n              redListProposed\n              reasons\n              indicators {\n                indicator\n                label\n                value\n                deduction\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GradingItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunGrading($periodEnd: DateTime) {\n    runGrading(periodEnd: $periodEnd) {\n      id\n      status\n      periodEnd\n    }\n  }\n"): typeof import('./graphql').RunGradingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverrideProposedGrade($proposalId: ID!, $enterpriseId: ID!, $grade: Grade!, $reason: String!) {\n    overrideProposedGrade(proposalId: $proposalId, enterpriseId: $enterpriseId, grade: $grade, reason: $reason) {\n      id\n      distribution {\n        changed\n        overridden\n      }\n    }\n  }\n"): typeof import('./graphql').OverrideProposedGradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishGradingProposal($id: ID!) {\n    publishGradingProposal(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').PublishGradingProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListEntryFields on ListEntry {\n    id\n    list\n    status\n    ground\n    groundName\n    startsAt\n    endsAt\n    decidedAt\n    endedAt\n    removalReason\n  }\n"): typeof import('./graphql').ListEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseGradeFields on EnterpriseGrade {\n    periodEnd\n    grade\n    proposedGrade\n    score\n    overrideReason\n    reasons\n    publishedAt\n    indicators {\n      indicator\n      label\n      value\n      deduction\n    }\n  }\n"): typeof import('./graphql').EnterpriseGradeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HazardListingFields on Hazard {\n    listedAt\n    delistedAt\n    listing {\n      plan {\n        measures\n        responsible\n        fundsYuan\n        completeBy\n        contingencyPlan\n      }\n      planAt\n      suspendedAt\n      suspensionReason\n      expertAcceptance {\n        experts\n        opinion\n        passed\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').HazardListingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitListingPlan($hazardId: ID!, $input: ListingPlanInput!) {\n    submitListingPlan(hazardId: $hazardId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitListingPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderSuspension($hazardId: ID!, $reason: String!) {\n    orderSuspension(hazardId: $hazardId, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').OrderSuspensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExpertAcceptance($input: ExpertAcceptanceInput!) {\n    recordExpertAcceptance(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordExpertAcceptanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HazardFields on Hazard {\n    id\n    level\n    status\n    overdue\n    description\n    location\n    rectifyBy\n    foundAt\n    reportedAt\n    rectificationMeasures\n    source\n    rectificationPlan\n    reportedOnBehalf\n    reportedByViewer\n    reporterName\n    rectificationResponsible\n    rectificationFunds\n    rectificationCompletedAt\n    rectificationContingencyPlan\n    underOrder\n    verifyBy\n    reinspectionRequestedAt\n    enterprise {\n      id\n      name\n    }\n    regulator {\n      id\n      name\n    }\n    verifierUnit {\n      id\n      name\n    }\n    township {\n      id\n      name\n    }\n    campaign {\n      id\n      name\n    }\n    photos {\n      id\n      url\n      step\n    }\n  }\n"): typeof import('./graphql').HazardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardList($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...HazardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HazardListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n        ...HazardListingFields\n        verifiedAt\n        signedOffAt\n        closedAt\n        enterprise {\n          uscc\n          address\n        }\n        checklistItem {\n          id\n          category\n          text\n        }\n        photos {\n          createdAt\n        }\n        history {\n          kind\n          at\n          actorName\n          comment\n          fromStatus\n          toStatus\n        }\n        escalations {\n          id\n          level\n          status\n          raisedAt\n          addressee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HazardDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportRectification($input: ReportRectificationInput!) {\n    reportRectification(input: $input) {\n      id\n      status\n      rectificationMeasures\n      reportedOnBehalf\n    }\n  }\n"): typeof import('./graphql').ReportRectificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReinspection($hazardId: ID!, $idempotencyKey: String) {\n    requestReinspection(hazardId: $hazardId, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      verifyBy\n      reinspectionRequestedAt\n    }\n  }\n"): typeof import('./graphql').RequestReinspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionPlans($year: Int, $first: Int, $after: String) {\n    inspectionPlans(year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          year\n          status\n          unit {\n            id\n            name\n          }\n          frequencies {\n            majorHazardSource\n            POOR\n            FAIR\n            GOOD\n          }\n          notes\n          enterprises\n          plannedVisits\n          filedAt\n          filedLate\n          reviewedAt\n          reviewComment\n          progress {\n            tasksWritten\n            dueSoFar\n            doneOfDue\n            done\n            overdue\n            completion\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileInspectionPlan($input: InspectionPlanInput!) {\n    fileInspectionPlan(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').FileInspectionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveInspectionPlan($id: ID!, $approved: Boolean!, $comment: String) {\n    approveInspectionPlan(id: $id, approved: $approved, comment: $comment) {\n      id\n      status\n      reviewComment\n    }\n  }\n"): typeof import('./graphql').ApproveInspectionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionPlanBudget($year: Int!, $frequencies: InspectionFrequenciesInput!) {\n    inspectionPlanBudget(year: $year, frequencies: $frequencies) {\n      enterprises\n      cap\n      overAlone\n      overlapping\n      overTogether\n    }\n  }\n"): typeof import('./graphql').InspectionPlanBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookBacks($first: Int, $after: String) {\n    lookBacks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          month\n          periodStart\n          ratio\n          seed\n          population\n          drawn\n          judged\n          notRectified\n          drawnAt\n          items {\n            id\n            enterpriseName\n            closingUnit {\n              id\n              name\n            }\n            assignee {\n              id\n              name\n            }\n            taskStatus\n            dueAt\n            outcome\n            judgedAt\n            reason\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LookBacksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookBackFigures($year: Int) {\n    lookBackRule {\n      version\n      ratio\n      verifyDays\n    }\n    falseRectificationRates(year: $year) {\n      unit {\n        id\n        name\n      }\n      drawn\n      judged\n      notRectified\n      rate\n    }\n  }\n"): typeof import('./graphql').LookBackFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunLookBack($periodStart: DateTime!) {\n    runLookBack(periodStart: $periodStart) {\n      id\n      month\n      drawn\n      population\n    }\n  }\n"): typeof import('./graphql').RunLookBackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLookBackRule($ratio: Float!, $verifyDays: Int!) {\n    setLookBackRule(ratio: $ratio, verifyDays: $verifyDays) {\n      version\n      ratio\n      verifyDays\n    }\n  }\n"): typeof import('./graphql').SetLookBackRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unread: Boolean, $first: Int, $after: String) {\n    notifications(unread: $unread, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          subjectType\n          subjectId\n          createdAt\n          read\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    notifications(unread: true, first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').UnreadNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadPhoto($file: File!) {\n    uploadPhoto(file: $file) {\n      id\n      url\n      contentType\n      byteSize\n    }\n  }\n"): typeof import('./graphql').UploadPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits {\n    orgUnits {\n      id\n      kind\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').OrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignOptions {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountyReports($kind: ReportKind, $first: Int, $after: String) {\n    countyReports(kind: $kind, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...CountyReportFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CountyReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountyReportFields on Report {\n    id\n    kind\n    periodStart\n    periodEnd\n    createdAt\n    docxUrl\n    countyFigures {\n      ...Figures\n    }\n  }\n"): typeof import('./graphql').CountyReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportBody($id: ID!) {\n    node(id: $id) {\n      ... on Report {\n        id\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').ReportBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateCountyReport($kind: ReportKind!, $periodStart: DateTime!) {\n    generateCountyReport(kind: $kind, periodStart: $periodStart) {\n      ...CountyReportFields\n    }\n  }\n"): typeof import('./graphql').GenerateCountyReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RiskFields on Risk {\n    id\n    kind\n    level\n    place\n    description\n    measures\n    status\n    unit {\n      id\n      name\n    }\n    reportedByName\n    reportedAt\n    handleBy\n    late\n    handlingAt\n    handlingNote\n    closedAt\n    closedByName\n    closingEvidence\n  }\n"): typeof import('./graphql').RiskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskList($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      ...ListPage\n      edges {\n        node {\n          ...RiskFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RiskListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportRisk($input: ReportRiskInput!) {\n    reportRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n"): typeof import('./graphql').ReportRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandleRisk($input: HandleRiskInput!) {\n    handleRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n"): typeof import('./graphql').HandleRiskDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
