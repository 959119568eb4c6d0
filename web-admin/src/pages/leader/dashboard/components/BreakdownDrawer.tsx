// The list behind a figure the hazard ledger cannot show (inspections, inspectors, enterprises): who contributed how much.
import { Drawer } from 'antd';
import type { FigureRowFragment } from '../../../../gql/graphql';
import { useLocale, type MessageKey } from '../../../../locales';
import { FigureTable } from '../../../../shared/figures/FigureTable';
import { rowsBy, UnitTabs, type Unit } from '../../../../shared/figures/UnitTabs';

export type CountFigure = 'inspections' | 'inspectorsDispatched' | 'enterprisesInspected';

const LABEL: Record<CountFigure, MessageKey> = {
  inspections: 'figure.inspections',
  inspectorsDispatched: 'figure.inspectorsDispatched',
  enterprisesInspected: 'figure.enterprisesInspected',
};

export function BreakdownDrawer({
  figure,
  byRegulator,
  byTownship,
  onClose,
}: {
  figure: CountFigure | null;
  byRegulator: readonly FigureRowFragment[];
  byTownship: readonly FigureRowFragment[];
  onClose: () => void;
}) {
  const { t } = useLocale();
  const table = (unit: Unit) => {
    if (!figure) return null;
    const rows = rowsBy({ byRegulator, byTownship }, unit);
    const sorted = [...rows].sort((a, b) => b[figure] - a[figure]);
    return (
      <FigureTable
        rows={sorted}
        columns={[
          { title: t(`figure.unit.${unit}`), dataIndex: 'name' },
          { title: t(LABEL[figure]), key: 'value', align: 'right', render: (_, row) => row[figure] },
        ]}
      />
    );
  };
  return (
    <Drawer
      open={figure !== null}
      onClose={onClose}
      size={520}
      title={figure ? t(LABEL[figure]) : ''}
      data-testid="figure-breakdown"
    >
      <UnitTabs>{table}</UnitTabs>
    </Drawer>
  );
}
