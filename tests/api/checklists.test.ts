// The county's own checklists (issue #17 §5): the county office writes a template; an edit is a new version, the old
// one retired; a campaign launched with a version keeps its items — its inspections cite them — and a new campaign
// takes only the current version. Refusals are sentences and change nothing; every version is audited.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_REFUSALS } from '../../domain/checklist-rules';
import { CAMPAIGN_REFUSALS } from '../../domain/campaign-rules';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf, inDays, LAUNCH, launchCampaign, openTaskOf, SUBMIT } from '../support/api-fixtures';
import { sendFile } from '../support/uploads';

let api: ApiEnv;
let admin: string;

const TEMPLATE_FIELDS = `id code name version industries retiredAt supersedes { id }
  items { id position category text basis majorCriterion }`;
const CREATE = `mutation($input: ChecklistTemplateInput!) { createChecklistTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ChecklistTemplateInput!) {
  updateChecklistTemplate(id: $id, input: $input) { ${TEMPLATE_FIELDS} } }`;
const LIST = `query($all: Boolean) { checklistTemplates(includeRetired: $all) { id code version } }`;

interface Template {
  id: string;
  code: string;
  name: string;
  version: number;
  industries: string[];
  retiredAt: string | null;
  supersedes: { id: string } | null;
  items: {
    id: string;
    position: number;
    category: string;
    text: string;
    basis: string | null;
    majorCriterion: boolean;
  }[];
}

const FIRST = {
  name: '清河县燃气经营场所检查表',
  industries: ['GAS'],
  items: [
    { category: '安全管理', text: '是否建立燃气安全管理制度并落实', basis: '《城镇燃气管理条例》第十九条' },
    { category: '设施设备', text: '钢瓶是否在检验有效期内', majorCriterion: true },
  ],
};

const rowCounts = async () => {
  const count = async (table: 'checklist_template' | 'checklist_item' | 'audit_log') =>
    Number(
      (
        await api.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return [await count('checklist_template'), await count('checklist_item'), await count('audit_log')];
};

beforeAll(async () => {
  api = await startApiEnv();
  admin = await api.login('admin');
});
afterAll(async () => {
  await api?.teardown();
});

describe('checklist templates', () => {
  it('are versioned: a running campaign keeps the items it launched with, a new one takes the current', async () => {
    const created = await api.gql<{ createChecklistTemplate: Template }>(CREATE, { input: FIRST }, admin);
    expect(created.errors).toBeUndefined();
    const v1 = created.data?.createChecklistTemplate;
    if (!v1) throw new Error('no template');
    expect(v1).toMatchObject({ name: FIRST.name, version: 1, industries: ['GAS'], retiredAt: null, supersedes: null });
    expect(v1.items.map((i) => [i.position, i.text, i.basis, i.majorCriterion])).toEqual([
      [1, '是否建立燃气安全管理制度并落实', '《城镇燃气管理条例》第十九条', false],
      [2, '钢瓶是否在检验有效期内', null, true],
    ]);

    const campaign = await launchCampaign(api, { industries: ['GAS'], checklistTemplateId: v1.id });

    // The office rewrites the template: an item reworded, one added.
    const edited = await api.gql<{ updateChecklistTemplate: Template }>(
      UPDATE,
      {
        id: v1.id,
        input: {
          ...FIRST,
          items: [
            FIRST.items[0],
            { category: '设施设备', text: '钢瓶是否在检验有效期内、有无超期未检气瓶', majorCriterion: true },
            { category: '应急管理', text: '是否配备可燃气体报警装置并定期检测' },
          ],
        },
      },
      admin,
    );
    expect(edited.errors).toBeUndefined();
    const v2 = edited.data?.updateChecklistTemplate;
    if (!v2) throw new Error('no version 2');
    expect(v2).toMatchObject({ code: v1.code, version: 2, supersedes: { id: v1.id }, retiredAt: null });
    expect(v2.items).toHaveLength(3);

    const current = await api.gql<{ checklistTemplates: { id: string }[] }>(LIST, {}, admin);
    expect(current.data?.checklistTemplates.map((t) => t.id)).toContain(v2.id);
    expect(current.data?.checklistTemplates.map((t) => t.id)).not.toContain(v1.id);
    const every = await api.gql<{ checklistTemplates: { id: string }[] }>(LIST, { all: true }, admin);
    expect(every.data?.checklistTemplates.map((t) => t.id)).toEqual(expect.arrayContaining([v1.id, v2.id]));

    // The running campaign still inspects with version 1: its form shows v1's items and an inspection cites them.
    const kept = await api.gql<{
      node: { checklistTemplate: { id: string; retiredAt: string | null; items: { id: string }[] } };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Campaign { checklistTemplate { id retiredAt items { id } } } } }',
      { id: campaign.id },
      admin,
    );
    expect(kept.data?.node.checklistTemplate.id).toBe(v1.id);
    expect(kept.data?.node.checklistTemplate.retiredAt).not.toBeNull();
    expect(kept.data?.node.checklistTemplate.items.map((i) => i.id)).toEqual(v1.items.map((i) => i.id));
    const task = await openTaskOf(api, campaign.dbId, 'housing');
    const staff = await api.login('housing.staff');
    const finding = (checklistItemId: string) => ({
      level: 'GENERAL',
      description: '钢瓶超期未检',
      rectifyBy: inDays(10),
      checklistItemId,
    });
    const withNewItem = await api.gql(
      SUBMIT,
      {
        input: {
          taskId: task.id,
          inspectorCount: 2,
          findings: [finding(v2.items[2]?.id ?? '')],
          idempotencyKey: randomUUID(),
        },
      },
      staff,
    );
    expect(codeOf(withNewItem)).toBe('BAD_USER_INPUT');
    const withOldItem = await api.gql(
      SUBMIT,
      {
        input: {
          taskId: task.id,
          inspectorCount: 2,
          findings: [finding(v1.items[1]?.id ?? '')],
          idempotencyKey: randomUUID(),
        },
      },
      staff,
    );
    expect(withOldItem.errors).toBeUndefined();

    // A new campaign takes the current version only.
    const stale = await api.gql(
      LAUNCH,
      {
        input: {
          name: '用旧版检查表',
          kind: 'OTHER',
          endsAt: inDays(30),
          industries: ['GAS'],
          checklistTemplateId: v1.id,
        },
      },
      admin,
    );
    expect(codeOf(stale)).toBe('BAD_USER_INPUT');
    expect(stale.errors?.[0]?.message).toBe(CAMPAIGN_REFUSALS.retiredChecklist);

    const audit = await api.database.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('subject_type', '=', 'ChecklistTemplate')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['createChecklistTemplate', 'updateChecklistTemplate']);
    expect(audit[1]?.before).toMatchObject({ version: 1, items: 2 });
    expect(audit[1]?.after).toMatchObject({ version: 2, items: 3 });

    // Editing the retired version is a conflict; saving the current one unchanged makes no version.
    const onRetired = await api.gql(UPDATE, { id: v1.id, input: FIRST }, admin);
    expect(codeOf(onRetired)).toBe('CONFLICT');
    expect(onRetired.errors?.[0]?.message).toBe(CHECKLIST_REFUSALS.retired);
    const same = await api.gql(
      UPDATE,
      {
        id: v2.id,
        input: {
          name: v2.name,
          industries: v2.industries,
          items: v2.items.map(({ category, text, basis, majorCriterion }) => ({
            category,
            text,
            basis,
            majorCriterion,
          })),
        },
      },
      admin,
    );
    expect(same.errors?.[0]?.message).toBe(CHECKLIST_REFUSALS.nothingChanged);
  });

  it('creates one template for one idempotency key, however often it is sent', async () => {
    const CREATE_ONCE = `mutation($input: ChecklistTemplateInput!, $key: String) {
      createChecklistTemplate(input: $input, idempotencyKey: $key) { id } }`;
    const input = { ...FIRST, name: '只建一次的检查表' };
    const sends = await Promise.all(
      [1, 2, 3].map(() =>
        api.gql<{ createChecklistTemplate: { id: string } }>(CREATE_ONCE, { input, key: 'checklist-once-1' }, admin),
      ),
    );
    expect(new Set(sends.map((r) => r.data?.createChecklistTemplate.id)).size).toBe(1);
    const rows = await api.database.db
      .selectFrom('checklist_template')
      .select('id')
      .where('name', '=', '只建一次的检查表')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a template without items, with a blank or repeated item, or a bad name, changing nothing', async () => {
    const before = await rowCounts();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...FIRST, items: [] }, CHECKLIST_REFUSALS.noItems],
      [{ ...FIRST, name: '表' }, CHECKLIST_REFUSALS.nameLength],
      [{ ...FIRST, items: [FIRST.items[0], { category: '安全管理', text: '   ' }] }, '第2项：请填写检查内容'],
      [{ ...FIRST, items: [FIRST.items[0], FIRST.items[1], FIRST.items[0]] }, '第3项：与第1项重复'],
    ];
    for (const [input, message] of cases) {
      const result = await api.gql(CREATE, { input }, admin);
      expect(codeOf(result), message).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe(message);
    }
    const missing = await api.gql(UPDATE, { id: api.gid('ChecklistTemplate', 99_999_999), input: FIRST }, admin);
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(await rowCounts()).toEqual(before);
  });

  it('go out as .xlsx and come back as the same items; a sheet that is not a checklist is refused by its row', async () => {
    const created = await api.gql<{ createChecklistTemplate: Template }>(
      CREATE,
      { input: { ...FIRST, name: '往返检查表' } },
      admin,
    );
    const template = created.data?.createChecklistTemplate;
    if (!template) throw new Error(`no template: ${JSON.stringify(created.errors)}`);
    const id = Number(Buffer.from(template.id, 'base64').toString().split(':')[1]);
    const response = await fetch(`${api.url}/exports/checklist-templates/${id}.xlsx`, {
      headers: { authorization: `Bearer ${await api.login('housing.staff')}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('往返检查表（第1版）.xlsx'));
    const bytes = new Uint8Array(await response.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect((workbook.worksheets[0]?.getRow(1).values as unknown[]).slice(1)).toEqual([
      '序号',
      '类别',
      '检查内容',
      '依据',
      '重大隐患判定标准',
    ]);

    const READ =
      'mutation($file: File!) { checklistItemsFromFile(file: $file) { category text basis majorCriterion } }';
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const read = await sendFile<{ checklistItemsFromFile: unknown[] }>(api, admin, READ, {
      bytes,
      name: '往返检查表.xlsx',
      type: xlsx,
    });
    expect(read.errors).toBeUndefined();
    expect(read.data?.checklistItemsFromFile).toEqual(
      template.items.map(({ category, text, basis, majorCriterion }) => ({ category, text, basis, majorCriterion })),
    );

    const head = await api.login('housing.head');
    const before = await rowCounts();
    const sheetOf = async (rows: unknown[][]) => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('检查表');
      rows.forEach((row) => sheet.addRow(row));
      return new Uint8Array(await book.xlsx.writeBuffer());
    };
    const refusals: [Uint8Array, string][] = [
      [
        await sheetOf([
          ['名称', '说明'],
          ['a', 'b'],
        ]),
        '表头缺少“类别”或“检查内容”列；请使用导出的检查表格式',
      ],
      [
        await sheetOf([
          ['类别', '检查内容', '重大隐患判定标准'],
          ['设施', '阀门', '也许'],
        ]),
        '第2行：“重大隐患判定标准”应填“是”或“否”，不是“也许”',
      ],
      [
        await sheetOf([
          ['类别', '检查内容'],
          ['设施', { formula: 'A1&"x"' }],
        ]),
        '第2行：“检查内容”是公式，请复制后“粘贴为数值”再导入',
      ],
      [new TextEncoder().encode('%PDF-1.7\u0000binary'), '请上传 .xlsx 或 .csv 格式的检查表'],
    ];
    for (const [file, message] of refusals) {
      const result = await sendFile(api, admin, READ, { bytes: file, name: 'x.xlsx', type: xlsx });
      expect(codeOf(result), message).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe(message);
    }
    const forbidden = await sendFile(api, head, READ, { bytes, name: 'a.xlsx', type: xlsx });
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    expect(await rowCounts()).toEqual(before);
  });
});
