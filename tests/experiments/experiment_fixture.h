#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <string>

#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/support/test_store.h"

namespace copydesk::test {

// A store with two products (TEA-1, CUP-2), two versions of one description template and drafts:
// TEA-1 has descriptions by version 1 (tea[0]) and version 2 (tea[1], tea[2]) and a title (teaTitle);
// CUP-2 has descriptions by version 1 (cup[0]) and version 2 (cup[1]).
struct ExperimentFixture {
  TestStore store{"x.db"};
  std::unique_ptr<Database> db;
  std::int64_t teaId = 0, cupId = 0;
  std::int64_t version1 = 0, version2 = 0, templateId = 0;
  std::int64_t tea[3] = {};
  std::int64_t teaTitle = 0;
  std::int64_t cup[2] = {};

  ExperimentFixture() {
    db = store.openOrFail();
    ProductStore products(*db);
    teaId = product(products, "TEA-1", "Longjing");
    cupId = product(products, "CUP-2", "保温杯");
    TemplateStore templates(*db);
    PromptTemplate prompt;
    prompt.name = "description-ab";
    prompt.userPart = "Describe {{title}}.";
    auto v1 = templates.save(prompt, "ann");
    REQUIRE(v1);
    prompt.userPart = "Describe {{title}} for a gift buyer.";
    auto v2 = templates.save(prompt, "ann");
    REQUIRE(v2);
    version1 = v1->id;
    version2 = v2->id;
    templateId = v1->templateId;
    tea[0] = draft(teaId, "description", version1, "Spring tea, pan-fired.");
    tea[1] = draft(teaId, "description", version2, "A gift of spring: Longjing.");
    tea[2] = draft(teaId, "description", version2, "Give the first tea of spring.");
    teaTitle = draft(teaId, "title", version1, "Longjing green tea");
    cup[0] = draft(cupId, "description", version1, "Keeps drinks hot for 12 hours.");
    cup[1] = draft(cupId, "description", version2, "送礼佳品：保温 12 小时。");
  }

  static std::int64_t product(ProductStore& products, const std::string& sku, const std::string& title) {
    Product p;
    p.sku = sku;
    p.title = title;
    auto saved = products.upsert(p);
    REQUIRE(saved);
    return saved->id;
  }

  std::int64_t draft(std::int64_t productId, const std::string& field, std::int64_t version, const std::string& text) {
    auto created = DraftStore(*db).create(
        {.productId = productId, .field = field, .templateVersionId = version, .model = "m", .text = text, .author = "ann"});
    REQUIRE(created);
    return created->id;
  }

  // A results file in the test's folder.
  std::filesystem::path file(const std::string& name, const std::string& content) const {
    const auto path = store.dir() / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
};

}  // namespace copydesk::test
