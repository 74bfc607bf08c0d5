import { defineConfig } from 'drizzle-kit';

// Migrations are generated from src/db/schema and committed; triggers and functions live in custom
// migrations beside them. The same files run on the embedded database and on PostgreSQL 15.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
});
