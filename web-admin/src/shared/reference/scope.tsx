// The filters every list of the county's work shares (the campaign, the regulator, the township, a period of days),
// as the address holds them and as the filter card shows them.
import { DateRangeInput, type Period } from '../../components/DateRangeInput';
import { namedOptions, selectField, type FilterField } from '../../components/FilterBar';
import { useT, type MessageKey } from '../../locales';
import { useCampaignOptions, useOrgUnits } from './useReference';

export interface Scope {
  campaignId: string | null;
  regulatorId: string | null;
  townshipId: string | null;
  /** [from, to): ISO instants, the window of the dashboard a drill-down came from. */
  period: Period;
}

/** How one list names its scope: the address's names of its period, its labels' locale area, its test ids. */
export interface ScopeNames {
  period: { from: string; to: string };
  labels: 'hazard.field' | 'inspection.field';
  periodLabel: MessageKey;
  testIdPrefix: string;
  periodTestId: string;
}

export const SCOPES = {
  /** The ledger counts a hazard in the period it was found. */
  ledger: {
    period: { from: 'foundFrom', to: 'foundTo' },
    labels: 'hazard.field',
    periodLabel: 'hazard.filter.foundPeriod',
    testIdPrefix: 'filter-',
    periodTestId: 'filter-found',
  },
  /** The inspection list counts an inspection in the period it took place. */
  inspections: {
    period: { from: 'inspectedFrom', to: 'inspectedTo' },
    labels: 'inspection.field',
    periodLabel: 'inspection.filter.period',
    testIdPrefix: 'inspection-filter-',
    periodTestId: 'inspection-filter-period',
  },
} as const satisfies Record<string, ScopeNames>;

export function parseScope(params: URLSearchParams, { period }: ScopeNames): Scope {
  const get = (name: string) => params.get(name) || null;
  return {
    campaignId: get('campaignId'),
    regulatorId: get('regulatorId'),
    townshipId: get('townshipId'),
    period: { from: get(period.from), to: get(period.to) },
  };
}

/** The scope's part of a list's query string (a list writes its own filters after it). */
export function scopeParams(scope: Partial<Scope>, { period }: ScopeNames): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | null | undefined) => {
    if (value) params.set(name, value);
  };
  set('campaignId', scope.campaignId);
  set('regulatorId', scope.regulatorId);
  set('townshipId', scope.townshipId);
  set(period.from, scope.period?.from);
  set(period.to, scope.period?.to);
  return params;
}

export function useScopeFilters(scope: Scope, onChange: (change: Partial<Scope>) => void, names: ScopeNames) {
  const t = useT();
  const { regulators, townships } = useOrgUnits();
  const { campaigns } = useCampaignOptions();
  const { labels, testIdPrefix } = names;
  const unit = (key: 'regulatorId' | 'townshipId', name: 'regulator' | 'township', units: typeof regulators) =>
    selectField({
      key,
      xl: 3,
      label: t(`${labels}.${name}`),
      value: scope[key],
      options: namedOptions(units),
      onChange: (id) => onChange(key === 'regulatorId' ? { regulatorId: id } : { townshipId: id }),
      testId: `${testIdPrefix}${name}`,
    });
  const period: FilterField = {
    key: 'period',
    xl: 8,
    wide: true,
    node: (
      <DateRangeInput
        label={t(names.periodLabel)}
        value={scope.period}
        onChange={(next) => onChange({ period: next })}
        testId={names.periodTestId}
      />
    ),
  };
  return {
    campaign: selectField({
      key: 'campaignId',
      xl: 6,
      wide: true,
      label: t(`${labels}.campaign`),
      value: scope.campaignId,
      options: namedOptions(campaigns),
      onChange: (campaignId) => onChange({ campaignId }),
      testId: `${testIdPrefix}campaign`,
      searchable: true,
    }),
    regulator: unit('regulatorId', 'regulator', regulators),
    township: unit('townshipId', 'township', townships),
    period,
  };
}
