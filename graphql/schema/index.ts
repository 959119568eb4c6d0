// Every type file registers itself on the builder; importing them here builds the schema.
import { builder } from '../builder';
import './enums';
import './org-unit';
import './user';
import './enterprise';
import './checklist';
import './campaign';
import './task';
import './hazard';
import './escalation';
import './photo';
import './dashboard';
import './audit';

export const schema = builder.toSchema({ sortSchema: true });
