// Integration tests run against a real database: a fresh in-memory PGlite per
// test file by default, or the PostgreSQL named by DATABASE_URL (CI runs both).
process.env.AUTH_SECRET ??= "integration-test-secret";
if (!process.env.DATABASE_URL) process.env.FACTDESK_DATA_DIR = ":memory:";
