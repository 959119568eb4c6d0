// Every type file registers itself on the builder; importing them here builds the schema.
import { builder } from '../builder';
import './org-unit';
import './user';

export const schema = builder.toSchema({ sortSchema: true });
