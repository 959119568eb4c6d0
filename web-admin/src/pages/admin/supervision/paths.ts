// Where a round and its site checks open in the admin portal.
export const SUPERVISION_PATH = '/admin/supervision';

export const roundPath = (roundId: string) => `${SUPERVISION_PATH}/${encodeURIComponent(roundId)}`;

export const siteCheckPath = (roundId: string, taskId: string) =>
  `${roundPath(roundId)}/tasks/${encodeURIComponent(taskId)}`;
