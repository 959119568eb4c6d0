// China's public holidays as data, per the State Council General Office notices (国务院办公厅关于…部分节假日安排的通知).
// Dates are calendar dates in China (Asia/Shanghai). A new year is one more entry here, nothing else.

export interface HolidayPeriod {
  /** Chinese name, as in the notice. */
  readonly name: string;
  /** First day off, `YYYY-MM-DD`. */
  readonly first: string;
  /** Last day off (inclusive), `YYYY-MM-DD`. */
  readonly last: string;
}

/** A weekend day that is a working day (调休上班日), and the holiday it pays for. */
export interface AdjustedWorkday {
  readonly date: string;
  readonly holiday: string;
}

export interface HolidayYear {
  readonly year: number;
  /** True until the State Council publishes the year's notice; the dates are then derived, not announced. */
  readonly provisional: boolean;
  readonly source: string;
  readonly holidays: readonly HolidayPeriod[];
  readonly adjustedWorkdays: readonly AdjustedWorkday[];
}

export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2025,
    provisional: false,
    source: '国办发明电〔2024〕12号 国务院办公厅关于2025年部分节假日安排的通知',
    holidays: [
      { name: '元旦', first: '2025-01-01', last: '2025-01-01' },
      { name: '春节', first: '2025-01-28', last: '2025-02-04' },
      { name: '清明节', first: '2025-04-04', last: '2025-04-06' },
      { name: '劳动节', first: '2025-05-01', last: '2025-05-05' },
      { name: '端午节', first: '2025-05-31', last: '2025-06-02' },
      { name: '国庆节、中秋节', first: '2025-10-01', last: '2025-10-08' },
    ],
    adjustedWorkdays: [
      { date: '2025-01-26', holiday: '春节' },
      { date: '2025-02-08', holiday: '春节' },
      { date: '2025-04-27', holiday: '劳动节' },
      { date: '2025-09-28', holiday: '国庆节、中秋节' },
      { date: '2025-10-11', holiday: '国庆节、中秋节' },
    ],
  },
  {
    year: 2026,
    provisional: false,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月发布）',
    holidays: [
      { name: '元旦', first: '2026-01-01', last: '2026-01-03' },
      { name: '春节', first: '2026-02-15', last: '2026-02-23' },
      { name: '清明节', first: '2026-04-04', last: '2026-04-06' },
      { name: '劳动节', first: '2026-05-01', last: '2026-05-05' },
      { name: '端午节', first: '2026-06-19', last: '2026-06-21' },
      { name: '中秋节', first: '2026-09-25', last: '2026-09-27' },
      { name: '国庆节', first: '2026-10-01', last: '2026-10-07' },
    ],
    adjustedWorkdays: [
      { date: '2026-01-04', holiday: '元旦' },
      { date: '2026-02-14', holiday: '春节' },
      { date: '2026-02-28', holiday: '春节' },
      { date: '2026-05-09', holiday: '劳动节' },
      { date: '2026-09-20', holiday: '国庆节' },
      { date: '2026-10-10', holiday: '国庆节' },
    ],
  },
  {
    // PROVISIONAL: no notice yet. Derived from 《全国年节及纪念日放假办法》(2024 revision: 春节 from 除夕, 4 days;
    // 劳动节 2 days; 国庆 3 days) with the recent pattern (weekend-bracketed breaks, at most 6 consecutive
    // working days around them). Lunar dates: 除夕 Feb 5, 春节 Feb 6, 清明 Apr 5, 端午 Jun 9, 中秋 Sep 15.
    // Replace with the State Council notice when it is published (usually in November 2026).
    year: 2027,
    provisional: true,
    source: '推算（待国务院办公厅发布2027年部分节假日安排的通知后更新）',
    holidays: [
      { name: '元旦', first: '2027-01-01', last: '2027-01-03' },
      { name: '春节', first: '2027-02-05', last: '2027-02-14' },
      { name: '清明节', first: '2027-04-03', last: '2027-04-05' },
      { name: '劳动节', first: '2027-05-01', last: '2027-05-05' },
      { name: '端午节', first: '2027-06-09', last: '2027-06-09' },
      { name: '中秋节', first: '2027-09-15', last: '2027-09-15' },
      { name: '国庆节', first: '2027-10-01', last: '2027-10-07' },
    ],
    adjustedWorkdays: [
      { date: '2027-01-31', holiday: '春节' },
      { date: '2027-02-20', holiday: '春节' },
      { date: '2027-05-08', holiday: '劳动节' },
      { date: '2027-09-26', holiday: '国庆节' },
      { date: '2027-10-09', holiday: '国庆节' },
    ],
  },
];
