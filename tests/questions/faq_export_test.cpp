// The FAQ exports of approved answers (issue 14), on SQLite and on PostgreSQL (questions_pg_tests):
// faq-csv byte for byte, faq-jsonld one FAQPage per product checked against the schema.org
// vocabulary (tests/questions/schemaorg_faq_vocabulary.jsonld: types, domains, ranges, required
// properties; no network), the export recorded; and the facts check holding answers to the facts.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/checks/draft_check.h"
#include "core/checks/rule_book.h"
#include "core/common/paths.h"
#include "core/export/exporter.h"
#include "core/review/review_context.h"
#include "core/review/review_service.h"
#include "core/questions/faq_export.h"
#include "core/questions/question_key.h"
#include "core/store/draft_store.h"
#include "core/store/export_store.h"
#include "core/store/product_store.h"
#include "core/store/question_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The schema.org terms of the fixture: each class's parent, its required properties, and each
// property's domains and ranges.
class Vocabulary final {
 public:
  Vocabulary() {
    const Json graph = Json::parse(readFile(test::sourceDir() / "tests" / "questions" / "schemaorg_faq_vocabulary.jsonld"));
    for (const Json& term : graph["@graph"]) {
      const std::string id = name(term["@id"].get<std::string>());
      if (term.contains("rdfs:subClassOf")) m_parent[id] = name(term["rdfs:subClassOf"]["@id"].get<std::string>());
      const Json& type = term["@type"];
      if (type == "rdf:Property") {
        m_domains[id] = ids(term["schema:domainIncludes"]);
        m_ranges[id] = ids(term["schema:rangeIncludes"]);
      } else {
        m_classes.insert(id);
        if (term.contains("copydesk:required")) m_required[id] = term["copydesk:required"].get<std::vector<std::string>>();
      }
    }
  }

  // Every way `node` breaks the vocabulary, as "path: what".
  std::vector<std::string> check(const Json& page) const {
    std::vector<std::string> problems;
    if (page.value("@context", "") != "https://schema.org") problems.push_back("@context is not https://schema.org");
    checkNode(page, {"Thing"}, "$", problems);
    return problems;
  }

 private:
  static std::string name(const std::string& id) { return id.substr(id.find(':') + 1); }
  static std::vector<std::string> ids(const Json& value) {
    std::vector<std::string> out;
    if (value.is_array()) {
      for (const Json& v : value) out.push_back(name(v["@id"].get<std::string>()));
    } else {
      out.push_back(name(value["@id"].get<std::string>()));
    }
    return out;
  }
  bool isA(std::string type, const std::string& ancestor) const {
    for (;;) {
      if (type == ancestor) return true;
      auto parent = m_parent.find(type);
      if (parent == m_parent.end()) return false;
      type = parent->second;
    }
  }
  bool isAny(const std::string& type, const std::vector<std::string>& allowed) const {
    for (const auto& a : allowed) {
      if (isA(type, a)) return true;
    }
    return false;
  }

  void checkNode(const Json& node, const std::vector<std::string>& ranges, const std::string& path,
                 std::vector<std::string>& problems) const {
    if (node.is_string()) {
      if (!isAny("Text", ranges)) problems.push_back(path + ": text where a thing is expected");
      else if (node.get<std::string>().empty()) problems.push_back(path + ": empty text");
      return;
    }
    if (!node.is_object() || !node.contains("@type") || !node["@type"].is_string()) {
      problems.push_back(path + ": no object with an @type");
      return;
    }
    const std::string type = node["@type"].get<std::string>();
    if (!m_classes.count(type)) return problems.push_back(path + ": unknown type " + type);
    if (!isAny(type, ranges)) problems.push_back(path + ": a " + type + " is not in the property's range");
    if (auto required = m_required.find(type); required != m_required.end()) {
      for (const auto& property : required->second) {
        if (!node.contains(property)) problems.push_back(path + ": " + type + " without " + property);
      }
    }
    for (const auto& [key, value] : node.items()) {
      if (key.starts_with("@")) continue;
      auto domains = m_domains.find(key);
      if (domains == m_domains.end()) {
        problems.push_back(path + ": unknown property " + key);
        continue;
      }
      if (!isAny(type, domains->second)) problems.push_back(path + ": " + key + " is no property of " + type);
      const auto& range = m_ranges.at(key);
      if (value.is_array()) {
        if (value.empty()) problems.push_back(path + "." + key + ": empty");
        for (std::size_t i = 0; i < value.size(); ++i) {
          checkNode(value[i], range, path + "." + key + "[" + std::to_string(i) + "]", problems);
        }
      } else {
        checkNode(value, range, path + "." + key, problems);
      }
    }
  }

  std::set<std::string> m_classes;
  std::map<std::string, std::string> m_parent;
  std::map<std::string, std::vector<std::string>> m_required;
  std::map<std::string, std::vector<std::string>> m_domains;
  std::map<std::string, std::vector<std::string>> m_ranges;
};

struct Fixture {
  test::TestStore store{"faq.db"};
  std::unique_ptr<Database> db = store.openOrFail();

  std::int64_t product(const std::string& sku, const Json& attributes = Json::object()) {
    Product p;
    p.sku = sku;
    p.title = "Product " + sku;
    p.attributes = attributes;
    auto saved = ProductStore(*db).upsert(p);
    REQUIRE(saved);
    return saved->id;
  }
  std::int64_t question(std::int64_t productId, const std::string& text) {
    auto id = QuestionStore(*db).add({.productId = productId, .text = text, .key = questionKey(text)});
    REQUIRE(id);
    return *id;
  }
  std::int64_t answer(std::int64_t productId, std::int64_t questionId, const std::string& text,
                      DraftStatus status = DraftStatus::Approved) {
    NewDraft d{.productId = productId, .field = "answer", .text = text, .author = "writer"};
    d.questionId = questionId;
    auto draft = DraftStore(*db).create(d);
    REQUIRE(draft);
    if (status != DraftStatus::Draft) REQUIRE(DraftStore(*db).setStatus(draft->id, status));
    return draft->id;
  }
};

}  // namespace

TEST_CASE("faq-csv holds sku,question,answer of the approved answers only, byte for byte") {
  Fixture f;
  const auto mug = f.product("MUG-1");
  const auto tea = f.product("茶-3");
  const auto bare = f.product("BARE-9");
  const auto size = f.question(mug, "How much does it hold?");
  const auto lid = f.question(mug, "Is the lid \"leak-proof\", really?");
  const auto open = f.question(mug, "Is it heavy?");
  const auto grown = f.question(tea, "产地是哪里？");
  f.question(bare, "Anything?");
  f.answer(mug, size, "It holds 350 ml.");
  f.answer(mug, lid, "The product data does not state whether the lid is leak-proof.\nAsk us.");
  f.answer(mug, open, "It weighs a ton.", DraftStatus::Submitted);  // not approved: not exported
  f.answer(tea, grown, "=商品资料中没有注明产地。");
  const auto out = f.store.dir() / "faq.csv";
  auto result = exportFaq(*f.db, {.format = FaqFormat::Csv, .out = out, .author = "Lin"});
  REQUIRE(result);
  CHECK(result->answers == 3);
  CHECK(result->products == 2);
  CHECK(readFile(out) ==
        "sku,question,answer\r\n"
        "MUG-1,How much does it hold?,It holds 350 ml.\r\n"
        "MUG-1,\"Is the lid \"\"leak-proof\"\", really?\",\"The product data does not state whether the lid is "
        "leak-proof.\nAsk us.\"\r\n"
        "茶-3,产地是哪里？,=商品资料中没有注明产地。\r\n");
  CHECK(describeFaqExport(*result, {.format = FaqFormat::Csv, .out = out}) ==
        "exported 3 answers of 2 products to " + out.string() + " as faq-csv");

  // Recorded like a shop export: the answers read exported now.
  auto exports = ExportStore(*f.db).list();
  REQUIRE(exports);
  REQUIRE(exports->size() == 1);
  CHECK((*exports)[0].layout == "faq-csv");
  if (!f.store.isPostgres()) CHECK((*exports)[0].author == "Lin");  // a team store names the role
  CHECK(ExportStore(*f.db).items(result->exportId)->size() == 3);
  DraftQuery exported{.status = DraftStatus::Exported};
  CHECK(DraftStore(*f.db).list(exported)->size() == 3);

  // Spreadsheet-safe: the formula-like answer is neutralised, as in the shop layouts.
  auto safe = exportFaq(*f.db, {.format = FaqFormat::Csv, .out = out, .mode = CsvMode::SpreadsheetSafe});
  REQUIRE(safe);
  CHECK(readFile(out).ends_with("茶-3,产地是哪里？,'=商品资料中没有注明产地。\r\n"));
}

TEST_CASE("faq-csv: the latest approved answer of a question counts") {
  Fixture f;
  const auto mug = f.product("MUG-1");
  const auto q = f.question(mug, "Is it heavy?");
  f.answer(mug, q, "First answer.");
  f.answer(mug, q, "Second answer.");  // approved later (updated_at, then id)
  const auto out = f.store.dir() / "faq.csv";
  REQUIRE(exportFaq(*f.db, {.format = FaqFormat::Csv, .out = out}));
  CHECK(readFile(out) == "sku,question,answer\r\nMUG-1,Is it heavy?,Second answer.\r\n");
}

TEST_CASE("faq-jsonld writes one schema.org FAQPage per product, valid against the vocabulary") {
  Fixture f;
  const auto mug = f.product("MUG-1");
  const auto slash = f.product("A/B:1");
  const auto none = f.product("NONE-2");
  f.answer(mug, f.question(mug, "How much does it hold?"), "It holds 350 ml.");
  f.answer(mug, f.question(mug, "这个杯子能放洗碗机吗？"), "商品资料中没有注明是否可以放洗碗机。");
  f.answer(slash, f.question(slash, "Is it <b>bold</b>?"), "Yes & no.");
  f.answer(none, f.question(none, "Unanswered?"), "Not yet.", DraftStatus::Draft);
  const auto dir = f.store.dir() / "faq" / "pages";  // made when missing
  auto result = exportFaq(*f.db, {.format = FaqFormat::JsonLd, .out = dir});
  REQUIRE(result);
  CHECK(result->products == 2);
  CHECK(result->answers == 3);
  CHECK(result->files == std::vector<std::filesystem::path>{dir / "MUG-1.json", dir / "A_B_1.json"});
  CHECK_FALSE(std::filesystem::exists(dir / "NONE-2.json"));

  const Vocabulary vocabulary;
  const Json page = Json::parse(readFile(dir / "MUG-1.json"));
  CHECK(vocabulary.check(page).empty());
  CHECK(page == Json::parse(R"({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
      {"@type": "Question", "name": "How much does it hold?",
       "acceptedAnswer": {"@type": "Answer", "text": "It holds 350 ml."}},
      {"@type": "Question", "name": "这个杯子能放洗碗机吗？",
       "acceptedAnswer": {"@type": "Answer", "text": "商品资料中没有注明是否可以放洗碗机。"}}]})"));
  const Json other = Json::parse(readFile(dir / "A_B_1.json"));
  CHECK(vocabulary.check(other).empty());
  CHECK(other["mainEntity"][0]["name"] == "Is it <b>bold</b>?");
}

TEST_CASE("the vocabulary check finds what a FAQPage must not be") {
  const Vocabulary vocabulary;
  const Json broken = Json::parse(R"({"@context": "http://schema.org", "@type": "FAQPage", "mainEntity": [
      {"@type": "Question", "name": "Q1", "acceptedAnswer": "just text"},
      {"@type": "Question", "answer": {"@type": "Answer", "text": "A"}},
      {"@type": "Answer", "text": ""},
      {"@type": "Question", "name": "Q4", "acceptedAnswer": {"@type": "Answr", "text": "A"}}]})");
  CHECK(vocabulary.check(broken) == std::vector<std::string>{
      "@context is not https://schema.org",
      "$.mainEntity[0].acceptedAnswer: text where a thing is expected",
      "$.mainEntity[1]: Question without name",
      "$.mainEntity[1]: Question without acceptedAnswer",
      "$.mainEntity[1]: unknown property answer",
      "$.mainEntity[2].text: empty text",
      "$.mainEntity[3].acceptedAnswer: unknown type Answr"});
  CHECK(vocabulary.check(Json::parse(R"({"@context": "https://schema.org", "@type": "FAQPage"})")) ==
        std::vector<std::string>{"$: FAQPage without mainEntity"});
  CHECK(faqFileName("../x") == "_.._x");
  CHECK(faqFileName("茶-3") == "茶-3");
}

TEST_CASE("the facts check holds an answer to the product's facts") {
  Fixture f;
  const auto mug = f.product("MUG-1", Json{{"Capacity", "350 ml"}, {"Material", "Stoneware"}});
  const auto q = f.question(mug, "How much does it hold?");
  test::TempDir noUserRules;
  const RuleBookLoad rules = loadRuleBook(resourcesDir() / "checks", noUserRules.path());
  auto factsFindings = [&](const std::string& text) {
    const auto id = f.answer(mug, q, text, DraftStatus::Draft);
    auto findings = checkDraft(*f.db, *rules.book, id);
    REQUIRE(findings);
    std::vector<std::string> out;
    for (const Finding& finding : *findings) {
      if (finding.ruleSet == "facts") out.push_back(finding.rule);
    }
    return out;
  };
  CHECK(factsFindings("It holds 500 ml.") == std::vector<std::string>{"facts.number-mismatch"});
  CHECK(factsFindings("It is made of glass.") == std::vector<std::string>{"facts.material-mismatch"});
  CHECK(factsFindings("It holds 350 ml.").empty());
  CHECK(factsFindings("The product data does not state whether it is dishwasher safe.").empty());
}

TEST_CASE("approved answers stay out of the shop layouts: they are FAQs, not a product field") {
  Fixture f;
  const auto mug = f.product("MUG-1");
  f.answer(mug, f.question(mug, "Is it heavy?"), "It weighs 300 g.");
  NewDraft description{.productId = mug, .field = "description", .text = "A mug.", .author = "writer"};
  auto draft = DraftStore(*f.db).create(description);
  REQUIRE(draft);
  REQUIRE(DraftStore(*f.db).setStatus(draft->id, DraftStatus::Approved));
  ExportOptions options;
  options.format = ExportFormat::Generic;
  options.out = f.store.dir() / "generic.csv";
  auto exported = Exporter(*f.db).run(options);
  REQUIRE(exported);
  CHECK(exported->header == std::vector<std::string>{"sku", "title", "description"});
  CHECK(exported->rows == 1);
  CHECK(readFile(options.out).find("300 g") == std::string::npos);
}

TEST_CASE("an answer in review is compared with the last approved answer to its own question only") {
  Fixture f;
  const auto mug = f.product("MUG-1");
  const auto heavy = f.question(mug, "Is it heavy?");
  const auto lid = f.question(mug, "Does it have a lid?");
  const auto weighs = f.answer(mug, heavy, "It weighs 300 g.", DraftStatus::Submitted);
  REQUIRE(ReviewService(*f.db).approve(weighs, "", "Lin"));  // recorded as an approval of the field "answer"
  const auto first = f.answer(mug, lid, "The data does not state it.", DraftStatus::Submitted);
  auto context = loadReviewContext(*f.db, first);
  REQUIRE(context);
  CHECK(context->draft.question == "Does it have a lid?");
  CHECK_FALSE(context->lastApproval);  // the other question's answer is no earlier version of this one
  REQUIRE(ReviewService(*f.db).approve(first, "", "Lin"));
  const auto second = f.answer(mug, lid, "No lid comes with it.", DraftStatus::Submitted);
  context = loadReviewContext(*f.db, second);
  REQUIRE(context);
  REQUIRE(context->lastApproval);
  CHECK(context->lastApproval->text == "The data does not state it.");
}
