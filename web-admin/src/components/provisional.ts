// Whether a deadline falls in a year whose holidays are not published yet (节假日安排暂定): its working days may move
// when the State Council's notice is out. The years are asked for once per page load and shared by every cell.
import { useEffect, useState } from 'react';
import { request } from '../api/client';
import { toShanghaiDate } from '../format';
import { HolidayYearsQuery } from './queries';

let published: Promise<Set<number>> | null = null;

function publishedYears(): Promise<Set<number>> {
  published ??= request(HolidayYearsQuery, {})
    .then((data) => new Set(data.holidayYears.filter((y) => !y.provisional).map((y) => y.year)))
    .catch((error: unknown) => {
      published = null;
      throw error;
    });
  return published;
}

/** The Shanghai year of an instant. */
const yearOf = (iso: string) => Number(toShanghaiDate(new Date(iso)).slice(0, 4));

/** True for a deadline still ahead in a year without a published arrangement; false while the years load. */
export function useProvisionalDeadline(iso: string | null | undefined): boolean {
  const [years, setYears] = useState<Set<number> | null>(null);
  useEffect(() => {
    let live = true;
    publishedYears().then(
      (set) => live && setYears(set),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!iso || !years || Date.parse(iso) < Date.now()) return false;
  return !years.has(yearOf(iso));
}
