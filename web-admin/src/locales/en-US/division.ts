// The division of supervision: lead units of industries, departments of co-supervision topics, campaign task topics.
import type { division as zh } from '../zh-CN/division';

export const division: Record<keyof typeof zh, string> = {
  'audit.action.setIndustryRegulator': 'Change the lead unit of an industry',
  'audit.action.setTopicRegulator': 'Change the department of a co-supervision topic',
  'orgUnits.field.kind': 'Kind',
  'orgUnits.kind.REGULATOR': 'Regulator',
  'orgUnits.kind.TOWNSHIP': 'Township',
  'orgUnits.create.kindHint':
    'A new regulator gets inspection tasks once the division gives it an industry to lead or a topic to answer for',
  'division.title': 'Division of supervision',
  'division.hint': 'Enterprises move with a change; tasks already sent and hazards already found stay where they are',
  'division.industries': 'Industry leads',
  'division.topics': 'Co-supervision',
  'division.field.industry': 'Industry',
  'division.field.lead': 'Lead unit',
  'division.field.enterprises': 'Enterprises',
  'division.field.topic': 'Topic',
  'division.field.department': 'Department',
  'division.local': 'Local (townships)',
  'division.confirm.industry': 'Change the lead unit of {industry}',
  'division.confirm.topic': 'Change the department for {topic}',
  'division.confirm.change': 'From {from} to {to}.',
  'division.confirm.effect':
    '{n} enterprises move to the new unit with it; campaigns launched from now on send their tasks by the new division, while tasks already sent and hazards already found stay with the unit that has them.',
  'division.confirm.ok': 'Change',
  'division.done': 'Division changed: {n} enterprises moved to the new unit',
  'enterprise.field.coSupervision': 'Co-supervision',
  'enterprise.coSupervision.hint':
    'The departments of the chosen topics also supervise it; a campaign can send them tasks by topic',
  'enterprise.coSupervisor': '{topic}: {regulator}',
  'launch.field.topics': 'Tasks go to',
  'launch.field.topicsHint':
    'Industry: the enterprise’s lead regulator; local: its township (e.g. small premises); the other topics: the department answering for the topic, only at enterprises that have it',
  'launch.problem.topics': 'Choose at least one: industry, local or a co-supervision topic',
};
