// The holiday calendar as data (节假日安排, issue #17 §6): one row per year as the State Council's notice gives it, or
// provisional until it is published. Seeded with the years the code shipped with (domain/holidays.ts as of this
// migration, 2025 and 2026 checked against the notices as Xinhua published them); the county office edits them.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

const SHIPPED_YEARS: {
  year: number;
  provisional: boolean;
  source: string;
  holidays: { name: string; first: string; last: string }[];
  adjustedWorkdays: { date: string; holiday: string }[];
}[] = [
  {
    year: 2025,
    provisional: false,
    source: '国办发明电〔2024〕12号 国务院办公厅关于2025年部分节假日安排的通知',
    holidays: [
      {
        name: '元旦',
        first: '2025-01-01',
        last: '2025-01-01',
      },
      {
        name: '春节',
        first: '2025-01-28',
        last: '2025-02-04',
      },
      {
        name: '清明节',
        first: '2025-04-04',
        last: '2025-04-06',
      },
      {
        name: '劳动节',
        first: '2025-05-01',
        last: '2025-05-05',
      },
      {
        name: '端午节',
        first: '2025-05-31',
        last: '2025-06-02',
      },
      {
        name: '国庆节、中秋节',
        first: '2025-10-01',
        last: '2025-10-08',
      },
    ],
    adjustedWorkdays: [
      {
        date: '2025-01-26',
        holiday: '春节',
      },
      {
        date: '2025-02-08',
        holiday: '春节',
      },
      {
        date: '2025-04-27',
        holiday: '劳动节',
      },
      {
        date: '2025-09-28',
        holiday: '国庆节、中秋节',
      },
      {
        date: '2025-10-11',
        holiday: '国庆节、中秋节',
      },
    ],
  },
  {
    year: 2026,
    provisional: false,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社北京11月4日电）',
    holidays: [
      {
        name: '元旦',
        first: '2026-01-01',
        last: '2026-01-03',
      },
      {
        name: '春节',
        first: '2026-02-15',
        last: '2026-02-23',
      },
      {
        name: '清明节',
        first: '2026-04-04',
        last: '2026-04-06',
      },
      {
        name: '劳动节',
        first: '2026-05-01',
        last: '2026-05-05',
      },
      {
        name: '端午节',
        first: '2026-06-19',
        last: '2026-06-21',
      },
      {
        name: '中秋节',
        first: '2026-09-25',
        last: '2026-09-27',
      },
      {
        name: '国庆节',
        first: '2026-10-01',
        last: '2026-10-07',
      },
    ],
    adjustedWorkdays: [
      {
        date: '2026-01-04',
        holiday: '元旦',
      },
      {
        date: '2026-02-14',
        holiday: '春节',
      },
      {
        date: '2026-02-28',
        holiday: '春节',
      },
      {
        date: '2026-05-09',
        holiday: '劳动节',
      },
      {
        date: '2026-09-20',
        holiday: '国庆节',
      },
      {
        date: '2026-10-10',
        holiday: '国庆节',
      },
    ],
  },
  {
    year: 2027,
    provisional: true,
    source: '推算（待国务院办公厅发布2027年部分节假日安排的通知后更新）',
    holidays: [
      {
        name: '元旦',
        first: '2027-01-01',
        last: '2027-01-03',
      },
      {
        name: '春节',
        first: '2027-02-05',
        last: '2027-02-14',
      },
      {
        name: '清明节',
        first: '2027-04-03',
        last: '2027-04-05',
      },
      {
        name: '劳动节',
        first: '2027-05-01',
        last: '2027-05-05',
      },
      {
        name: '端午节',
        first: '2027-06-09',
        last: '2027-06-09',
      },
      {
        name: '中秋节',
        first: '2027-09-15',
        last: '2027-09-15',
      },
      {
        name: '国庆节',
        first: '2027-10-01',
        last: '2027-10-07',
      },
    ],
    adjustedWorkdays: [
      {
        date: '2027-01-31',
        holiday: '春节',
      },
      {
        date: '2027-02-20',
        holiday: '春节',
      },
      {
        date: '2027-05-08',
        holiday: '劳动节',
      },
      {
        date: '2027-09-26',
        holiday: '国庆节',
      },
      {
        date: '2027-10-09',
        holiday: '国庆节',
      },
    ],
  },
];

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table holiday_year (
      year integer primary key check (year between 2000 and 2100),
      provisional boolean not null,
      source text not null,
      holidays jsonb not null,
      adjusted_workdays jsonb not null,
      updated_by integer references app_user(id),
      updated_at timestamptz not null default now())`.execute(db);
  for (const y of SHIPPED_YEARS)
    await sql`
      insert into holiday_year (year, provisional, source, holidays, adjusted_workdays)
      values (${y.year}, ${y.provisional}, ${y.source}, ${JSON.stringify(y.holidays)}::jsonb,
        ${JSON.stringify(y.adjustedWorkdays)}::jsonb)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table holiday_year`.execute(db);
}
