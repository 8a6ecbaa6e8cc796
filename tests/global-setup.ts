// Vitest runs against the database prepared by scripts/test.ts (fresh, migrated); refuse to run without one.
export default function setup() {
  if (!process.env.DATABASE_URL || !process.env.TEST_RUN) {
    throw new Error("Run the tests with `npm test` (it prepares a fresh database), or set DATABASE_URL and TEST_RUN=1 for a migrated scratch database.");
  }
}
