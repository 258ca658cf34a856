// The customer questions part of issue 14's CLI contract, against the real copydesk-cli and the
// fake LLM server: questions import / list --json, generate --questions, drafts --json's question,
// export --format faq-csv and faq-jsonld.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "core/common/json.h"
#include "tests/cli/cli_store.h"

using namespace copydesk;
using Catch::Matchers::Contains;

namespace {

struct QuestionsCli : test::CliStore {
  QuestionsCli() : CliStore("q.db", "COPYDESK_TEST_QUESTIONS_KEY", "sk-questions") {}

  std::string generate(const test::FakeServerProcess& server, const std::string& rest) const {
    return "generate " + fakeModel(server) + " --max-tokens 100 " + rest;
  }
};

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

TEST_CASE("questions import reports imported, merged and refused; list --json keeps to the contract") {
  QuestionsCli cli;
  cli.importSampleCatalog();
  const auto sample = (test::sourceDir() / "resources" / "questions" / "sample_questions.csv").string();
  const auto imported = cli.run("questions import " + test::shellQuote(sample));
  INFO(imported.err);
  REQUIRE(imported.exitCode == 0);
  CHECK(imported.out == "imported 15 questions from sample_questions.csv; 3 merged as duplicates, 0 refused\n");
  CHECK(imported.err.empty());

  const Json all = cli.json("questions list --json");
  REQUIRE(all.size() == 15);
  for (const auto& q : all) {
    CHECK(q["sku"].is_string());
    CHECK(q["question"].is_string());
    CHECK(q["id"].is_number_integer());
    CHECK(q["asked"].is_number_integer());
  }
  const Json pan = cli.json("questions list --product KIT-PAN-001 --json");
  REQUIRE(pan.size() == 3);
  CHECK(pan[0]["question"] == "Can I use it on an induction hob?");
  CHECK(pan[1]["question"] == "Is it dishwasher safe?");
  CHECK(pan[1]["asked"] == 2);
  CHECK(pan[1]["date"] == "2026-02-25");
  CHECK(pan[1]["source"] == "reviews");
  const Json tea = cli.json("questions list --product TEA-LJ-001 --json");
  REQUIRE(tea.size() == 3);
  CHECK(tea[0]["question"] == "这款龙井是明前茶吗？");
  CHECK(tea[0]["asked"] == 2);

  // Bad rows: each refused on stderr as FILE:LINE: cause, exit 2, the good rows imported all the same.
  test::writeFile(cli.dir / "more.csv",
                  "SKU;Question;Date\nKIT-PAN-001;Does it come with a lid?;\nNOPE-1;Hello?;\n"
                  "KIT-PAN-001;;\nKIT-PAN-001;Is it oven safe?;next week\nKIT-PAN-001;IS IT DISHWASHER SAFE;\n");
  const auto more = cli.run("questions import " + test::shellQuote((cli.dir / "more.csv").string()));
  CHECK(more.exitCode == 2);
  CHECK(more.out == "imported 1 question from more.csv; 1 merged as duplicates, 3 refused\n");
  const std::string file = (cli.dir / "more.csv").string();
  CHECK(more.err == file + ":3: the catalog has no product with SKU NOPE-1\n" + file +
                        ":4: the row of KIT-PAN-001 has no question\n" + file +
                        ":5: \"next week\" is not a date (write dates as YYYY-MM-DD)\n");
  CHECK(cli.json("questions list --product KIT-PAN-001 --json").size() == 4);

  const auto unknown = cli.run("questions list --product NOPE-1");
  CHECK(unknown.exitCode == 2);
  CHECK_THAT(unknown.err, Contains("no product with SKU NOPE-1"));
  const auto text = cli.run("questions list --product KIT-PAN-001");
  REQUIRE(text.exitCode == 0);
  CHECK_THAT(text.out, Contains("Is it dishwasher safe?  (asked 3 times)"));
  CHECK_THAT(text.out, Contains("4 questions"));
  CHECK(cli.run("questions import " + test::shellQuote((cli.dir / "absent.csv").string())).exitCode == 2);
}

TEST_CASE("generate --questions answers each question once; drafts --json names it; the FAQ exports carry the approved") {
  test::FakeServerProcess server;
  QuestionsCli cli;
  cli.importSampleCatalog();
  test::writeFile(cli.dir / "q.csv",
                  "sku,question\nKIT-PAN-001,Can I use it on an induction hob?\nKIT-PAN-001,How heavy is it?\n"
                  "TEA-LJ-001,有没有有机认证？\nAPP-TEE-001,What sizes does it come in?\n");
  REQUIRE(cli.run("questions import " + test::shellQuote((cli.dir / "q.csv").string())).exitCode == 0);

  const auto answers = cli.run(cli.generate(server, "--template answer-en --questions --products KIT-PAN-001,TEA-LJ-001,"
                                                    "ELC-CBL-001"));
  INFO(answers.err);
  REQUIRE(answers.exitCode == 0);
  CHECK(answers.out == "3 succeeded, 0 failed\n");
  CHECK_THAT(answers.err, Contains("3 products, 3 questions x 1 variants x 1 models = 3 slots"));
  CHECK(server.requestCount("/v1/chat/completions") == 3);
  const auto plain = cli.run(cli.generate(server, "--template description-en --products APP-TEE-001"));
  REQUIRE(plain.exitCode == 0);

  const Json drafts = cli.json("drafts --json");
  REQUIRE(drafts.size() == 4);
  std::map<std::string, std::int64_t> answerIds;  // question -> draft id
  for (const auto& d : drafts) {
    REQUIRE(d.contains("question"));
    if (d["question"].is_null()) {
      CHECK(d["field"] == "description");
      continue;
    }
    CHECK(d["field"] == "answer");
    const std::string question = d["question"].get<std::string>();
    // The prompt the model answered held the question (the fake server echoes it).
    CHECK_THAT(d["text"].get<std::string>(), Contains("Question from a shopper: " + question));
    answerIds[question] = d["id"].get<std::int64_t>();
  }
  REQUIRE(answerIds.size() == 3);

  // Resuming the finished batch sends nothing; the questions are not with personas.
  const auto resumed = cli.run(cli.generate(server, "--template answer-en --questions --products KIT-PAN-001,TEA-LJ-001,"
                                                    "ELC-CBL-001 --resume"));
  REQUIRE(resumed.exitCode == 0);
  CHECK_THAT(resumed.err, Contains("3 already done"));
  CHECK(server.requestCount("/v1/chat/completions") == 4);
  const auto none = cli.run(cli.generate(server, "--template answer-en --questions --products ELC-CBL-001"));
  CHECK(none.exitCode == 2);
  CHECK_THAT(none.err, Contains("the selected products have no imported questions"));
  REQUIRE(cli.run("personas add parents").exitCode == 0);
  const auto personas = cli.run(cli.generate(server, "--template answer-en --questions --personas all --products all"));
  CHECK(personas.exitCode == 2);
  CHECK_THAT(personas.err, Contains("cannot be combined with --personas"));
  CHECK(server.requestCount("/v1/chat/completions") == 4);

  // Two answers approved, one left in review: only the approved are exported.
  for (const char* q : {"How heavy is it?", "有没有有机认证？"}) {
    const std::string id = std::to_string(answerIds[q]);
    REQUIRE(cli.run("review " + id + " --submit").exitCode == 0);
    const auto approved = cli.run("review " + id + " --approve --reviewer Lin");
    INFO(approved.err);
    REQUIRE(approved.exitCode == 0);
  }
  REQUIRE(cli.run("review " + std::to_string(answerIds["Can I use it on an induction hob?"]) + " --submit").exitCode == 0);
  std::map<std::int64_t, std::string> texts;
  for (const auto& d : cli.json("drafts --json")) texts[d["id"].get<std::int64_t>()] = d["text"].get<std::string>();

  const auto csvPath = cli.dir / "faq.csv";
  const auto csv = cli.run("export --format faq-csv --out " + test::shellQuote(csvPath.string()));
  INFO(csv.err);
  REQUIRE(csv.exitCode == 0);
  CHECK(csv.out == "exported 2 answers of 2 products to " + csvPath.string() + " as faq-csv\n");
  // Products in catalog order: TEA-LJ-001 is the file's first, KIT-PAN-001 later.
  CHECK(readFile(csvPath) == "sku,question,answer\r\nTEA-LJ-001,有没有有机认证？," +
                                 csvField(texts[answerIds["有没有有机认证？"]]) + "\r\nKIT-PAN-001,How heavy is it?," +
                                 csvField(texts[answerIds["How heavy is it?"]]) + "\r\n");

  const auto dir = cli.dir / "faq";
  const auto jsonld = cli.run("export --format faq-jsonld --out " + test::shellQuote(dir.string()));
  INFO(jsonld.err);
  REQUIRE(jsonld.exitCode == 0);
  CHECK(jsonld.out == "exported 2 answers of 2 products to " + dir.string() + " as faq-jsonld\n");
  const Json pan = Json::parse(readFile(dir / "KIT-PAN-001.json"));
  CHECK(pan == Json{{"@context", "https://schema.org"},
                    {"@type", "FAQPage"},
                    {"mainEntity",
                     Json::array({{{"@type", "Question"},
                                   {"name", "How heavy is it?"},
                                   {"acceptedAnswer",
                                    {{"@type", "Answer"}, {"text", texts[answerIds["How heavy is it?"]]}}}}})}});
  CHECK(std::filesystem::exists(dir / "TEA-LJ-001.json"));
  CHECK_FALSE(std::filesystem::exists(dir / "ELC-CBL-001.json"));
  CHECK(cli.json("drafts --json --status exported").size() == 2);
  CHECK(cli.run("export --format faq-csv --out x.csv --copy-only").exitCode == 2);
}
