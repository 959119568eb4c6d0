// What sent a task, as the lists show it: its campaign's name, or the origin of a task without a campaign.
import type { TaskOrigin } from '../gql/graphql';
import type { Translate } from '../locales';

export function taskSource(task: { campaign?: { name: string } | null; origin: TaskOrigin }, t: Translate): string {
  if (task.campaign) return task.campaign.name;
  switch (task.origin) {
    case 'LOOK_BACK':
      return t('task.lookBack');
    case 'PLAN':
      return t('task.plan');
    case 'ROUTINE':
    case 'CRACKDOWN':
    case 'NIGHT_PATROL':
      return t(`task.origin.${task.origin}`);
    default:
      return t('task.tipVerify');
  }
}
