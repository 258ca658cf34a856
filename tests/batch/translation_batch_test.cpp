// Translating approved copy for other markets (issue 14): one draft per source draft and language
// through the batch machinery, the glossary's do-not-translate terms held by the checks, resume, and
// translations marked outdated when their source changes.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>

#include "core/batch/batch_planner.h"
#include "core/batch/batch_session.h"
#include "core/batch/translation_template.h"
#include "core/checks/draft_check.h"
#include "core/checks/glossary.h"
#include "core/checks/rule_book.h"
#include "core/store/batch_store.h"
#include "core/store/draft_store.h"
#include "tests/batch/batch_fixture.h"
#include "tests/batch/budget_resume.h"

using namespace copydesk;
using namespace copydesk::batch;
using namespace copydesk::test;

namespace {

// The user's folders for this test: a glossary that keeps "Longjing", markets with one of their own.
class UserFolders final {
 public:
  UserFolders() {
    REQUIRE(writeGlossary(m_dir / "checks" / "glossary.toml", {{"", {}, {}, {}, {"Longjing"}}}));
    std::ofstream(m_dir / "markets.json")
        << R"json({"markets": [{"code": "pt-BR", "language": "Portuguese (Brazil)", "market": "Brazil",
                                "units": "metric", "channel": "amazon"}]})json";
    setenv("COPYDESK_CHECKS_DIR", (m_dir / "checks").c_str(), 1);
    setenv("COPYDESK_MARKETS_FILE", (m_dir / "markets.json").c_str(), 1);
  }
  ~UserFolders() {
    unsetenv("COPYDESK_CHECKS_DIR");
    unsetenv("COPYDESK_MARKETS_FILE");
  }
  std::filesystem::path checks() const { return m_dir / "checks"; }

 private:
  TempDir m_dir;
};

// Two approved drafts (a title of product 1, a description of product 2), both naming Longjing and Acme.
std::vector<std::int64_t> approvedSources(Database& db) {
  DraftStore drafts(db);
  std::vector<std::int64_t> ids;
  const std::pair<const char*, const char*> copy[] = {{"title", "Acme Longjing green tea, 250 g"},
                                                      {"description", "Longjing from Acme, pan-fired by hand. 9 cm tin."}};
  std::int64_t product = 1;
  for (const auto& [field, text] : copy) {
    NewDraft d;
    d.productId = product++;
    d.field = field;
    d.text = text;
    auto created = drafts.create(d);
    REQUIRE(created);
    REQUIRE(drafts.setStatus(created->id, DraftStatus::Approved));
    ids.push_back(created->id);
  }
  return ids;
}

GenerateOptions translateOptions(Database& db, const BatchFixture& fixture, const FakeServerProcess& server,
                                 std::vector<std::int64_t> sources, std::vector<std::string> languages) {
  GenerateOptions options = fixture.options(server, 1);
  auto ref = translationTemplateRef(db);
  REQUIRE(ref);
  options.spec.templateRef = *ref;
  options.spec.sourceDrafts = std::move(sources);
  options.spec.languages = std::move(languages);
  return options;
}

std::filesystem::path repliesFile(const TempDir& dir) {
  // German replies translate "Longjing" (what the check must catch); Japanese ones keep it.
  const auto path = dir / "replies.json";
  std::ofstream(path) << R"({"into German": "Acme Drachenbrunnen-Grüntee, 250 g",
                             "into Japanese": "Acme Longjing 緑茶 250 g"})";
  return path;
}

}  // namespace

TEST_CASE("Translation batch: one prompt per source draft and language, with the market and the kept terms") {
  UserFolders folders;
  FakeServerProcess server;
  BatchFixture fixture(2);
  const auto sources = approvedSources(fixture.db());
  auto plan = BatchPlanner(fixture.db()).plan(translateOptions(fixture.db(), fixture, server, sources, {"de", "en-US", "pt-BR"}).spec);
  REQUIRE(plan);
  REQUIRE(plan->sources.size() == 2);
  REQUIRE(plan->markets.size() == 3);
  const auto slots = plan->allSlots();
  REQUIRE(slots.size() == 6);  // 2 sources x 3 languages
  std::set<std::pair<std::int64_t, std::string>> cells;
  for (const BatchSlot& slot : slots) {
    CHECK(cells.emplace(slot.sourceDraftId, slot.language).second);
    const std::string user = plan->request(slot).user;
    const std::string system = plan->request(slot).system;
    const Market& market = plan->markets[slot.languageIndex];
    CHECK(user.find("into " + market.language + " for " + market.market) != std::string::npos);
    CHECK(system.find("\"Longjing\", \"Acme\"") != std::string::npos);  // the glossary's term and the brand
    CHECK(plan->generation(slot, 1, true).field == (slot.sourceDraftId == sources[0] ? "title" : "description"));
    if (market.code == "en-US") CHECK(user.find("imperial units") != std::string::npos);
  }
  CHECK(plan->estimate(slots).requests == 6);

  auto unknown = BatchPlanner(fixture.db()).plan(translateOptions(fixture.db(), fixture, server, sources, {"de", "xx"}).spec);
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().code == ErrorCode::InvalidInput);
  CHECK(unknown.error().message.find("unknown language 'xx'; known: de, en-US") != std::string::npos);
  CHECK(unknown.error().message.find("pt-BR") != std::string::npos);

  DraftStore drafts(fixture.db());
  REQUIRE(drafts.setStatus(sources[0], DraftStatus::Draft));
  auto notApproved = BatchPlanner(fixture.db()).plan(translateOptions(fixture.db(), fixture, server, sources, {"de"}).spec);
  REQUIRE_FALSE(notApproved);
  CHECK(notApproved.error().message.find("not approved") != std::string::npos);
}

TEST_CASE("Translation batch: the check catches a do-not-translate term the model translated") {
  UserFolders folders;
  BatchFixture fixture(2);
  FakeServerProcess server({"--replies", repliesFile(fixture.dir()).string()});
  const auto sources = approvedSources(fixture.db());
  llm::LlmClient client(BatchFixture::fastRetries());
  BatchSession session(fixture.db(), client);
  auto report = session.generate(translateOptions(fixture.db(), fixture, server, sources, {"de", "ja"}));
  REQUIRE(report);
  CHECK(report->summary.succeeded == 4);
  CHECK(report->status == kBatchCompleted);

  DraftQuery query;
  query.batchId = report->batchId;
  auto translations = DraftStore(fixture.db()).list(query);
  REQUIRE(translations);
  REQUIRE(translations->size() == 4);
  RuleBookLoad rules = loadRuleBook(shippedRulesDir(), folders.checks());
  REQUIRE(rules.problems.empty());
  std::map<std::string, int> caught;
  for (const Draft& t : *translations) {
    INFO("draft " << t.id << " [" << t.language << "]: " << t.text);
    REQUIRE(t.sourceDraftId);
    CHECK(t.field == (*t.sourceDraftId == sources[0] ? "title" : "description"));
    CHECK(t.productId == (*t.sourceDraftId == sources[0] ? 1 : 2));
    CHECK_FALSE(t.outdated);
    auto findings = checkDraft(fixture.db(), *rules.book, t.id);
    REQUIRE(findings);
    for (const Finding& f : *findings) {
      if (f.message == "glossary.keep-missing") {
        CHECK(f.args.at(0) == "Longjing");
        CHECK(f.severity == Severity::Error);
        ++caught[t.language];
      }
    }
    // The translation is held to its market's channel: Amazon's title limit for the German title.
    auto subject = loadDraftCheckSubject(fixture.db(), *rules.book, t.id);
    REQUIRE(subject);
    if (t.field == "title") CHECK(subject->channel == "amazon-title");
  }
  CHECK(caught == std::map<std::string, int>{{"de", 2}});  // both German replies, neither Japanese one
}

TEST_CASE("Translation batch: stopped by its budget and resumed, one draft per source and language") {
  UserFolders folders;
  FakeServerProcess server;
  BatchFixture fixture(2);
  const auto sources = approvedSources(fixture.db());
  llm::LlmClient client(BatchFixture::fastRetries());
  auto options = translateOptions(fixture.db(), fixture, server, sources, {"de", "ja", "fr"});
  options.spec.maxTokens = 200;
  BatchSession session(fixture.db(), client);
  // A slot may cost up to some $0.11 at these prices, costs about $0.03: two start.
  const auto [first, resumed] = stopByBudgetThenResume(session, server, options,
                                                       {.budgetUsd = 0.15, .concurrency = 1, .slots = 6});
  REQUIRE(first.summary.succeeded < 6);
  DraftQuery query;
  query.batchId = first.batchId;
  auto drafts = DraftStore(fixture.db()).list(query);
  REQUIRE(drafts);
  std::set<std::pair<std::int64_t, std::string>> cells;
  for (const Draft& d : *drafts) CHECK(cells.emplace(*d.sourceDraftId, d.language).second);
  CHECK(cells.size() == 6);
}

TEST_CASE("Translation batch: an edit of the source marks its translations outdated, and only its own") {
  UserFolders folders;
  FakeServerProcess server;
  BatchFixture fixture(2);
  const auto sources = approvedSources(fixture.db());
  llm::LlmClient client(BatchFixture::fastRetries());
  BatchSession session(fixture.db(), client);
  auto report = session.generate(translateOptions(fixture.db(), fixture, server, sources, {"de", "ja"}));
  REQUIRE(report);
  REQUIRE(report->summary.succeeded == 4);

  DraftStore drafts(fixture.db());
  REQUIRE(drafts.editText(sources[0], "Acme Longjing green tea, 500 g", "lin"));
  DraftQuery query;
  query.batchId = report->batchId;
  auto translations = drafts.list(query);
  REQUIRE(translations);
  int outdated = 0;
  for (const Draft& t : *translations) {
    CHECK(t.outdated == (*t.sourceDraftId == sources[0]));
    outdated += t.outdated ? 1 : 0;
  }
  CHECK(outdated == 2);
  // The language filter finds the translations into one language.
  query = {};
  query.language = "de";
  auto german = drafts.list(query);
  REQUIRE(german);
  CHECK(german->size() == 2);
}
