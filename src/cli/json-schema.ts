import { z } from 'zod';
import { packSchema } from '../engine/scenario-schema';

/** The pack format as JSON Schema, for authors' editors; the zod schema stays the one truth. */
export function packJsonSchema(): string {
  const schema = z.toJSONSchema(packSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return (
    JSON.stringify(
      { ...schema, title: 'Complaint Desk Simulator scenario pack, format v1' },
      null,
      2,
    ) + '\n'
  );
}
