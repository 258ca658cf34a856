#include "core/store/postgres/team_roles.h"

#include <libpq-fe.h>

#include <cstring>
#include <memory>

#include "core/common/error_id.h"
#include "core/store/database.h"
#include "core/store/postgres/pg_connection.h"

namespace copydesk::pg {
namespace {

// Idempotent: roles made only where missing, grants and functions replaced.
constexpr const char* kTeamSql = R"sql(
-- Roles belong to the whole server: another store on it may have made them, even at this moment.
DO $$ DECLARE r TEXT; BEGIN
  FOREACH r IN ARRAY ARRAY['copydesk_writer', 'copydesk_reviewer', 'copydesk_admin'] LOOP
    BEGIN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END LOOP;
END $$;
GRANT copydesk_writer, copydesk_reviewer TO copydesk_admin;

CREATE TABLE IF NOT EXISTS team_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO team_settings (key, value) VALUES ('writer_cannot_approve', '1') ON CONFLICT (key) DO NOTHING;

GRANT USAGE ON SCHEMA public TO copydesk_writer, copydesk_reviewer;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO copydesk_writer, copydesk_reviewer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO copydesk_writer, copydesk_reviewer;
-- Everyone: their own working state, exports, and the records every action leaves.
GRANT INSERT, UPDATE, DELETE ON unsaved_copy, draft_checks, variable_presets, settings
  TO copydesk_writer, copydesk_reviewer;
GRANT INSERT ON audit, reviews, exports, export_items TO copydesk_writer, copydesk_reviewer;
-- Writers: the catalog, generations, drafts and their versions, new template versions.
GRANT INSERT, UPDATE, DELETE ON products, variants, products_fts_pending, drafts_fts_pending TO copydesk_writer;
GRANT INSERT, UPDATE ON batches, generations, drafts TO copydesk_writer;
GRANT INSERT ON draft_edits, templates, template_versions TO copydesk_writer;
GRANT INSERT, UPDATE ON trend_points TO copydesk_writer;  -- keyword trends (issue 13): writers import, all read
GRANT INSERT, UPDATE ON questions TO copydesk_writer;  -- customer questions (issue 14): writers import, all read
GRANT INSERT, UPDATE, DELETE ON product_links, related_choices TO copydesk_writer;  -- related products (issue 14)
GRANT EXECUTE ON FUNCTION copydesk_products_load_begin(), copydesk_products_load_end() TO copydesk_writer;  -- first imports (issue 11)
GRANT EXECUTE ON FUNCTION copydesk_products_load_finish() TO copydesk_writer, copydesk_reviewer;  -- the indexing after one
-- Reviewers: decisions change a draft's status.
GRANT UPDATE ON drafts TO copydesk_reviewer;
-- Admins: what shapes everyone's work.
GRANT INSERT, UPDATE, DELETE ON templates, template_versions, provider_profiles, team_settings TO copydesk_admin;
-- Admins: the audience personas everyone writes for (issue 13); the others read them.
GRANT INSERT, UPDATE, DELETE ON personas TO copydesk_admin;
-- Everyone: A/B results come from the shop, whoever imports them; writers start and end experiments (issue 13).
GRANT INSERT, UPDATE, DELETE ON experiment_results TO copydesk_writer, copydesk_reviewer;
GRANT INSERT, DELETE ON experiments, experiment_variants TO copydesk_writer;

-- Who did it is the connected role, whatever the client wrote.
CREATE OR REPLACE FUNCTION copydesk_stamp_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  CASE TG_TABLE_NAME
    WHEN 'reviews' THEN new.reviewer := current_user;
    WHEN 'audit' THEN new.actor := current_user;
    WHEN 'exports' THEN new.author := current_user;
    ELSE new.author := current_user;
  END CASE;
  RETURN new;
END $$;
DROP TRIGGER IF EXISTS reviews_actor ON reviews;
CREATE TRIGGER reviews_actor BEFORE INSERT ON reviews FOR EACH ROW EXECUTE FUNCTION copydesk_stamp_actor();
DROP TRIGGER IF EXISTS audit_actor ON audit;
CREATE TRIGGER audit_actor BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION copydesk_stamp_actor();
DROP TRIGGER IF EXISTS exports_actor ON exports;
CREATE TRIGGER exports_actor BEFORE INSERT ON exports FOR EACH ROW EXECUTE FUNCTION copydesk_stamp_actor();
DROP TRIGGER IF EXISTS drafts_actor ON drafts;
CREATE TRIGGER drafts_actor BEFORE INSERT ON drafts FOR EACH ROW EXECUTE FUNCTION copydesk_stamp_actor();
DROP TRIGGER IF EXISTS draft_edits_actor ON draft_edits;
CREATE TRIGGER draft_edits_actor BEFORE INSERT ON draft_edits FOR EACH ROW EXECUTE FUNCTION copydesk_stamp_actor();
DROP TRIGGER IF EXISTS experiments_actor ON experiments;
CREATE TRIGGER experiments_actor BEFORE INSERT ON experiments FOR EACH ROW EXECUTE FUNCTION copydesk_stamp_actor();
DROP TRIGGER IF EXISTS experiment_results_actor ON experiment_results;
CREATE TRIGGER experiment_results_actor BEFORE INSERT OR UPDATE ON experiment_results
  FOR EACH ROW EXECUTE FUNCTION copydesk_stamp_actor();

-- Approving and rejecting is for reviewers; by default not of one's own text.
CREATE OR REPLACE FUNCTION copydesk_guard_decision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_writer TEXT;
BEGIN
  IF new.status IS NOT DISTINCT FROM old.status OR new.status NOT IN ('approved', 'rejected') THEN
    RETURN new;
  END IF;
  IF NOT pg_has_role(current_user, 'copydesk_reviewer', 'MEMBER') THEN
    RAISE EXCEPTION 'only reviewers may approve or reject drafts (% is not one)', current_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT author INTO last_writer FROM draft_edits WHERE draft_id = old.id ORDER BY id DESC LIMIT 1;
  IF new.status = 'approved' AND coalesce(last_writer, old.author) = current_user::text
     AND (SELECT value FROM team_settings WHERE key = 'writer_cannot_approve') = '1' THEN
    RAISE EXCEPTION 'the writer of a draft cannot approve it (%)', current_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN new;
END $$;
DROP TRIGGER IF EXISTS drafts_decision ON drafts;
CREATE TRIGGER drafts_decision BEFORE UPDATE OF status ON drafts
  FOR EACH ROW EXECUTE FUNCTION copydesk_guard_decision();

-- The audit trail: append-only for everyone but the owner of its table.
CREATE OR REPLACE FUNCTION copydesk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN
    RETURN coalesce(new, old);
  END IF;
  RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
)sql";

const char* groupOf(TeamRole role) {
  switch (role) {
    case TeamRole::Writer: return "copydesk_writer";
    case TeamRole::Reviewer: return "copydesk_reviewer";
    case TeamRole::Admin: return "copydesk_admin";
  }
  return "copydesk_writer";
}

struct FreeMemory {
  void operator()(char* p) const { PQfreemem(p); }
};

}  // namespace

Status initTeam(Database& db) {
  if (!db.isPostgres()) return makeError("team.needs-postgres", ErrorCode::InvalidInput);
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  if (auto st = db.exec(kTeamSql); !st) return st;
  return tx.commit();
}

Status addTeamUser(Database& db, const std::string& name, TeamRole role, const std::string& password) {
  if (!db.isPostgres()) return makeError("team.needs-postgres", ErrorCode::InvalidInput);
  if (name.empty()) return makeError("team.empty-user", ErrorCode::InvalidInput);
  PGconn* conn = db.postgres()->handle();
  std::unique_ptr<char, FreeMemory> quoted(PQescapeIdentifier(conn, name.c_str(), name.size()));
  if (!quoted) return db.lastError("quoting a role name");
  const std::string who = quoted.get();
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  // CREATE ROLE has no IF NOT EXISTS: ask first, then create or adjust.
  auto exists = db.prepare("SELECT 1 FROM pg_roles WHERE rolname = ?");
  if (!exists) return exists.error();
  exists->bind(1, name);
  const bool found = exists->step();
  if (!exists->ok()) return db.lastError("looking up role " + name);
  const std::string extra = role == TeamRole::Admin ? " CREATEROLE" : "";
  std::string sql = (found ? "ALTER ROLE " + who + " LOGIN" : "CREATE ROLE " + who + " LOGIN") + extra + ";";
  for (TeamRole other : {TeamRole::Writer, TeamRole::Reviewer, TeamRole::Admin}) {
    if (other != role) sql += "REVOKE " + std::string(groupOf(other)) + " FROM " + who + ";";
  }
  sql += "GRANT " + std::string(groupOf(role)) + " TO " + who + ";";
  if (!password.empty()) {
    std::unique_ptr<char, FreeMemory> encrypted(
        PQencryptPasswordConn(conn, password.c_str(), name.c_str(), "scram-sha-256"));
    if (!encrypted) return db.lastError("encrypting the password of " + name);
    std::unique_ptr<char, FreeMemory> literal(PQescapeLiteral(conn, encrypted.get(), std::strlen(encrypted.get())));
    if (!literal) return db.lastError("quoting a password");
    sql += "ALTER ROLE " + who + " PASSWORD " + literal.get() + ";";
  }
  if (auto st = db.exec(sql); !st) return st;
  return tx.commit();
}

Result<TeamRole> parseTeamRole(const std::string& text) {
  if (text == "writer") return TeamRole::Writer;
  if (text == "reviewer") return TeamRole::Reviewer;
  if (text == "admin") return TeamRole::Admin;
  return makeError("team.unknown-role", ErrorCode::InvalidInput, {text});
}

}  // namespace copydesk::pg
