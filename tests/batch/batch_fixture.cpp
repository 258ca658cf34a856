#include "tests/batch/batch_fixture.h"

#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>

#include <catch2/catch.hpp>

#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/server/fake_reply.h"

namespace copydesk::test {

BatchFixture::BatchFixture(int products, const std::vector<std::string>& specialDescriptions) {
  auto db = Database::open(dbPath());
  REQUIRE(db.ok());
  m_db = std::move(*db);
  ProductStore store(*m_db);
  Transaction tx(*m_db);
  for (int i = 1; i <= products; ++i) {
    Product p;
    p.sku = sku(i);
    p.title = "Product " + std::to_string(i) + (i % 3 == 0 ? " 亚麻衬衫" : " linen shirt");
    p.brand = "Acme";
    const auto index = static_cast<std::size_t>(i - 1);
    p.description = index < specialDescriptions.size() ? specialDescriptions[index] : "Soft & light, \"relaxed\" fit.";
    REQUIRE(store.upsert(p).ok());
  }
  REQUIRE(tx.commit().ok());
  saveTemplate(*m_db);
}

void BatchFixture::saveTemplate(Database& db) {
  PromptTemplate prompt;
  prompt.name = "desc";
  prompt.systemPart = "You write product copy for {{brand}}.";
  prompt.userPart = "Describe {{title}} (SKU {{sku}}). Facts: {{description}}";
  prompt.field = "description";
  REQUIRE(TemplateStore(db).save(prompt).ok());
}

std::string BatchFixture::sku(int index) {
  char text[16];
  std::snprintf(text, sizeof text, "SKU-%03d", index);
  return text;
}

llm::ProviderProfile BatchFixture::profile(const FakeServerProcess& server, double priceIn, double priceOut) {
  setenv(kBatchKeyEnv, "sk-batch-test", 1);
  llm::ProviderProfile p;
  p.name = "Fake";
  p.baseUrl = server.openAiBaseUrl();
  p.defaultModel = "fake-small";
  p.apiKeyEnv = kBatchKeyEnv;
  p.maxConcurrency = 0;
  p.inputPricePerMTok = priceIn;
  p.outputPricePerMTok = priceOut;
  return p;
}

llm::ClientOptions BatchFixture::fastRetries() {
  llm::ClientOptions options;
  options.retry.baseDelayMs = 10;
  options.retry.maxDelayMs = 80;
  return options;
}

batch::GenerateOptions BatchFixture::options(const FakeServerProcess& server, int variants,
                                             const std::vector<std::string>& models) const {
  batch::GenerateOptions options;
  options.spec.templateRef = "desc";
  options.spec.variants = variants;
  for (const auto& model : models) options.spec.targets.push_back({profile(server), model});
  options.spec.maxTokens = 200;
  options.run.concurrency = 16;
  options.api.pollIntervalMs = 50;
  return options;
}

std::vector<Draft> checkDraftsConsistent(Database& db, std::int64_t batchId) {
  DraftQuery query;
  query.batchId = batchId;
  auto drafts = DraftStore(db).list(query);
  REQUIRE(drafts.ok());
  GenerationStore generations(db);
  std::set<std::tuple<std::int64_t, int, std::string, std::int64_t, std::int64_t>> slots;
  for (const Draft& d : *drafts) {
    INFO("draft " << d.id << " of " << d.sku << " variant " << d.variant << " persona " << d.persona);
    // None twice; an answer batch (issue 14) writes one per question of a product.
    CHECK(slots.emplace(d.productId, d.variant, d.model, d.personaId.value_or(0), d.questionId.value_or(0)).second);
    REQUIRE(d.generationId.has_value());
    auto g = generations.get(*d.generationId);
    REQUIRE(g.ok());
    REQUIRE(g->has_value());
    const Generation& gen = **g;
    CHECK(gen.outcome == GenerationOutcome::Ok);
    CHECK(gen.productId == d.productId);
    CHECK(gen.variant == d.variant);
    CHECK(gen.model == d.model);
    CHECK(gen.batchId == batchId);
    // The prompt is this product's, and the text is the reply to exactly that prompt: not crossed.
    CHECK(gen.userPrompt.find("(SKU " + d.sku + ")") != std::string::npos);
    CHECK(d.text == fake::reply(gen.systemPrompt, gen.userPrompt));
    CHECK(gen.output == d.text);
    // A persona grid's draft was written from its own persona's prompt (issue 13).
    CHECK(gen.parameters.value("persona", std::string()) == d.persona);
    // An answer was written from its own question's prompt (issue 14).
    CHECK(gen.parameters.value("question_id", std::int64_t{0}) == d.questionId.value_or(0));
  }
  return std::move(*drafts);
}

std::set<std::tuple<std::string, int, std::string, std::string>> draftSlots(Database& db, std::int64_t batchId) {
  DraftQuery query;
  query.batchId = batchId;
  auto drafts = DraftStore(db).list(query);
  REQUIRE(drafts.ok());
  std::set<std::tuple<std::string, int, std::string, std::string>> slots;
  for (const Draft& d : *drafts) slots.emplace(d.sku, d.variant, d.model, d.text);
  return slots;
}

std::string firstValue(const std::filesystem::path& db, const std::string& sql) {
  auto conn = Database::open(db);
  REQUIRE(conn.ok());
  auto stmt = (*conn)->prepare(sql);
  REQUIRE(stmt.ok());
  REQUIRE(stmt->step());
  return stmt->text(0);
}

std::int64_t countRows(const std::filesystem::path& db, const std::string& sql) {
  return std::stoll(firstValue(db, sql));
}

pid_t spawnQuiet(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE(rc == 0);
  return pid;
}

}  // namespace copydesk::test
