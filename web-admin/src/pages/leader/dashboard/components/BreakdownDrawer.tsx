// The list behind a figure the hazard ledger cannot show (inspections, inspectors, enterprises): who contributed how much.
import { Drawer, Table, Tabs } from 'antd';
import type { FigureRowFragment } from '../../../../gql/graphql';
import { useLocale, type MessageKey } from '../../../../locales';

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
  const table = (rows: readonly FigureRowFragment[], unit: MessageKey) => {
    if (!figure) return null;
    const sorted = [...rows].sort((a, b) => b[figure] - a[figure]);
    return (
      <Table<FigureRowFragment>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={sorted}
        columns={[
          { title: t(unit), dataIndex: 'name' },
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
      <Tabs
        items={[
          {
            key: 'regulator',
            label: t('leader.rank.byRegulator'),
            children: table(byRegulator, 'leader.rank.regulator'),
          },
          { key: 'township', label: t('leader.rank.byTownship'), children: table(byTownship, 'leader.rank.township') },
        ]}
      />
    </Drawer>
  );
}
