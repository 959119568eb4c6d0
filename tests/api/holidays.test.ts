// The holiday calendar as data (issue #17 §6): everyone reads it; the county office enters next year's arrangement
// when the State Council publishes it, audited; a bad arrangement is refused with its entry and changes nothing; tasks
// started afterwards carry the new calendar in their workflow input, where their history keeps it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOLIDAY_REFUSALS } from '../../domain/holiday-rules';
import type { HolidayYear } from '../../domain/holidays';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf, launchCampaign } from '../support/api-fixtures';
import { waitFor } from '../support/processes';

let api: ApiEnv;
let admin: string;

const LIST = `query { holidayYears { year provisional source holidays { name first last } adjustedWorkdays { date holiday } } }`;
const SET = `mutation($input: HolidayYearInput!) { setHolidayYear(input: $input) { year provisional source
  holidays { name first last } adjustedWorkdays { date holiday } } }`;

const NOTICE_2027: HolidayYear = {
  year: 2027,
  provisional: false,
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
  holidays: [
    { name: '元旦', first: '2027-01-01', last: '2027-01-03' },
    { name: '春节', first: '2027-02-05', last: '2027-02-13' },
    { name: '国庆节', first: '2027-10-01', last: '2027-10-07' },
  ],
  adjustedWorkdays: [
    { date: '2027-02-20', holiday: '春节' },
    { date: '2027-10-09', holiday: '国庆节' },
  ],
};

beforeAll(async () => {
  api = await startApiEnv();
  admin = await api.login('admin');
});
afterAll(async () => {
  await api?.teardown();
});

describe('the holiday calendar', () => {
  it('is read by everyone and entered by the county office; new tasks count with it', async () => {
    const read = await api.gql<{ holidayYears: HolidayYear[] }>(LIST, {}, await api.login('housing.staff'));
    expect(read.data?.holidayYears.map((y) => [y.year, y.provisional])).toEqual([
      [2025, false],
      [2026, false],
      [2027, true],
    ]);

    // Entered in any order: kept in date order.
    const set = await api.gql<{ setHolidayYear: HolidayYear }>(
      SET,
      { input: { ...NOTICE_2027, holidays: [...NOTICE_2027.holidays].reverse() } },
      admin,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setHolidayYear).toEqual(NOTICE_2027);
    const [audit] = await api.database.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'setHolidayYear')
      .execute();
    expect((audit?.before as HolidayYear).provisional).toBe(true);
    expect(audit?.after).toEqual(NOTICE_2027);

    const again = await api.gql(SET, { input: NOTICE_2027 }, admin);
    expect(again.errors?.[0]?.message).toBe('节假日安排没有改动');

    // A campaign launched now: its task workflows carry the calendar as entered.
    const campaign = await launchCampaign(api, { industries: ['GAS'] });
    const task = await api.database.db
      .selectFrom('task')
      .select('id')
      .where('campaign_id', '=', campaign.dbId)
      .executeTakeFirstOrThrow();
    const history = await api.env.client.workflow.getHandle(`task-${task.id}`).fetchHistory();
    const payload = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0]?.data;
    const input = JSON.parse(Buffer.from(payload ?? []).toString()) as { calendar: HolidayYear[] };
    expect(input.calendar.find((y) => y.year === 2027)).toEqual(NOTICE_2027);
  });

  it('refuses a wrong arrangement with its entry, and anyone but the county office, changing nothing', async () => {
    const before = await api.gql<{ holidayYears: HolidayYear[] }>(LIST, {}, admin);
    const cases: [HolidayYear, string][] = [
      [{ ...NOTICE_2027, source: ' ' }, HOLIDAY_REFUSALS.sourceRequired],
      [
        { ...NOTICE_2027, adjustedWorkdays: [{ date: '2027-02-17', holiday: '春节' }] },
        '调休上班日2027-02-17不是周六或周日，本来就要上班',
      ],
      [
        { ...NOTICE_2027, holidays: [{ name: '春节', first: '2027-02-05', last: '2027-02-31' }], adjustedWorkdays: [] },
        '春节的放假日期不是有效日期',
      ],
    ];
    for (const [input, message] of cases) {
      const result = await api.gql(SET, { input }, admin);
      expect(codeOf(result), message).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe(message);
    }
    expect(codeOf(await api.gql(SET, { input: { ...NOTICE_2027, year: 2028 } }, await api.login('leader')))).toBe(
      'FORBIDDEN',
    );
    expect((await api.gql(LIST, {}, admin)).data).toEqual(before.data);
  });

  it('sends a changed calendar to every running task and hazard once asked, and says how many it reached', async () => {
    const RECOMPUTE = 'mutation { recomputeOpenDeadlines { id status } }';
    const LATEST = 'query { deadlineRecomputes { id status tasks hazards moved finishedAt } }';
    const started = await api.gql<{ recomputeOpenDeadlines: { id: number; status: string } }>(RECOMPUTE, {}, admin);
    expect(started.errors).toBeUndefined();
    const id = started.data?.recomputeOpenDeadlines.id;
    interface Recompute {
      id: number;
      status: string;
      tasks: number;
      hazards: number;
      moved: number;
    }
    let latest: Recompute | undefined;
    await waitFor(
      async () => {
        const found = (await api.gql<{ deadlineRecomputes: Recompute[] }>(LATEST, {}, admin)).data
          ?.deadlineRecomputes[0];
        latest = found;
        return found !== undefined && found.id === id && found.status === 'DONE';
      },
      120_000,
      'the recompute to finish',
    );
    const open = await api.database.db.selectFrom('task').select('id').where('status', '=', 'OPEN').execute();
    expect(latest?.tasks).toBe(open.length);
    expect(latest?.hazards).toBe(0);
    const audit = await api.database.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'recomputeOpenDeadlines')
      .execute();
    expect(audit.map((a) => a.after)).toEqual([{ tasks: latest?.tasks, hazards: 0, moved: latest?.moved }]);
    expect(codeOf(await api.gql(RECOMPUTE, {}, await api.login('housing.head')))).toBe('FORBIDDEN');
  });
});
