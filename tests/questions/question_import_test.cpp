// Importing customer questions (issue 14), on SQLite and on PostgreSQL (questions_pg_tests): columns
// in any order and case, refused rows as FILE:LINE: cause while the others are imported, near-
// duplicates merged within a file and against what the store holds, Chinese included.
#include <catch2/catch.hpp>

#include "core/questions/question_import.h"
#include "core/questions/question_key.h"
#include "core/store/product_store.h"
#include "core/store/question_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

struct Fixture {
  test::TestStore store{"questions.db"};
  std::unique_ptr<Database> db = store.openOrFail();

  Fixture() {
    for (const char* sku : {"MUG-1", "TEA-2", "茶-3"}) {
      Product p;
      p.sku = sku;
      p.title = std::string("Product ") + sku;
      REQUIRE(ProductStore(*db).upsert(p));
    }
  }

  QuestionImport import(const std::string& name, const std::string& csv) {
    const auto path = store.dir() / name;
    test::writeFile(path, csv);
    auto imported = importQuestions(*db, path, TextEncoding::Utf8, name);
    if (!imported) FAIL(imported.error().describe());
    return *imported;
  }

  std::vector<Question> list(const std::string& sku = {}) {
    auto questions = QuestionStore(*db).list(sku);
    REQUIRE(questions);
    return *questions;
  }
};

std::vector<std::string> texts(const std::vector<Question>& questions) {
  std::vector<std::string> out;
  for (const Question& q : questions) out.push_back(q.sku + ": " + q.text);
  return out;
}

std::vector<std::string> described(const std::vector<Error>& errors) {
  std::vector<std::string> out;
  for (const Error& e : errors) out.push_back(e.describe());
  return out;
}

}  // namespace

TEST_CASE("questions import: columns in any order and case, near-duplicates merged per product") {
  Fixture f;
  const auto imported = f.import("q.csv",
                                 "Question,Date,SKU,Source\r\n"
                                 "Is it dishwasher safe?,2024-03-01,MUG-1,reviews\r\n"
                                 "\"Is it dishwasher-safe\",2024-03-05,MUG-1,help desk\r\n"
                                 "How many cups does it hold?,,MUG-1,\r\n"
                                 "Is it dishwasher safe?,2024-02-01,TEA-2,qa\r\n"
                                 "这个杯子能放洗碗机吗？,2024/3/7,茶-3,淘宝问大家\r\n"
                                 "这个杯子，能不能放洗碗机,2024年3月9日,茶-3,淘宝问大家\r\n"
                                 "是什么茶叶？,,茶-3,\r\n");
  CHECK(imported.rows == 7);
  CHECK(imported.imported == 5);
  CHECK(imported.merged == 2);
  CHECK(imported.refused.empty());
  CHECK(texts(f.list()) == std::vector<std::string>{"MUG-1: Is it dishwasher safe?",
                                                    "MUG-1: How many cups does it hold?",
                                                    "TEA-2: Is it dishwasher safe?",  // another product's
                                                    "茶-3: 这个杯子能放洗碗机吗？", "茶-3: 是什么茶叶？"});
  const auto mug = f.list("MUG-1");
  REQUIRE(mug.size() == 2);
  CHECK(mug[0].asked == 2);
  CHECK(mug[0].askedOn == "2024-03-05");  // the later of both
  CHECK(mug[0].source == "reviews");      // the first one's
  CHECK(mug[0].key == "is it dishwasher safe");
  CHECK(mug[1].asked == 1);
  CHECK(mug[1].askedOn == "");
  const auto tea = f.list("茶-3");
  CHECK(tea[0].asked == 2);
  CHECK(tea[0].askedOn == "2024-03-09");
  CHECK(describeQuestionImport(imported, "q.csv") == "imported 5 questions from q.csv; 2 merged as duplicates, 0 refused");

  // The same questions again, reworded a little: merged into the stored ones, nothing new.
  const auto again = f.import("again.csv", "sku,question\nMUG-1,IS IT DISHWASHER SAFE\n茶-3,是什么茶叶\nMUG-1,Does it have a lid?\n");
  CHECK(again.imported == 1);
  CHECK(again.merged == 2);
  CHECK(f.list("MUG-1")[0].asked == 3);
  CHECK(f.list("MUG-1").size() == 3);
}

TEST_CASE("questions import: bad rows are refused as FILE:LINE: cause, the others imported") {
  Fixture f;
  const auto imported = f.import("bad.csv",
                                 "sku,question,date\n"
                                 "MUG-1,Is the handle hot?,2024-03-01\n"
                                 "NOPE-9,Who are you?,\n"
                                 "MUG-1,   ,\n"
                                 "MUG-1,Is it heavy?,03/04/2024\n"
                                 ",Which SKU?,\n"
                                 "TEA-2,？？？,\n"
                                 "TEA-2,Where is it grown?,2024-13-40\n"
                                 "TEA-2,Is it organic?,\n");
  CHECK(imported.rows == 8);
  CHECK(imported.imported == 2);
  CHECK(imported.merged == 0);
  CHECK(described(imported.refused) ==
        std::vector<std::string>{"bad.csv:3: the catalog has no product with SKU NOPE-9",
                                 "bad.csv:4: the row of MUG-1 has no question",
                                 "bad.csv:5: \"03/04/2024\" is not a date (write dates as YYYY-MM-DD)",
                                 "bad.csv:6: the row has no SKU", "bad.csv:7: the row of TEA-2 has no question",
                                 "bad.csv:8: \"2024-13-40\" is not a date (write dates as YYYY-MM-DD)"});
  for (const Error& e : imported.refused) CHECK(e.code == ErrorCode::InvalidInput);
  CHECK(texts(f.list()) == std::vector<std::string>{"MUG-1: Is the handle hot?", "TEA-2: Is it organic?"});
}

TEST_CASE("questions import: a file without its columns or rows is refused whole") {
  Fixture f;
  const auto path = f.store.dir() / "nosku.csv";
  test::writeFile(path, "product,question\nMUG-1,Is it big?\n");
  auto missing = importQuestions(*f.db, path, TextEncoding::Utf8, "nosku.csv");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().describe() ==
        "nosku.csv:1: the header has no sku column (a questions file has sku and question, optionally source and date)");
  test::writeFile(path, "sku,question\n");
  auto empty = importQuestions(*f.db, path, TextEncoding::Utf8, "nosku.csv");
  REQUIRE_FALSE(empty);
  CHECK(empty.error().id == "questions.no-rows");
  CHECK(f.list().empty());
}

TEST_CASE("question store: a product holds a key once, get and forProduct read it back") {
  Fixture f;
  auto product = ProductStore(*f.db).findBySku("MUG-1");
  REQUIRE(product);
  Question q{.productId = (*product)->id, .text = "Is it big?", .key = questionKey("Is it big?"), .source = "qa"};
  auto id = QuestionStore(*f.db).add(q);
  REQUIRE(id);
  auto twice = QuestionStore(*f.db).add(q);
  REQUIRE_FALSE(twice);
  CHECK(twice.error().id == "question.exists");
  auto got = QuestionStore(*f.db).get(*id);
  REQUIRE(got);
  REQUIRE(*got);
  CHECK((*got)->sku == "MUG-1");
  CHECK((*got)->key == "is it big");
  CHECK((*got)->asked == 1);
  REQUIRE(QuestionStore(*f.db).countAgain(*id, ""));
  REQUIRE(QuestionStore(*f.db).countAgain(*id, "2024-01-02"));
  REQUIRE(QuestionStore(*f.db).countAgain(*id, "2023-12-31"));
  got = QuestionStore(*f.db).get(*id);
  CHECK((*got)->asked == 4);
  CHECK((*got)->askedOn == "2024-01-02");
  CHECK(QuestionStore(*f.db).forProduct((*product)->id)->size() == 1);
  CHECK_FALSE(*QuestionStore(*f.db).get(*id + 100));
}
