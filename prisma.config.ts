// Prisma CLI configuration. The URL is optional: generation works offline without one, and
// this project migrates through its own runner (packages/db/src/migrations).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
