// The documents an inspection issues, written in its recording transaction: the 现场检查记录 and, for the hazards it
// found (none of them rectified on the spot, or they would not be hazards to rectify), the 责令限期整改指令书.
import type { Kysely } from 'kysely';
import { createChecklistRepository } from '../db/repositories/checklists';
import { createDocumentRepository } from '../db/repositories/documents';
import { createEnterpriseRepository } from '../db/repositories/enterprises';
import { createHazardRepository } from '../db/repositories/hazards';
import { createHazardListingRepository } from '../db/repositories/hazard-listings';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createUserRepository } from '../db/repositories/users';
import type { DB } from '../db/schema';
import {
  listingDocumentBody,
  inspectionRecordBody,
  rectificationOrderBody,
  reinspectionOpinionBody,
  type DocumentEnterprise,
  type DocumentFinding,
  type InspectionFacts,
} from '../domain/documents';
import type { HazardLevel } from '../domain/types';

export interface InspectionDocumentsInput {
  inspectionId: number;
  issuerOrgId: number;
  enterpriseId: number;
  inspectedAt: string;
  inspectorCount: number;
  notes: string | null;
  actorId: number | null;
  hazards: {
    id: number;
    description: string;
    location: string | null;
    level: HazardLevel;
    checklist_item_id: number | null;
    rectify_by: Date;
  }[];
  at: Date;
}

/** The two parties of a document: the unit issuing it and the enterprise it is about, as the body names them. */
export async function documentParties(
  trx: Kysely<DB>,
  issuerOrgId: number,
  enterpriseId: number,
): Promise<{ issuer: { id: number; name: string }; enterprise: DocumentEnterprise }> {
  const [issuer] = await createOrgUnitRepository(trx).getByIds([issuerOrgId]);
  const [enterprise] = await createEnterpriseRepository(trx).getByIds({ kind: 'county' }, [enterpriseId]);
  if (!issuer || !enterprise)
    throw new Error(`document parties missing: unit ${issuerOrgId}, enterprise ${enterpriseId}`);
  return {
    issuer: { id: issuer.id, name: issuer.name },
    enterprise: {
      id: enterprise.id,
      name: enterprise.name,
      uscc: enterprise.uscc,
      address: enterprise.address,
      legalRepresentative: enterprise.legal_representative,
    },
  };
}

/** Issues an inspection's record and (with findings) its order; a retry of the same inspection issues nothing new. */
export async function issueInspectionDocuments(trx: Kysely<DB>, input: InspectionDocumentsInput): Promise<void> {
  if (input.hazards.length === 0) return;
  const { issuer, enterprise } = await documentParties(trx, input.issuerOrgId, input.enterpriseId);
  const itemIds = [
    ...new Set(input.hazards.flatMap((h) => (h.checklist_item_id === null ? [] : [h.checklist_item_id]))),
  ];
  const basisOf = new Map((await createChecklistRepository(trx).itemsByIds(itemIds)).map((i) => [i.id, i.basis]));
  const inspector = input.actorId === null ? undefined : await createUserRepository(trx).getById(input.actorId);
  const findings: DocumentFinding[] = input.hazards.map((h) => ({
    hazardId: h.id,
    description: h.description,
    location: h.location,
    level: h.level,
    basis: h.checklist_item_id === null ? null : (basisOf.get(h.checklist_item_id) ?? null),
    rectifyBy: h.rectify_by.toISOString(),
  }));
  const facts: InspectionFacts = {
    inspectionId: input.inspectionId,
    issuer,
    enterprise,
    inspectedAt: input.inspectedAt,
    inspectorCount: input.inspectorCount,
    inspectors: inspector ? [inspector.display_name] : [],
    findings,
    notes: input.notes,
  };
  const documents = createDocumentRepository(trx);
  const common = {
    issuer: facts.issuer,
    subject: { type: 'Inspection' as const, id: input.inspectionId },
    enterpriseId: enterprise.id,
    correctsId: null,
    issuedBy: input.actorId,
    issuedAt: input.at,
  };
  await documents.issue({
    ...common,
    kind: 'INSPECTION_RECORD',
    hazardIds: [],
    issueKey: `inspection-${input.inspectionId}:record`,
    compose: (number) => inspectionRecordBody(facts, number, input.at),
  });
  await documents.issue({
    ...common,
    kind: 'RECTIFICATION_ORDER',
    hazardIds: findings.map((f) => f.hazardId),
    issueKey: `inspection-${input.inspectionId}:order`,
    compose: (number) => rectificationOrderBody(facts, number, input.at),
  });
}

/**
 * 整改复查意见书, written with the 复查's verification: what was re-inspected under which order, and the opinion. A
 * hazard under no order (a self-found one) has its ordinary 核查 and no opinion.
 */
export async function issueReinspectionOpinion(
  trx: Kysely<DB>,
  input: {
    hazardId: number;
    updateId: string;
    passed: boolean;
    comment: string | null;
    newRectifyBy: string | null;
    actorId: number | null;
    at: Date;
  },
): Promise<void> {
  const documents = createDocumentRepository(trx);
  const order = await documents.orderOf(input.hazardId);
  if (!order) return;
  const hazard = await createHazardRepository(trx).forDocument(input.hazardId);
  if (!hazard) throw new Error(`hazard ${input.hazardId} missing`);
  const issuerId = hazard.verifier_org_id ?? hazard.regulator_id;
  const { issuer, enterprise } = await documentParties(trx, issuerId, hazard.enterprise_id);
  const [item] =
    hazard.checklist_item_id === null
      ? []
      : await createChecklistRepository(trx).itemsByIds([hazard.checklist_item_id]);
  await documents.issue({
    kind: 'REINSPECTION_OPINION',
    issuer,
    subject: { type: 'Hazard', id: hazard.id },
    enterpriseId: enterprise.id,
    hazardIds: [hazard.id],
    correctsId: null,
    issueKey: `${input.updateId}:reinspection-opinion`,
    issuedBy: input.actorId,
    issuedAt: input.at,
    compose: (number) =>
      reinspectionOpinionBody(
        {
          hazardId: hazard.id,
          issuer,
          enterprise,
          orderNumber: order.number,
          finding: {
            description: hazard.description,
            location: hazard.location,
            level: hazard.level,
            basis: item?.basis ?? null,
          },
          reportedAt: hazard.reported_at?.toISOString() ?? null,
          requestedAt: hazard.reinspection_requested_at?.toISOString() ?? null,
          passed: input.passed,
          comment: input.comment,
          newRectifyBy: input.newRectifyBy,
          reinspectedAt: input.at.toISOString(),
        },
        number,
        input.at,
      ),
  });
}

/**
 * 挂牌督办's documents about one major hazard: the notice when it is listed and the 核销 when it is removed (issued by
 * the county office), or the 现场处理措施决定书 ordering 暂时停产停业 (issued by its unit).
 */
export async function issueListingDocument(
  trx: Kysely<DB>,
  input: {
    hazardId: number;
    kind: 'LISTING_NOTICE' | 'SUSPENSION_ORDER' | 'LISTING_REMOVAL';
    issuerOrgId: number;
    actorId: number | null;
    reason: string | null;
    issueKey: string;
    at: Date;
  },
) {
  const hazard = await createHazardRepository(trx).forDocument(input.hazardId);
  if (!hazard) throw new Error(`hazard ${input.hazardId} missing`);
  const { issuer, enterprise } = await documentParties(trx, input.issuerOrgId, hazard.enterprise_id);
  const [regulator] = await createOrgUnitRepository(trx).getByIds([hazard.regulator_id]);
  if (!regulator) throw new Error(`hazard ${input.hazardId}: unit ${hazard.regulator_id} missing`);
  const [item] =
    hazard.checklist_item_id === null
      ? []
      : await createChecklistRepository(trx).itemsByIds([hazard.checklist_item_id]);
  const [listing] = await createHazardListingRepository(trx).byHazardIds([hazard.id]);
  const acceptance = listing?.expert_acceptance ?? null;
  return createDocumentRepository(trx).issue({
    kind: input.kind,
    issuer,
    subject: { type: 'Hazard', id: hazard.id },
    enterpriseId: enterprise.id,
    hazardIds: [hazard.id],
    correctsId: null,
    issueKey: input.issueKey,
    issuedBy: input.actorId,
    issuedAt: input.at,
    compose: (number) =>
      listingDocumentBody(
        input.kind,
        {
          hazardId: hazard.id,
          issuer,
          enterprise,
          finding: {
            description: hazard.description,
            location: hazard.location,
            level: hazard.level,
            basis: item?.basis ?? null,
          },
          rectifyBy: hazard.rectify_by.toISOString(),
          regulatorName: regulator.name,
          reason: input.reason,
          expertAcceptance: acceptance?.passed ? { experts: acceptance.experts, opinion: acceptance.opinion } : null,
        },
        number,
        input.at,
      ),
  });
}
