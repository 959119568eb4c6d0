// The filter card above a list: one row of filters that wraps on a tablet, and the clearable selects it is made of.
import { Card, Col, Row, Select } from 'antd';
import type { Key, ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';

export interface FilterField {
  key: Key;
  node: ReactNode;
  /** Its width of 24 on a wide screen. */
  xl: number;
  /** Half the row on a tablet (a quarter otherwise). */
  wide?: boolean;
}

export function FilterBar({ fields }: { fields: readonly FilterField[] }) {
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Row gutter={[12, 12]}>
        {fields.map((field) => (
          <Col key={field.key} xs={field.wide ? 24 : 12} md={field.wide ? 12 : 6} xl={field.xl}>
            {field.node}
          </Col>
        ))}
      </Row>
    </Card>
  );
}

export interface Option<T> {
  value: T;
  label: string;
}

/** The options of org units (regulators, townships) or campaigns: their names. */
export const namedOptions = (items: readonly { id: string; name: string }[]): Option<string>[] =>
  items.map((item) => ({ value: item.id, label: item.name }));

interface FilterSpec<V> {
  key: string;
  xl: number;
  wide?: boolean;
  /** Its placeholder and its accessible name. */
  label: string;
  value: V;
  onChange: (value: V) => void;
  testId?: string;
}

/** A clearable select of one value, or none (null). */
export function selectField<T extends string>({
  value,
  onChange,
  options,
  searchable = false,
  ...field
}: FilterSpec<T | null> & { options: Option<T>[]; searchable?: boolean }): FilterField {
  return {
    ...field,
    node: (
      <Select<T>
        allowClear
        style={{ width: '100%' }}
        aria-label={field.label}
        placeholder={field.label}
        value={value ?? undefined}
        options={options}
        onChange={(v?: T) => onChange(v ?? null)}
        data-testid={field.testId}
        showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
      />
    ),
  };
}

/** A select of any number of values; none is no filter. */
export function multiSelectField<T extends string>({
  value,
  onChange,
  options,
  ...field
}: FilterSpec<T[]> & { options: Option<T>[] }): FilterField {
  return {
    ...field,
    node: (
      <Select<T[]>
        mode="multiple"
        allowClear
        style={{ width: '100%' }}
        aria-label={field.label}
        placeholder={field.label}
        value={value}
        options={options}
        onChange={onChange}
        data-testid={field.testId}
        maxTagCount="responsive"
      />
    ),
  };
}

/**
 * A filter kept in the address (a drill-down link or a bookmark opens the same list): the filter read from it, and
 * a change written back in the list's own form of the query string.
 */
export function useUrlFilter<F>(parse: (params: URLSearchParams) => F, search: (filter: F) => string) {
  const [params, setParams] = useSearchParams();
  const filter = parse(params);
  const update = (change: Partial<F>) => {
    setParams(new URLSearchParams(search({ ...filter, ...change })), { replace: true });
  };
  return { filter, update };
}
