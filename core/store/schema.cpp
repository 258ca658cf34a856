#include "core/store/schema.h"

namespace copydesk {
namespace {

#define COPYDESK_NOW "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"

// v1: the catalog and the prompt templates.
constexpr const char* kCatalogAndTemplates = R"sql(
CREATE TABLE products (
  id          INTEGER PRIMARY KEY,
  sku         TEXT NOT NULL UNIQUE,           -- SKU, or the handle for Shopify
  title       TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  brand       TEXT NOT NULL DEFAULT '',
  category    TEXT NOT NULL DEFAULT '',
  tags        TEXT NOT NULL DEFAULT '[]',     -- JSON array of strings
  price       TEXT NOT NULL DEFAULT '',
  attributes  TEXT NOT NULL DEFAULT '{}',     -- JSON object: every other source column, by its name
  source      TEXT NOT NULL DEFAULT '',       -- the format it was imported from
  created_at  TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(,
  updated_at  TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
CREATE TABLE variants (
  id         INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  sku        TEXT NOT NULL DEFAULT '',
  title      TEXT NOT NULL DEFAULT '',
  price      TEXT NOT NULL DEFAULT '',
  options    TEXT NOT NULL DEFAULT '{}',      -- JSON object: option name -> value
  attributes TEXT NOT NULL DEFAULT '{}',      -- JSON object: the variant row's other columns
  UNIQUE (product_id, position)
);
CREATE INDEX variants_product ON variants(product_id);

-- Trigram tokens match Chinese (and any script) by substring, three characters or more.
CREATE VIRTUAL TABLE products_fts USING fts5(
  sku, title, description, brand, category, tags,
  content='products', content_rowid='id', tokenize='trigram');
CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
  INSERT INTO products_fts(rowid, sku, title, description, brand, category, tags)
  VALUES (new.id, new.sku, new.title, new.description, new.brand, new.category, new.tags);
END;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
  INSERT INTO products_fts(products_fts, rowid, sku, title, description, brand, category, tags)
  VALUES ('delete', old.id, old.sku, old.title, old.description, old.brand, old.category, old.tags);
END;
CREATE TRIGGER products_fts_update AFTER UPDATE ON products BEGIN
  INSERT INTO products_fts(products_fts, rowid, sku, title, description, brand, category, tags)
  VALUES ('delete', old.id, old.sku, old.title, old.description, old.brand, old.category, old.tags);
  INSERT INTO products_fts(rowid, sku, title, description, brand, category, tags)
  VALUES (new.id, new.sku, new.title, new.description, new.brand, new.category, new.tags);
END;

CREATE TABLE templates (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
-- Every save is a new version; drafts point at the version that made them.
CREATE TABLE template_versions (
  id          INTEGER PRIMARY KEY,
  template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
  version     INTEGER NOT NULL,
  system_part TEXT NOT NULL DEFAULT '',
  user_part   TEXT NOT NULL DEFAULT '',
  field       TEXT NOT NULL DEFAULT 'description',
  channel     TEXT NOT NULL DEFAULT 'generic',
  language    TEXT NOT NULL DEFAULT '',
  model       TEXT NOT NULL DEFAULT '',
  temperature REAL,
  max_tokens  INTEGER,
  variables   TEXT NOT NULL DEFAULT '{}',     -- default user variables (JSON object)
  author      TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(,
  UNIQUE (template_id, version)
);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
)sql";

// v2: generation history and drafts.
constexpr const char* kGenerationsAndDrafts = R"sql(
CREATE TABLE provider_profiles (
  name       TEXT PRIMARY KEY,
  profile    TEXT NOT NULL,                    -- JSON; never holds a key, only where to find one
  updated_at TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
CREATE TABLE batches (
  id                  INTEGER PRIMARY KEY,
  template_version_id INTEGER REFERENCES template_versions(id),
  field               TEXT NOT NULL,
  plan                TEXT NOT NULL DEFAULT '{}',   -- JSON: products, variants, models, parameters
  status              TEXT NOT NULL DEFAULT 'running',
  created_at          TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(,
  finished_at         TEXT
);
-- Every call to a model, successful or not, with the prompt exactly as sent.
CREATE TABLE generations (
  id                  INTEGER PRIMARY KEY,
  batch_id            INTEGER REFERENCES batches(id),
  product_id          INTEGER REFERENCES products(id) ON DELETE SET NULL,
  template_version_id INTEGER REFERENCES template_versions(id),
  field               TEXT NOT NULL DEFAULT '',
  variant             INTEGER NOT NULL DEFAULT 0,
  provider            TEXT NOT NULL DEFAULT '',
  model               TEXT NOT NULL DEFAULT '',
  parameters          TEXT NOT NULL DEFAULT '{}',
  system_prompt       TEXT NOT NULL DEFAULT '',
  user_prompt         TEXT NOT NULL DEFAULT '',
  output              TEXT NOT NULL DEFAULT '',
  reasoning           TEXT NOT NULL DEFAULT '',
  input_tokens        INTEGER,
  output_tokens       INTEGER,
  cost                REAL,
  attempts            INTEGER NOT NULL DEFAULT 1,
  started_at          TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(,
  finished_at         TEXT,
  latency_ms          INTEGER,
  first_token_ms      INTEGER,
  outcome             TEXT NOT NULL CHECK (outcome IN ('ok', 'failed', 'cancelled')),
  error               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX generations_product ON generations(product_id);
CREATE INDEX generations_batch ON generations(batch_id);

-- A draft is one piece of copy for one field of one product; text holds its latest version.
CREATE TABLE drafts (
  id                  INTEGER PRIMARY KEY,
  product_id          INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  field               TEXT NOT NULL,
  template_version_id INTEGER REFERENCES template_versions(id),
  generation_id       INTEGER REFERENCES generations(id),
  batch_id            INTEGER REFERENCES batches(id),
  variant             INTEGER NOT NULL DEFAULT 0,
  model               TEXT NOT NULL DEFAULT '',
  text                TEXT NOT NULL,
  status              TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'exported')),
  is_working          INTEGER NOT NULL DEFAULT 0,   -- the writer's chosen variant for this field
  author              TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(,
  updated_at          TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
CREATE INDEX drafts_product_field ON drafts(product_id, field);
CREATE INDEX drafts_status ON drafts(status);
-- A batch writes at most one draft per slot: resuming never writes a second one.
CREATE UNIQUE INDEX drafts_batch_slot ON drafts(batch_id, product_id, field, variant, model)
  WHERE batch_id IS NOT NULL;

-- Every version of a draft's text, the generated one first.
CREATE TABLE draft_edits (
  id         INTEGER PRIMARY KEY,
  draft_id   INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  text       TEXT NOT NULL,
  author     TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
CREATE INDEX draft_edits_draft ON draft_edits(draft_id);

CREATE VIRTUAL TABLE drafts_fts USING fts5(text, content='drafts', content_rowid='id', tokenize='trigram');
CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts BEGIN
  INSERT INTO drafts_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN
  INSERT INTO drafts_fts(drafts_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER drafts_fts_update AFTER UPDATE OF text ON drafts BEGIN
  INSERT INTO drafts_fts(drafts_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO drafts_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE variable_presets (
  name      TEXT PRIMARY KEY,
  variables TEXT NOT NULL DEFAULT '{}'
);
)sql";

// v3: review, export and the audit trail.
constexpr const char* kReviewAndExport = R"sql(
CREATE TABLE reviews (
  id          INTEGER PRIMARY KEY,
  draft_id    INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  action      TEXT NOT NULL,                  -- submit, approve, reject, reopen
  from_status TEXT NOT NULL,
  to_status   TEXT NOT NULL,
  reviewer    TEXT NOT NULL,
  comment     TEXT NOT NULL DEFAULT '',
  text        TEXT NOT NULL,                  -- the exact text the decision was about
  created_at  TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
CREATE INDEX reviews_draft ON reviews(draft_id);

CREATE TABLE exports (
  id         INTEGER PRIMARY KEY,
  layout     TEXT NOT NULL,
  path       TEXT NOT NULL,
  mode       TEXT NOT NULL CHECK (mode IN ('upload', 'spreadsheet-safe')),
  bom        INTEGER NOT NULL DEFAULT 0,
  rows       INTEGER NOT NULL,
  fields     INTEGER NOT NULL,
  options    TEXT NOT NULL DEFAULT '{}',
  author     TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
CREATE TABLE export_items (
  export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
  draft_id  INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  PRIMARY KEY (export_id, draft_id)
);

-- Append-only: every status change, override and export. Nothing may rewrite history.
CREATE TABLE audit (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER,
  detail    TEXT NOT NULL DEFAULT '{}'
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
  SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
  SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
)sql";

// v4: "exported" is derived, not stored. An approved draft is exported when an export after its
// approval carries it (export_items); marking 100,000 drafts no longer rewrites 100,000 rows.
// export_floor is the newest export id when the draft was last given a status, so an earlier
// export of an earlier approval does not count. Rows still stored as 'exported' without items
// (none are written that way, but a file may hold them) keep reading as exported.
constexpr const char* kDerivedExportStatus = R"sql(
ALTER TABLE drafts ADD COLUMN export_floor INTEGER NOT NULL DEFAULT 0;
CREATE INDEX export_items_draft ON export_items(draft_id, export_id);
UPDATE drafts SET export_floor = (SELECT max(export_id) FROM export_items WHERE draft_id = drafts.id)
  WHERE status <> 'exported' AND id IN (SELECT draft_id FROM export_items);
UPDATE drafts SET status = 'approved'
  WHERE status = 'exported' AND id IN (SELECT draft_id FROM export_items);
)sql";

// v5: the search index may lag a bulk import. A product id in products_fts_pending has been written
// but not yet put in products_fts (the import leaves its rows there, ProductSearchIndex indexes them
// after the commit, searches read pending rows with LIKE meanwhile). The triggers below must not take
// a pending row's text out of the index: it was never put in, and FTS5 would be corrupted.
constexpr const char* kDeferredSearchIndex = R"sql(
CREATE TABLE products_fts_pending (id INTEGER PRIMARY KEY);
DROP TRIGGER products_fts_delete;
DROP TRIGGER products_fts_update;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
  INSERT INTO products_fts(products_fts, rowid, sku, title, description, brand, category, tags)
  SELECT 'delete', old.id, old.sku, old.title, old.description, old.brand, old.category, old.tags
  WHERE NOT EXISTS (SELECT 1 FROM products_fts_pending WHERE id = old.id);
  DELETE FROM products_fts_pending WHERE id = old.id;
END;
CREATE TRIGGER products_fts_update AFTER UPDATE ON products
WHEN NOT EXISTS (SELECT 1 FROM products_fts_pending WHERE id = old.id) BEGIN
  INSERT INTO products_fts(products_fts, rowid, sku, title, description, brand, category, tags)
  VALUES ('delete', old.id, old.sku, old.title, old.description, old.brand, old.category, old.tags);
  INSERT INTO products_fts(rowid, sku, title, description, brand, category, tags)
  VALUES (new.id, new.sku, new.title, new.description, new.brand, new.category, new.tags);
END;
)sql";

// v6: the drafts' search index may lag a running batch. Drafts a batch writes (batch_id set) are
// listed in drafts_fts_pending instead of being indexed one small transaction at a time (their
// trigram index was over half of the batch writer's work); the writer indexes them in bulk
// (DraftSearchIndex) and draft searches read pending drafts with LIKE meanwhile. As for products,
// the triggers never take a pending draft's text out of the index.
constexpr const char* kDeferredDraftSearchIndex = R"sql(
CREATE TABLE drafts_fts_pending (id INTEGER PRIMARY KEY);
DROP TRIGGER drafts_fts_insert;
DROP TRIGGER drafts_fts_delete;
DROP TRIGGER drafts_fts_update;
CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts WHEN new.batch_id IS NULL BEGIN
  INSERT INTO drafts_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER drafts_fts_insert_batch AFTER INSERT ON drafts WHEN new.batch_id IS NOT NULL BEGIN
  INSERT INTO drafts_fts_pending(id) VALUES (new.id);
END;
CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN
  INSERT INTO drafts_fts(drafts_fts, rowid, text) SELECT 'delete', old.id, old.text
  WHERE NOT EXISTS (SELECT 1 FROM drafts_fts_pending WHERE id = old.id);
  DELETE FROM drafts_fts_pending WHERE id = old.id;
END;
CREATE TRIGGER drafts_fts_update AFTER UPDATE OF text ON drafts
WHEN NOT EXISTS (SELECT 1 FROM drafts_fts_pending WHERE id = old.id) BEGIN
  INSERT INTO drafts_fts(drafts_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO drafts_fts(rowid, text) VALUES (new.id, new.text);
END;
)sql";

// v7: the checks' verdict on each draft's current text, so the review queue shows and filters by
// the worst finding without checking every text to draw a page (core/checks/check_summary_store.h).
// A summary belongs to one text and one rule book: editing the text drops it, and a summary made
// with another rule book's fingerprint reads as not checked.
constexpr const char* kDraftCheckSummaries = R"sql(
CREATE TABLE draft_checks (
  draft_id    INTEGER PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
  fingerprint TEXT NOT NULL,
  worst       INTEGER,                        -- 0 info, 1 warning, 2 error; NULL: nothing found
  errors      INTEGER NOT NULL DEFAULT 0,
  warnings    INTEGER NOT NULL DEFAULT 0,
  infos       INTEGER NOT NULL DEFAULT 0,
  first_error TEXT NOT NULL DEFAULT '',
  checked_at  TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
CREATE INDEX draft_checks_worst ON draft_checks(fingerprint, worst);
CREATE TRIGGER draft_checks_stale AFTER UPDATE OF text ON drafts BEGIN
  DELETE FROM draft_checks WHERE draft_id = old.id;
END;
)sql";

// v8: working copy the studio has not saved yet, journaled within a second of typing so that a crash
// or kill -9 loses none of it (core/store/unsaved_copy_journal.h). A row belongs to one running
// studio (owner: host, boot, pid, process start, instance); a row whose owner is gone is offered back
// at the next start. Copy rows name a product, a field and the draft being edited (0: none yet);
// template rows name the template version being edited, their text holds both parts as JSON.
constexpr const char* kUnsavedCopyJournal = R"sql(
CREATE TABLE unsaved_copy (
  id                  INTEGER PRIMARY KEY,
  owner               TEXT NOT NULL,
  kind                TEXT NOT NULL CHECK (kind IN ('copy', 'template')),
  product_id          INTEGER REFERENCES products(id) ON DELETE CASCADE,
  template_version_id INTEGER REFERENCES template_versions(id) ON DELETE CASCADE,
  field               TEXT NOT NULL DEFAULT '',
  draft_id            INTEGER NOT NULL DEFAULT 0,
  text                TEXT NOT NULL,
  updated_at          TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
CREATE UNIQUE INDEX unsaved_copy_key ON unsaved_copy(
  owner, kind, coalesce(product_id, 0), coalesce(template_version_id, 0), field, draft_id);
)sql";

// v9: many people at once. row_version grows with every change of a draft's text or status, and
// every such change is made only against the version its writer read, so a second reviewer or
// writer is told instead of overwriting (core/review/review_service.h). A reviewer's claim holds a
// submitted draft for one reviewer until it expires (core/review/review_claims.h).
constexpr const char* kDraftVersionsAndClaims = R"sql(
ALTER TABLE drafts ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE drafts ADD COLUMN claimed_by TEXT;
ALTER TABLE drafts ADD COLUMN claim_expires TEXT;
)sql";

// v10: on SQLite nothing; the number is PostgreSQL's deferred product search (pg_schema.cpp).
// Both backends keep the same version numbers.
constexpr const char* kPostgresDeferredProductSearch = "-- nothing to do on SQLite";

// v11: audience personas (issue 13). A persona is who a piece of copy is written for; a draft
// written for one names it (NULL: for everyone). A batch's product x persona grid writes one draft
// per product, field, variant, model and persona, so the slot index gains the persona. A persona
// that drafts name is retired rather than deleted (they keep saying whom they were written for).
constexpr const char* kPersonas = R"sql(
CREATE TABLE personas (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  audience    TEXT NOT NULL DEFAULT '',
  interests   TEXT NOT NULL DEFAULT '',
  tone        TEXT NOT NULL DEFAULT '',
  language    TEXT NOT NULL DEFAULT '',
  channel     TEXT NOT NULL DEFAULT '',
  retired     INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(,
  updated_at  TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
ALTER TABLE drafts ADD COLUMN persona_id INTEGER REFERENCES personas(id);
CREATE INDEX drafts_persona ON drafts(persona_id) WHERE persona_id IS NOT NULL;
DROP INDEX drafts_batch_slot;
CREATE UNIQUE INDEX drafts_batch_slot ON drafts(batch_id, product_id, field, variant, model, coalesce(persona_id, 0))
  WHERE batch_id IS NOT NULL;
)sql";

// v12: keyword trends (issue 13, core/trends): searches or sales of a keyword per day, optionally
// per product SKU ('' for none), as imported; importing the same keyword, SKU and day again replaces
// the value. day is 'YYYY-MM-DD'; source names the file format it came in.
constexpr const char* kKeywordTrends = R"sql(
CREATE TABLE trend_points (
  id          INTEGER PRIMARY KEY,
  keyword     TEXT NOT NULL,
  sku         TEXT NOT NULL DEFAULT '',
  day         TEXT NOT NULL,
  value       REAL NOT NULL,
  source      TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(,
  UNIQUE (keyword, sku, day)
);
)sql";

// v13: A/B experiments (issue 13, core/experiments). Two or more drafts of one product's field are an
// experiment's variants, each with a label ("E3-B") that the generic export writes and the shop's
// results name; a field has one experiment at a time. experiment_results holds what a shop reported
// for each variant, replaced by the next import that names it.
constexpr const char* kExperiments = R"sql(
CREATE TABLE experiments (
  id         INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  field      TEXT NOT NULL,
  author     TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(,
  UNIQUE (product_id, field)
);
CREATE TABLE experiment_variants (
  draft_id      INTEGER PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
  experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  label         TEXT NOT NULL UNIQUE,
  UNIQUE (experiment_id, position)
);
CREATE TABLE experiment_results (
  draft_id    INTEGER PRIMARY KEY REFERENCES experiment_variants(draft_id) ON DELETE CASCADE,
  impressions INTEGER NOT NULL CHECK (impressions >= 0),
  clicks      INTEGER NOT NULL CHECK (clicks >= 0 AND clicks <= impressions),
  conversions INTEGER NOT NULL CHECK (conversions >= 0 AND conversions <= impressions),
  revenue     REAL,
  source      TEXT NOT NULL DEFAULT '',
  author      TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
)sql";

// v14: listings localised for other markets (issue 14, core/translation). A translation is a draft
// in another language (language: "de", "en-US", "ja"…; NULL for copy in the catalog's own language)
// that remembers its source draft and the source's text version it was made from (source_edit_id,
// the id of the source's latest draft_edits row then): a later edit of the source makes the
// translation outdated. The batch slot index gains both, so one batch translates many drafts of a
// product's field into many languages, one draft each.
constexpr const char* kTranslations = R"sql(
ALTER TABLE drafts ADD COLUMN language TEXT;
ALTER TABLE drafts ADD COLUMN source_draft_id INTEGER REFERENCES drafts(id) ON DELETE SET NULL;
ALTER TABLE drafts ADD COLUMN source_edit_id INTEGER;
CREATE INDEX drafts_source ON drafts(source_draft_id) WHERE source_draft_id IS NOT NULL;
DROP INDEX drafts_batch_slot;
CREATE UNIQUE INDEX drafts_batch_slot ON drafts(batch_id, product_id, field, variant, model, coalesce(persona_id, 0),
  coalesce(source_draft_id, 0), coalesce(language, '')) WHERE batch_id IS NOT NULL;
)sql";

// v15: customer questions (issue 14, core/questions). A product's shoppers' questions, each held once
// per normalised key (near-duplicates are merged into it by the import, which counts them in
// `asked`); an answer is a draft naming its question. A batch answers every question of its
// products, one draft each, so the slot index gains the question.
constexpr const char* kQuestions = R"sql(
CREATE TABLE questions (
  id           INTEGER PRIMARY KEY,
  product_id   INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  question     TEXT NOT NULL,
  question_key TEXT NOT NULL,
  source       TEXT NOT NULL DEFAULT '',
  asked_on     TEXT NOT NULL DEFAULT '',
  asked        INTEGER NOT NULL DEFAULT 1,
  imported_at  TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(,
  UNIQUE (product_id, question_key)
);
ALTER TABLE drafts ADD COLUMN question_id INTEGER REFERENCES questions(id) ON DELETE SET NULL;
CREATE INDEX drafts_question ON drafts(question_id) WHERE question_id IS NOT NULL;
DROP INDEX drafts_batch_slot;
CREATE UNIQUE INDEX drafts_batch_slot ON drafts(batch_id, product_id, field, variant, model, coalesce(persona_id, 0),
  coalesce(source_draft_id, 0), coalesce(language, ''), coalesce(question_id, 0)) WHERE batch_id IS NOT NULL;
)sql";

// v16: the catalog's own links and the writer's related products (issue 14, core/related). A
// product's upsells, cross-sells and grouped products name the other product by SKU as the source
// did (it may come in a later import); an import replaces a product's links. related_choices keeps
// the related products a writer settled on for a product, as JSON [{sku, reason}], which generation
// uses instead of the finder's. The category index serves the finder's "same category" step.
constexpr const char* kProductLinks = R"sql(
CREATE TABLE product_links (
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  kind       TEXT NOT NULL,                   -- upsell, cross-sell, grouped
  target_sku TEXT NOT NULL,
  PRIMARY KEY (product_id, position)
);
CREATE INDEX product_links_target ON product_links(target_sku);
CREATE TABLE related_choices (
  product_id INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
  items      TEXT NOT NULL DEFAULT '[]',
  author     TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL DEFAULT )sql" COPYDESK_NOW R"sql(
);
CREATE INDEX products_category ON products(category);
)sql";

// v17: on SQLite nothing; the number is PostgreSQL's index rebuild after a first import (pg_schema.cpp).
constexpr const char* kPostgresProductsLoad = "-- nothing to do on SQLite";
// v18: likewise (which of the products' indexes a first import on PostgreSQL makes at its end).
constexpr const char* kPostgresProductsLoadConstraintsOnly = "-- nothing to do on SQLite";

constexpr Migration kMigrations[] = {
    {1, kCatalogAndTemplates},
    {2, kGenerationsAndDrafts},
    {3, kReviewAndExport},
    {4, kDerivedExportStatus},
    {5, kDeferredSearchIndex},
    {6, kDeferredDraftSearchIndex},
    {7, kDraftCheckSummaries},
    {8, kUnsavedCopyJournal},
    {9, kDraftVersionsAndClaims},
    {10, kPostgresDeferredProductSearch},
    {11, kPersonas},
    {12, kKeywordTrends},
    {13, kExperiments},
    {14, kTranslations},
    {15, kQuestions},
    {16, kProductLinks},
    {17, kPostgresProductsLoad},
    {18, kPostgresProductsLoadConstraintsOnly},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int latestSchemaVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

}  // namespace copydesk
