#include "tests/ui/review_fixture.h"

#include <catch2/catch.hpp>

#include <cstdio>

#include "core/review/review_service.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/ui/ui_test_support.h"

namespace copydesk::test {

ReviewFixture::ReviewFixture(int products) : path(dir / "review.db") {
  auto opened = Database::open(path);
  REQUIRE(opened);
  db = std::move(*opened);
  fillProducts(*db, products);
  PromptTemplate amazon;
  amazon.name = "bullets-amazon";
  amazon.field = "bullets";
  amazon.channel = "amazon";
  PromptTemplate shopify;
  shopify.name = "description-shopify";
  shopify.channel = "shopify";
  amazonVersion = TemplateStore(*db).save(amazon, "ann").value().id;
  shopifyVersion = TemplateStore(*db).save(shopify, "ann").value().id;
  REQUIRE(db->exec("INSERT INTO settings(key, value) VALUES('reviewer_name', 'Rita')"));
}

std::string ReviewFixture::sku(int index) const {
  char text[32];
  std::snprintf(text, sizeof text, "SKU-%05d", index);
  return text;
}

std::int64_t ReviewFixture::draft(int index, const std::string& field, const std::string& writer, bool submit,
                                  std::int64_t templateVersion) {
  auto product = ProductStore(*db).findBySku(sku(index));
  REQUIRE(product);
  REQUIRE(product->has_value());
  NewDraft draft{.productId = (*product)->id, .field = field, .text = "New copy for " + sku(index), .author = writer};
  if (templateVersion) draft.templateVersionId = templateVersion;
  auto created = DraftStore(*db).create(draft);
  REQUIRE(created);
  if (submit) REQUIRE(ReviewService(*db).submit(created->id, writer));
  return created->id;
}

DraftStatus ReviewFixture::status(std::int64_t draftId) {
  auto draft = DraftStore(*db).get(draftId);
  REQUIRE(draft);
  REQUIRE(draft->has_value());
  return (*draft)->status;
}

}  // namespace copydesk::test
