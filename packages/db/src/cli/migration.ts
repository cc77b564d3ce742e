// `pnpm db:migration <name>`: write a new migration from the changes in schema.prisma.
import { createMigration } from '../migrations';

const name = process.argv[2];
if (!name) {
  console.error('usage: pnpm db:migration <name>   (lower-case letters, digits, underscores)');
  process.exit(2);
}
const folder = await createMigration(name);
console.log(
  folder
    ? `Wrote prisma/migrations/${folder}/migration.sql`
    : 'schema.prisma and the migrations agree: nothing to write.',
);
