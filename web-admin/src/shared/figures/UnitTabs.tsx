// Regulators or townships: the two ways the county's figures are cut, as tabs over the same kind of table.
import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../locales';

export type Unit = 'regulator' | 'township';

const UNITS: readonly Unit[] = ['regulator', 'township'];

/** A dashboard's rows of the one unit or the other. */
export const rowsBy = <Row,>(figures: { byRegulator: readonly Row[]; byTownship: readonly Row[] }, unit: Unit) =>
  unit === 'regulator' ? figures.byRegulator : figures.byTownship;

export function UnitTabs({ children }: { children: (unit: Unit) => ReactNode }) {
  const t = useT();
  return <Tabs items={UNITS.map((unit) => ({ key: unit, label: t(`figure.by.${unit}`), children: children(unit) }))} />;
}
