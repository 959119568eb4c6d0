// The printed SDL is committed (graphql/schema.graphql) for the web admin's typed operations and for review:
// it must match the code, and the operations of API.md must all be there with their names.
import { readFile } from 'node:fs/promises';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../graphql/print-schema';
import { schema } from '../../graphql/schema/index';

describe('graphql/schema.graphql', () => {
  it('is the schema the code builds (run `npm run schema` after changing a type)', async () => {
    const committed = await readFile(new URL('../../graphql/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printedSchema());
  });

  it('has every operation of API.md', () => {
    const queries = Object.keys(schema.getQueryType()?.getFields() ?? {});
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(queries).toEqual(
      expect.arrayContaining([
        'me',
        'node',
        'orgUnits',
        'enterprises',
        'checklistTemplates',
        'campaigns',
        'campaign',
        'myTasks',
        'hazards',
        'escalations',
        'dashboard',
        'tipByTrackingCode',
        'tips',
      ]),
    );
    expect(mutations).toEqual(
      expect.arrayContaining([
        'login',
        'createEnterprise',
        'launchCampaign',
        'pauseCampaign',
        'resumeCampaign',
        'extendCampaign',
        'cancelCampaign',
        'submitInspection',
        'reportRectification',
        'verifyRectification',
        'acknowledgeEscalation',
        'submitTip',
        'triageTip',
        'decideTipReward',
      ]),
    );
    // Beyond API.md: the list behind the dashboard's inspections figure.
    expect(queries).toContain('inspections');
    for (const type of [
      'TaskConnection',
      'HazardConnection',
      'CampaignConnection',
      'EnterpriseConnection',
      'EscalationConnection',
      'InspectionConnection',
      'TipConnection',
    ]) {
      const connection = schema.getType(type);
      expect(isObjectType(connection) ? Object.keys(connection.getFields()) : [], type).toContain('totalCount');
    }
  });
});
