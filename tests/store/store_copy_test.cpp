// copyStore (core/store/store_copy.h): a desk store with real content, made through the core's own
// use cases, copied SQLite → PostgreSQL → a new SQLite file. Every table is read back row by row with
// the engines' own APIs (not the copy's introspection), exports are compared byte for byte, and the
// copies are searched, refused when not empty, and written to afterwards.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <map>

#include "core/catalog/catalog_importer.h"
#include "core/checks/check_summary_store.h"
#include "core/export/audit_export.h"
#include "core/export/exporter.h"
#include "core/review/review_service.h"
#include "core/store/audit_store.h"
#include "core/store/batch_store.h"
#include "core/store/draft_store.h"
#include "core/store/generation_store.h"
#include "core/store/postgres/team_roles.h"
#include "core/store/product_store.h"
#include "core/store/search_index_step.h"
#include "core/store/persona_store.h"
#include "core/store/question_store.h"
#include "core/store/related_choice_store.h"
#include "core/questions/question_import.h"
#include "core/store/store_copy.h"
#include "core/store/template_store.h"
#include "core/store/variable_preset_store.h"
#include "core/experiments/experiment_lifecycle.h"
#include "core/experiments/results_import.h"
#include "core/trends/trend_importer.h"
#include "tests/support/pg_connection.h"
#include "tests/support/postgres_test_server.h"
#include "tests/support/result_string_maker.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using namespace copydesk::test;
using Catch::Matchers::Contains;

namespace {

// Every table of the store's data at the latest schema, written out here so that a table the copy
// forgot (or an introspection that lost one) fails the test instead of shrinking it.
const std::vector<std::string> kStoreTables = {
    "audit",    "batches",  "draft_checks",      "draft_edits", "drafts",    "experiment_results",
    "experiment_variants", "experiments", "export_items", "exports",  "generations", "personas", "product_links", "products", "questions",       "provider_profiles", "related_choices", "reviews", "settings",
    "template_versions", "templates", "trend_points", "unsaved_copy", "variable_presets", "variants"};

// A value past 2^53: it survives only if integers never travel as doubles.
constexpr std::int64_t kHugeId = 9007199254740993;

template <class T>
T take(Result<T> result) {
  if (!result) FAIL(result.error().message);
  return std::move(result).value();
}

void run(Database& db, const std::string& sql) {
  auto st = db.exec(sql);
  INFO(sql);
  REQUIRE(st.ok());
}

std::string hexReal(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%a", value);
  return buffer;
}

// table → its rows, each "column=kind:value|…", sorted: what the engine holds, read with its own API.
using Dump = std::map<std::string, std::vector<std::string>>;

std::vector<std::string> sqliteRows(sqlite3* db, const std::string& table) {
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, ("SELECT * FROM " + table).c_str(), -1, &stmt, nullptr) == SQLITE_OK);
  std::vector<std::string> rows;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    std::string row;
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
      row += std::string(sqlite3_column_name(stmt, c)) + "=";
      switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_NULL: row += "NULL"; break;
        case SQLITE_INTEGER: row += "i:" + std::to_string(sqlite3_column_int64(stmt, c)); break;
        case SQLITE_FLOAT: row += "r:" + hexReal(sqlite3_column_double(stmt, c)); break;
        default: row += "t:" + std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c)));
      }
      row += "|";
    }
    rows.push_back(std::move(row));
  }
  sqlite3_finalize(stmt);
  std::sort(rows.begin(), rows.end());
  return rows;
}

std::vector<std::string> postgresRows(PGconn* db, const std::string& table) {
  PGresult* result = PQexec(db, ("SELECT * FROM " + table).c_str());
  INFO(PQerrorMessage(db));
  REQUIRE(PQresultStatus(result) == PGRES_TUPLES_OK);
  std::vector<std::string> rows;
  for (int r = 0; r < PQntuples(result); ++r) {
    std::string row;
    for (int c = 0; c < PQnfields(result); ++c) {
      // PostgreSQL's own: the flag of its partial search index (schema v10), not a column SQLite has.
      if (std::string_view(PQfname(result, c)) == "search_ready") continue;
      row += std::string(PQfname(result, c)) + "=";
      const Oid type = PQftype(result, c);
      const std::string value = PQgetvalue(result, r, c);
      if (PQgetisnull(result, r, c)) {
        row += "NULL";
      } else if (type == 20 || type == 21 || type == 23) {  // int8, int2, int4
        row += "i:" + value;
      } else if (type == 701) {  // float8
        row += "r:" + hexReal(std::strtod(value.c_str(), nullptr));
      } else {
        row += "t:" + value;
      }
      row += "|";
    }
    rows.push_back(std::move(row));
  }
  PQclear(result);
  std::sort(rows.begin(), rows.end());
  return rows;
}

Dump dump(Database& db) {
  Dump out;
  std::unique_ptr<PgConnection> pg;
  if (db.isPostgres()) pg = std::make_unique<PgConnection>(db.path().native());
  for (const std::string& table : kStoreTables) {
    out[table] = pg ? postgresRows(pg->get(), table) : sqliteRows(db.handle(), table);
  }
  return out;
}

std::int64_t addTeaProduct(Database& db, const std::string& sku, const std::string& title) {
  Product p;
  p.sku = sku;
  p.title = title;
  p.description = "明前采摘，豆花香 \"quoted\", back\\slash\nsecond line";
  p.category = "Tea";
  p.tags = {"绿茶", "Gift"};
  return take(ProductStore(db).upsert(p)).id;
}

// A desk store as months of work leave it: imported catalogs (one still waiting for the search
// index), templates in two versions, generations, drafts edited, submitted, approved and rejected,
// a batch whose drafts wait for the index, an export, audit entries, presets, settings, profiles,
// check summaries and an unsaved text.
void fillStore(Database& db, const TempDir& dir) {
  REQUIRE(importCatalog(db, sharedDir() / "samples" / "shopify_product_template.csv").ok());
  REQUIRE(importCatalog(db, sharedDir() / "samples" / "woocommerce_sample_products.csv").ok());
  writeFile(dir / "tea.csv",
            "sku,title,description,brand,category,tags\n"
            "TEA-LJ-001,西湖龙井绿茶 Longjing,\"豆花香, 250 g\",西湖,Tea,\"绿茶,Gift\"\n"
            "TEA-BLC-002,洞庭碧螺春,Spring snail tea,Dongting,Tea,绿茶\n");
  ImportOptions later;
  later.searchIndexing = SearchIndexing::AfterImport;
  REQUIRE(importCatalog(db, dir / "tea.csv", later).ok());
  // Keyword trends (issue 13): a Google Trends export's "<1" and a Chinese keyword with a SKU.
  writeFile(dir / "trends.csv", "date,keyword,value,sku\n2024-03-01,龙井,0.3,TEA-LJ-001\n2024-03-08,龙井,12,TEA-LJ-001\n"
                                "2024-03-01,green tea,<1,\n");
  REQUIRE(importTrends(db, dir / "trends.csv").ok());
  const std::int64_t longjing = take(ProductStore(db).findBySku("TEA-LJ-001"))->id;
  const std::int64_t biluochun = take(ProductStore(db).findBySku("TEA-BLC-002"))->id;
  const std::int64_t shirt = take(ProductStore(db).findBySku("example-shirt"))->id;
  const std::int64_t gift = addTeaProduct(db, "TEA-GIFT-003", "龙井礼盒 Gift box");
  // Related products (issue 14): the WooCommerce sample's grouped products are links; a writer's choice.
  REQUIRE(RelatedChoiceStore(db).save(gift, {{"TEA-LJ-001", "added"}, {"TEA-BLC-002", "tag"}}, "ann").ok());

  PromptTemplate prompt;
  prompt.name = "描述 zh";
  prompt.systemPart = "你是电商文案。";
  prompt.userPart = "为 {{product.title}} 写描述";
  prompt.channel = "shopify";
  prompt.language = "zh";
  prompt.defaults.temperature = 0.7;
  prompt.defaults.maxTokens = 400;
  take(TemplateStore(db).save(prompt, "wen", "first"));
  prompt.defaults.temperature = 0.1 + 0.2;  // 0.30000000000000004: a real that 15 digits do not hold
  const std::int64_t version = take(TemplateStore(db).save(prompt, "wen", "warmer")).id;

  Generation generation;
  generation.productId = longjing;
  generation.templateVersionId = version;
  generation.field = "description";
  generation.provider = "local";
  generation.model = "qwen2.5";
  generation.userPrompt = "为 西湖龙井绿茶 写描述";
  generation.output = "西湖龙井，豆花香气，鲜爽回甘。";
  generation.inputTokens = 42;
  generation.outputTokens = 17;
  generation.cost = 0.1 + 0.2;
  const std::int64_t generated = take(GenerationStore(db).insert(generation));

  DraftStore drafts(db);
  ReviewService reviews(db);
  const auto newDraft = [&](std::int64_t product, const std::string& field, const std::string& text) {
    return take(drafts.create({.productId = product, .field = field, .templateVersionId = version,
                               .generationId = generated, .model = "qwen2.5", .text = text, .author = "wen"}))
        .id;
  };
  const std::int64_t approved = newDraft(longjing, "description", "西湖龙井，豆花香气，鲜爽回甘。");
  REQUIRE(reviews.edit(approved, "西湖龙井绿茶，豆花香气，鲜爽回甘，适合送礼。", "li").ok());
  REQUIRE(reviews.submit(approved, "li").ok());
  REQUIRE(reviews.approve(approved, "好", "rita").ok());
  const std::int64_t title = newDraft(longjing, "title", "West Lake Longjing, \"pre-Qingming\" 250 g");
  REQUIRE(reviews.submit(title, "wen").ok());
  REQUIRE(reviews.approve(title, "", "rita").ok());
  const std::int64_t rejected = newDraft(biluochun, "description", "碧螺春，花果香。");
  REQUIRE(reviews.submit(rejected, "wen").ok());
  REQUIRE(reviews.reject(rejected, "太短，请写产地", "sam").ok());
  const std::int64_t shirtCopy = newDraft(shirt, "description", "A soft cotton tee, made here.");
  REQUIRE(reviews.submit(shirtCopy, "wen").ok());
  REQUIRE(reviews.approve(shirtCopy, "", "rita").ok());
  newDraft(gift, "description", "龙井礼盒，送礼首选。");  // a draft nobody submitted yet
  // Audience personas (issue 13): one written for and approved (an export metafield), one retired.
  Persona students;
  students.name = "学生党";
  students.tone = "轻松";
  const std::int64_t studentsId = take(PersonaStore(db).add(students)).id;
  const std::int64_t forStudents = take(drafts.create({.productId = longjing, .field = "description", .text = "学生也喝得起的龙井。",
                                                       .author = "wen", .personaId = studentsId})).id;
  REQUIRE(reviews.submit(forStudents, "wen").ok());
  REQUIRE(reviews.approve(forStudents, "", "rita").ok());
  Persona gifts;
  gifts.name = "gift-buyers";
  const std::int64_t giftsId = take(PersonaStore(db).add(gifts)).id;
  take(drafts.create({.productId = gift, .field = "title", .text = "A gift box", .author = "wen", .personaId = giftsId}));
  REQUIRE(take(PersonaStore(db).remove("gift-buyers")));
  // Customer questions (issue 14): two about the Longjing (one merged from a near-duplicate), one answered.
  writeFile(dir / "questions.csv", "sku,question,source,date\nTEA-LJ-001,是明前茶吗？,淘宝问大家,2024-03-02\n"
                                   "TEA-LJ-001,是明前茶吗,评价,2024-03-05\nTEA-LJ-001,Is it organic?,,\n");
  REQUIRE(take(importQuestions(db, dir / "questions.csv")).merged == 1);
  NewDraft answer{.productId = longjing, .field = "answer", .text = "资料中没有注明。", .author = "wen"};
  answer.questionId = take(QuestionStore(db).list("TEA-LJ-001")).back().id;
  take(drafts.create(answer));

  const BatchRecord batch = take(BatchStore(db).create(version, "seo_title", Json{{"products", {gift, biluochun}}}));
  take(drafts.create({.productId = gift, .field = "seo_title", .templateVersionId = version, .batchId = batch.id,
                      .model = "qwen2.5", .text = "龙井礼盒批量标题", .author = "wen"}));
  REQUIRE(BatchStore(db).setStatus(batch.id, "completed").ok());
  // A/B experiments (issue 13): two SEO descriptions of the gift box as variants, one with results.
  const std::int64_t armA = newDraft(gift, "seo_description", "龙井礼盒，送礼首选。");
  const std::int64_t armB = newDraft(gift, "seo_description", "龙井礼盒：把春天送给长辈。");
  const Experiment ab = take(startExperiment(db, {armA, armB}, "wen"));
  writeFile(dir / "ab.csv", "sku,variant,impressions,clicks,conversions,revenue\nTEA-GIFT-003," + ab.variants[1].label +
                                ",1000,80,31,0.30000000000000004\n");
  REQUIRE(take(importExperimentResults(db, dir / "ab.csv")).ok());

  ExportOptions options;
  options.format = ExportFormat::Shopify;
  options.out = dir / "first-export.csv";
  options.author = "rita";
  REQUIRE(Exporter(db).run(options).ok());

  AuditEntry entry;
  entry.actor = "rita";
  entry.action = "note";
  entry.entity = "product";
  entry.entityId = kHugeId;
  entry.detail = Json{{"why", "检查"}, {"n", 1}};
  take(AuditStore(db).append(entry));
  REQUIRE(VariablePresetStore(db).save("温和", Json{{"tone", "温和"}, {"length", 120}}).ok());
  REQUIRE(CheckSummaryStore(db, "00000000000000ab").put({.draftId = rejected, .worst = Severity::Warning,
                                                        .warnings = 2}).ok());
  run(db, "INSERT INTO settings (key, value) VALUES ('reviewer_name', 'rita'), ('export.seo_title_max', '60')");
  run(db, "INSERT INTO provider_profiles (name, profile) VALUES ('local', '{\"base_url\":\"http://127.0.0.1:11434\"}')");
  run(db, "INSERT INTO unsaved_copy (owner, kind, product_id, field, draft_id, text) VALUES ('host|boot|1|2|3', "
          "'copy', " + std::to_string(biluochun) + ", 'description', " + std::to_string(rejected) + ", '碧螺春，产自洞庭山')");
}

// The source, its copy on PostgreSQL and that copy's copy in a new SQLite file.
struct CopiedStores {
  TempDir dir;
  PostgresTestDatabase pgDatabase = createTestDatabase();
  std::unique_ptr<Database> desk = take(Database::open(dir / "desk.db"));
  std::unique_ptr<Database> team;
  std::unique_ptr<Database> back;
  StoreCopySummary toTeam;
  StoreCopySummary toBack;

  explicit CopiedStores(bool teamInitFirst = false) {
    fillStore(*desk, dir);
    team = take(Database::open(pgDatabase.connectionString()));
    if (teamInitFirst) REQUIRE(pg::initTeam(*team).ok());
    toTeam = take(copyStore(*desk, *team));
    back = take(Database::open(dir / "back.db"));
    toBack = take(copyStore(*team, *back));
  }
  std::vector<Database*> all() { return {desk.get(), team.get(), back.get()}; }
};

std::int64_t rowsOf(const StoreCopySummary& summary, const std::string& table) {
  for (const CopiedTable& t : summary.tables) {
    if (t.name == table) return t.rows;
  }
  return -1;
}

}  // namespace

TEST_CASE("store copy: SQLite to PostgreSQL to SQLite keeps every row of every table, ids included", "[postgres]") {
  CopiedStores stores;
  const Dump desk = dump(*stores.desk);
  for (const std::string& table : kStoreTables) {
    INFO(table);
    CHECK_FALSE(desk.at(table).empty());  // every table holds something the copy could lose
  }
  const Dump team = dump(*stores.team);
  const Dump back = dump(*stores.back);
  for (const std::string& table : kStoreTables) {
    INFO(table);
    CHECK(team.at(table) == desk.at(table));
    CHECK(back.at(table) == desk.at(table));
    CHECK(rowsOf(stores.toTeam, table) == static_cast<std::int64_t>(desk.at(table).size()));
    CHECK(rowsOf(stores.toBack, table) == static_cast<std::int64_t>(desk.at(table).size()));
  }
  CHECK(stores.toTeam.tables.size() == kStoreTables.size());
  CHECK(stores.toBack.tables.size() == kStoreTables.size());
  // Referenced tables come first: products before drafts before reviews.
  auto position = [&](const std::string& table) {
    return std::find_if(stores.toTeam.tables.begin(), stores.toTeam.tables.end(),
                        [&](const CopiedTable& t) { return t.name == table; }) -
           stores.toTeam.tables.begin();
  };
  CHECK(position("products") < position("drafts"));
  CHECK(position("drafts") < position("reviews"));
  CHECK(position("exports") < position("export_items"));
  CHECK_FALSE(take(stores.back->prepare("PRAGMA foreign_key_check")).step());
}

TEST_CASE("store copy: exports from the source and both copies are byte-identical, in every layout", "[postgres]") {
  CopiedStores stores;
  // The audit trail as `copydesk-cli audit --json` prints it, before the exports below add entries of their own.
  std::vector<std::string> audits;
  for (Database* db : stores.all()) {
    std::string json;
    take(writeAudit(*db, {}, AuditFormat::Json, [&](std::string_view bytes) {
      json += bytes;
      return Status{};
    }));
    audits.push_back(std::move(json));
  }
  CHECK_THAT(audits[0], Contains(std::to_string(kHugeId)));
  CHECK(audits[1] == audits[0]);
  CHECK(audits[2] == audits[0]);
  for (ExportFormat format : {ExportFormat::Shopify, ExportFormat::ShopifyLegacy, ExportFormat::WooCommerce,
                              ExportFormat::Amazon, ExportFormat::Generic}) {
    std::vector<std::string> files;
    int n = 0;
    for (Database* db : stores.all()) {
      ExportOptions options;
      options.format = format;
      options.author = "rita";
      options.out = stores.dir / (std::string(toString(format)) + "-" + std::to_string(n++) + ".csv");
      const ExportPreview exported = take(Exporter(*db).run(options));
      CHECK(exported.fields > 0);
      files.push_back(readFile(options.out));
    }
    INFO(toString(format));
    CHECK(files[1] == files[0]);
    CHECK(files[2] == files[0]);
  }
}

TEST_CASE("store copy: the copies find the same products and drafts, Chinese included, nothing left to index",
          "[postgres]") {
  CopiedStores stores;
  auto skus = [](Database& db, const std::string& search) {
    std::vector<std::string> found;
    for (const Product& p : take(ProductStore(db).list({.search = search}))) found.push_back(p.sku);
    std::sort(found.begin(), found.end());
    return found;
  };
  auto draftIds = [](Database& db, const std::string& search) {
    return take(DraftStore(db).ids({.search = search}));
  };
  CHECK(take(rowsWaitingForSearchIndex(*stores.back)) == 0);  // the FTS index holds every copied row
  for (const char* search : {"西湖龙井", "龙井", "Longjing", "碧螺春", "Spring snail", "example-shirt"}) {
    INFO(search);
    const auto expected = skus(*stores.desk, search);
    CHECK_FALSE(expected.empty());
    CHECK(skus(*stores.team, search) == expected);
    CHECK(skus(*stores.back, search) == expected);
  }
  for (const char* search : {"豆花香气", "龙井礼盒批量", "花果香", "cotton tee"}) {
    INFO(search);
    const auto expected = draftIds(*stores.desk, search);
    CHECK(expected.size() == 1);
    CHECK(draftIds(*stores.team, search) == expected);
    CHECK(draftIds(*stores.back, search) == expected);
  }
  // SQLite's FTS5 agrees with its content tables.
  run(*stores.back, "INSERT INTO products_fts (products_fts) VALUES ('integrity-check')");
  run(*stores.back, "INSERT INTO drafts_fts (drafts_fts) VALUES ('integrity-check')");
}

TEST_CASE("store copy: a destination that holds data is refused, named without its password, and not changed",
          "[postgres]") {
  CopiedStores stores;
  const Dump team = dump(*stores.team);
  // libpq sends a password only when the server asks; this one trusts the socket, so it is just shown.
  auto withPassword = take(Database::open(stores.pgDatabase.connectionString() + " password=s3cret-pw"));
  auto refused = copyStore(*stores.desk, *withPassword);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().id == "store.copy-destination-not-empty");
  CHECK(refused.error().code == ErrorCode::Database);
  REQUIRE(refused.error().args.size() == 1);
  CHECK(std::find(kStoreTables.begin(), kStoreTables.end(), refused.error().args[0]) != kStoreTables.end());
  CHECK_THAT(refused.error().describe(), Contains("password=***"));
  CHECK_THAT(refused.error().describe(), !Contains("s3cret-pw"));
  CHECK_THAT(refused.error().describe(), Contains("already holds a store"));
  CHECK(dump(*stores.team) == team);

  const Dump back = dump(*stores.back);
  auto again = copyStore(*stores.team, *stores.back);
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().id == "store.copy-destination-not-empty");
  CHECK(again.error().where == (stores.dir / "back.db").string());
  CHECK(dump(*stores.back) == back);

  // One row is enough: a store that only has a setting is not empty.
  TempDir other;
  auto almostEmpty = take(Database::open(other / "almost.db"));
  run(*almostEmpty, "INSERT INTO settings (key, value) VALUES ('reviewer_name', 'kim')");
  auto settingOnly = copyStore(*stores.desk, *almostEmpty);
  REQUIRE_FALSE(settingOnly.ok());
  CHECK(settingOnly.error().args == std::vector<std::string>{"settings"});
  auto products = take(almostEmpty->prepare("SELECT count(*) FROM products"));
  REQUIRE(products.step());
  CHECK(products.integer(0) == 0);
}

TEST_CASE("store copy: new rows on the PostgreSQL copy get ids above the copied ones", "[postgres]") {
  CopiedStores stores;
  auto maxId = [&](const std::string& table) {
    auto stmt = take(stores.team->prepare("SELECT max(id) FROM " + table));
    REQUIRE(stmt.step());
    return stmt.integer(0);
  };
  const std::int64_t lastProduct = maxId("products");
  const std::int64_t lastDraft = maxId("drafts");
  const std::int64_t lastAudit = maxId("audit");
  const std::int64_t product = addTeaProduct(*stores.team, "TEA-NEW-9", "新茶");
  CHECK(product == lastProduct + 1);
  const Draft draft = take(DraftStore(*stores.team).create({.productId = product, .field = "title", .text = "新茶",
                                                             .author = "wen"}));
  CHECK(draft.id == lastDraft + 1);
  REQUIRE(ReviewService(*stores.team).submit(draft.id, "wen").ok());  // a review and an audit entry
  CHECK(maxId("audit") > lastAudit);
  // The same on the SQLite copy, where rowids follow the largest id without a sequence.
  CHECK(addTeaProduct(*stores.back, "TEA-NEW-9", "新茶") == lastProduct + 1);
}

TEST_CASE("store copy: on a team store set up first, authors, reviewers and actors are kept as copied", "[postgres]") {
  CopiedStores stores(/*teamInitFirst=*/true);
  const Dump desk = dump(*stores.desk);
  const Dump team = dump(*stores.team);
  for (const char* table : {"reviews", "audit", "exports", "drafts", "draft_edits"}) {
    INFO(table);
    CHECK(team.at(table) == desk.at(table));
  }
  // The stamping triggers are on again: a review written now names the connected role.
  PgConnection owner(stores.pgDatabase.connectionString());
  CHECK(owner.value("SELECT count(*) FROM pg_trigger WHERE tgname IN ('reviews_actor', 'audit_actor', "
                    "'exports_actor', 'drafts_actor', 'draft_edits_actor') AND tgenabled = 'O'") == "5");
  const std::string draft = owner.value("SELECT min(id) FROM drafts");
  owner.execute("INSERT INTO reviews (draft_id, action, from_status, to_status, reviewer, text) VALUES (" + draft +
                ", 'submit', 'draft', 'submitted', 'mallory', 'x')");
  CHECK(owner.value("SELECT reviewer FROM reviews ORDER BY id DESC LIMIT 1") == owner.value("SELECT current_user"));
}

TEST_CASE("store copy: progress names each table as its rows are copied", "[postgres]") {
  TempDir dir;
  auto desk = take(Database::open(dir / "desk.db"));
  {
    Transaction tx(*desk);
    for (int i = 0; i < 12000; ++i) addTeaProduct(*desk, "SKU-" + std::to_string(i), "茶 " + std::to_string(i));
    REQUIRE(tx.commit().ok());
  }
  PostgresTestDatabase pgDatabase = createTestDatabase();
  auto team = take(Database::open(pgDatabase.connectionString()));
  std::vector<std::pair<std::string, std::int64_t>> reports;
  const StoreCopySummary summary =
      take(copyStore(*desk, *team, [&](const std::string& table, std::int64_t rows) { reports.emplace_back(table, rows); }));
  CHECK(rowsOf(summary, "products") == 12000);
  CHECK(summary.rows() == 12000);
  std::vector<std::int64_t> productReports;
  for (const auto& [table, rows] : reports) {
    if (table == "products") productReports.push_back(rows);
  }
  CHECK(productReports == std::vector<std::int64_t>{5000, 10000, 12000});  // read a page at a time
  PgConnection check(pgDatabase.connectionString());
  CHECK(check.value("SELECT count(*) FROM products") == "12000");
  CHECK(check.value("SELECT title FROM products WHERE sku = 'SKU-11999'") == "茶 11999");
}
