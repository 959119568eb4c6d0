// 共同监管: the topics an enterprise also answers to a department for (特种设备, 消防, 燃气, 道路交通); the division
// says which department that is. Sent as the full set.
import { Checkbox } from 'antd';
import { CO_SUPERVISION_TOPICS } from '../../../../../../domain/types';
import { FormField } from '../../../../components/FormField';
import type { SupervisionTopic } from '../../../../gql/graphql';
import { useT } from '../../../../locales';

/** The same set, whatever the order it was picked or listed in. */
export function sameTopics(a: readonly SupervisionTopic[], b: readonly SupervisionTopic[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((topic) => set.has(topic));
}

export function CoSupervisionField({ testIdPrefix }: { testIdPrefix: string }) {
  const t = useT();
  return (
    <FormField
      cell={{ xs: 24 }}
      name="coSupervisionTopics"
      label={t('enterprise.field.coSupervision')}
      extra={t('enterprise.coSupervision.hint')}
    >
      <Checkbox.Group data-testid={`${testIdPrefix}-co-supervision`}>
        {CO_SUPERVISION_TOPICS.map((topic) => (
          <Checkbox key={topic} value={topic} data-testid={`${testIdPrefix}-topic-${topic}`}>
            {t(`enum.supervisionTopic.${topic}`)}
          </Checkbox>
        ))}
      </Checkbox.Group>
    </FormField>
  );
}
