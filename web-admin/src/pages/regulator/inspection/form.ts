// The inspection form's values and the checks the server makes too, so a mistake is caught before sending.
import { fromShanghaiInput, inDays, toShanghaiInput } from '../../../format';
import type { HazardLevel, SubmitInspectionInput } from '../../../gql/graphql';

export interface FindingValues {
  level: HazardLevel;
  description: string;
  location?: string;
  checklistItemId?: string;
  rectifyBy: string;
  photoIds?: string[];
}

export interface InspectionValues {
  inspectedAt: string;
  inspectorCount: number;
  findings: FindingValues[];
  notes?: string;
  photoIds?: string[];
}

/** General hazards get a week by default, major ones a month (the inspector changes it as the case needs). */
export function newFinding(level: HazardLevel, description = '', checklistItemId?: string): FindingValues {
  return {
    level,
    description,
    checklistItemId,
    location: '',
    rectifyBy: `${toShanghaiInput(inDays(level === 'MAJOR' ? 30 : 7)).slice(0, 10)}T17:30`,
    photoIds: [],
  };
}

export function inspectionDefaults(): InspectionValues {
  return { inspectedAt: toShanghaiInput(new Date()), inspectorCount: 2, findings: [], notes: '', photoIds: [] };
}

export function toSubmitInput(taskId: string, values: InspectionValues, idempotencyKey: string): SubmitInspectionInput {
  return {
    taskId,
    inspectedAt: fromShanghaiInput(values.inspectedAt),
    inspectorCount: values.inspectorCount,
    notes: values.notes?.trim() || null,
    photoIds: values.photoIds && values.photoIds.length > 0 ? values.photoIds : null,
    idempotencyKey,
    findings: values.findings.map((f) => {
      const rectifyBy = fromShanghaiInput(f.rectifyBy);
      if (!rectifyBy) throw new RangeError('rectifyBy was validated before sending');
      return {
        level: f.level,
        description: f.description.trim(),
        location: f.location?.trim() || null,
        checklistItemId: f.checklistItemId ?? null,
        rectifyBy,
        photoIds: f.photoIds && f.photoIds.length > 0 ? f.photoIds : null,
      };
    }),
  };
}
