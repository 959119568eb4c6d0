// Every type file registers itself on the builder; importing them here builds the schema.
import { builder } from '../builder';
import './enums';
import './org-unit';
import './user';
import './enterprise';
import './supervision';
import './enterprise-import';
import './checklist';
import './holiday';
import './campaign';
import './campaign-commands';
import './county-report';
import './grading';
import './lists';
import './task';
import './hazard';
import './self-check';
import './escalation';
import './photo';
import './dashboard';
import './audit';
import './notification';
import './tip';
import './risk';
import './directive';
import './look-back';

export const schema = builder.toSchema({ sortSchema: true });
