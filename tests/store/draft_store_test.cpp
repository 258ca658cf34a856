#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/draft_search_index.h"
#include "core/store/draft_store.h"
#include "core/store/export_store.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

struct Fixture {
  test::TestStore store{"d.db"};
  std::unique_ptr<Database> db;
  std::int64_t productId = 0;
  Fixture() {
    db = store.openOrFail();
    Product p;
    p.sku = "tea-1";
    p.title = "Longjing";
    productId = ProductStore(*db).upsert(p)->id;
  }
};

}  // namespace

TEST_CASE("a draft keeps every version of its text, the first one included") {
  Fixture f;
  DraftStore drafts(*f.db);
  auto draft = drafts.create({.productId = f.productId, .field = "description", .model = "m", .text = "初稿",
                              .author = "ann"});
  REQUIRE(draft);
  CHECK(draft->sku == "tea-1");
  CHECK(draft->status == DraftStatus::Draft);
  auto edited = drafts.editText(draft->id, "修改稿", "bob");
  REQUIRE(edited);
  CHECK(edited->text == "修改稿");
  auto history = drafts.history(draft->id);
  REQUIRE(history);
  REQUIRE(history->size() == 2);
  CHECK((*history)[0].text == "初稿");
  CHECK((*history)[0].author == "ann");
  CHECK((*history)[1].text == "修改稿");
  CHECK((*history)[1].author == "bob");
}

TEST_CASE("editing approved text sends it back to draft") {
  Fixture f;
  DraftStore drafts(*f.db);
  auto draft = drafts.create({.productId = f.productId, .field = "title", .text = "Title"});
  REQUIRE(draft);
  REQUIRE(drafts.setStatus(draft->id, DraftStatus::Approved));
  auto edited = drafts.editText(draft->id, "Better title", "ann");
  REQUIRE(edited);
  CHECK(edited->status == DraftStatus::Draft);
  auto rejected = drafts.create({.productId = f.productId, .field = "title", .text = "Other"});
  REQUIRE(drafts.setStatus(rejected->id, DraftStatus::Rejected));
  CHECK(drafts.editText(rejected->id, "Fixed", "ann")->status == DraftStatus::Rejected);
}

TEST_CASE("a batch slot holds one draft only") {
  Fixture f;
  REQUIRE(f.db->exec("INSERT INTO batches (id, field) VALUES (7, 'description')"));
  DraftStore drafts(*f.db);
  NewDraft slot{.productId = f.productId, .field = "description", .batchId = 7, .variant = 1, .model = "m",
                .text = "one"};
  REQUIRE(drafts.create(slot));
  auto second = drafts.create(slot);
  REQUIRE_FALSE(second);
  CHECK(second.error().code == ErrorCode::InvalidInput);
  slot.variant = 2;
  CHECK(drafts.create(slot));
  CHECK(drafts.list({.batchId = 7})->size() == 2);
}

TEST_CASE("drafts are listed by status, SKU and full text, Chinese included") {
  Fixture f;
  DraftStore drafts(*f.db);
  auto a = drafts.create({.productId = f.productId, .field = "description", .text = "明前龙井，豆香浓郁"});
  auto b = drafts.create({.productId = f.productId, .field = "title", .text = "Spring green tea"});
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(drafts.setStatus(b->id, DraftStatus::Submitted));
  CHECK(drafts.list({.status = DraftStatus::Submitted})->front().id == b->id);
  CHECK(drafts.list({.sku = "tea-1"})->size() == 2);
  CHECK(drafts.list({.sku = "other"})->empty());
  REQUIRE(drafts.list({.search = "豆香浓"})->size() == 1);
  CHECK(drafts.list({.search = "豆香浓"})->front().id == a->id);
  CHECK(drafts.list({.search = "龙井"})->size() == 1);  // two characters: the LIKE fallback
  CHECK(drafts.list({.field = "title"})->front().id == b->id);
}

TEST_CASE("drafts are listed by the channel of their template and by writer") {
  Fixture f;
  PromptTemplate amazon;
  amazon.name = "bullets-amazon";
  amazon.channel = "amazon";
  auto amazonVersion = TemplateStore(*f.db).save(amazon, "ann");
  PromptTemplate shop;
  shop.name = "description-shopify";
  shop.channel = "shopify";
  auto shopVersion = TemplateStore(*f.db).save(shop, "ann");
  REQUIRE(amazonVersion);
  REQUIRE(shopVersion);
  DraftStore drafts(*f.db);
  auto a = drafts.create({.productId = f.productId, .field = "bullets", .templateVersionId = amazonVersion->id,
                          .text = "A", .author = "wendy"});
  auto b = drafts.create({.productId = f.productId, .field = "description", .templateVersionId = shopVersion->id,
                          .text = "B", .author = "walt"});
  auto c = drafts.create({.productId = f.productId, .field = "title", .text = "C", .author = "wendy"});
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  CHECK(a->channel == "amazon");
  CHECK(c->channel.empty());
  auto amazonDrafts = drafts.list({.channel = "amazon"});
  REQUIRE(amazonDrafts->size() == 1);
  CHECK(amazonDrafts->front().id == a->id);
  CHECK(drafts.list({.channel = "taobao"})->empty());
  auto byWendy = drafts.list({.author = "wendy"});
  REQUIRE(byWendy->size() == 2);
  CHECK((*byWendy)[0].id == a->id);
  CHECK((*byWendy)[1].id == c->id);
  auto both = drafts.list({.templateName = "description-shopify", .channel = "shopify", .author = "walt"});
  REQUIRE(both->size() == 1);
  CHECK(both->front().id == b->id);
  CHECK(drafts.list({.channel = "shopify", .author = "wendy"})->empty());
}

TEST_CASE("one draft per field is the working copy") {
  Fixture f;
  DraftStore drafts(*f.db);
  auto a = drafts.create({.productId = f.productId, .field = "title", .variant = 0, .text = "A"});
  auto b = drafts.create({.productId = f.productId, .field = "title", .variant = 1, .text = "B"});
  auto c = drafts.create({.productId = f.productId, .field = "description", .text = "C"});
  REQUIRE(drafts.setWorking(a->id));
  REQUIRE(drafts.setWorking(c->id));
  REQUIRE(drafts.setWorking(b->id));
  CHECK_FALSE(drafts.get(a->id)->value().isWorking);
  CHECK(drafts.get(b->id)->value().isWorking);
  CHECK(drafts.get(c->id)->value().isWorking);
  CHECK_FALSE(drafts.setWorking(999));
}

TEST_CASE("store writes compose inside one outer transaction") {
  Fixture f;
  DraftStore drafts(*f.db);
  {
    Transaction outer(*f.db);
    REQUIRE(outer.begun());
    REQUIRE(drafts.create({.productId = f.productId, .field = "title", .text = "inside"}));
    // not committed: everything inside rolls back
  }
  CHECK(drafts.list()->empty());
  {
    Transaction outer(*f.db);
    REQUIRE(drafts.create({.productId = f.productId, .field = "title", .text = "kept"}));
    REQUIRE(outer.commit());
  }
  CHECK(drafts.list()->size() == 1);
}

TEST_CASE("exported is derived from the export's items, and counts only for the approval it exported") {
  Fixture f;
  DraftStore drafts(*f.db);
  auto draft = drafts.create({.productId = f.productId, .field = "title", .text = "Title"});
  REQUIRE(draft);
  REQUIRE(drafts.setStatus(draft->id, DraftStatus::Approved));
  auto statusNow = [&] { return drafts.get(draft->id).value()->status; };
  auto listed = [&](DraftStatus status) { return drafts.list({.status = status}).value().size(); };
  CHECK(statusNow() == DraftStatus::Approved);

  ExportRecord record{.layout = "generic", .path = "/tmp/x.csv", .mode = "upload", .rows = 1, .fields = 1,
                      .author = "ann"};
  REQUIRE(ExportStore(*f.db).record(record, {draft->id}));
  CHECK(statusNow() == DraftStatus::Exported);
  CHECK(listed(DraftStatus::Exported) == 1);
  CHECK(listed(DraftStatus::Approved) == 0);

  // Edited and approved again: the earlier export held the earlier text, so this is not exported yet.
  REQUIRE(drafts.editText(draft->id, "Better title", "ann"));
  CHECK(statusNow() == DraftStatus::Draft);
  REQUIRE(drafts.setStatus(draft->id, DraftStatus::Submitted));
  REQUIRE(drafts.setStatus(draft->id, DraftStatus::Approved));
  CHECK(statusNow() == DraftStatus::Approved);
  CHECK(listed(DraftStatus::Approved) == 1);
  CHECK(listed(DraftStatus::Exported) == 0);

  REQUIRE(ExportStore(*f.db).record(record, {draft->id}));
  CHECK(statusNow() == DraftStatus::Exported);
  // An exported draft sent back (a superseding approval, an override) is not exported any more.
  REQUIRE(drafts.setStatus(draft->id, DraftStatus::Draft));
  CHECK(statusNow() == DraftStatus::Draft);
  CHECK(listed(DraftStatus::Exported) == 0);
}

TEST_CASE("drafts a batch writes are searchable before, during and after their bulk indexing") {
  Fixture f;
  REQUIRE(f.db->exec("INSERT INTO batches (id, field) VALUES (7, 'description')"));
  DraftStore drafts(*f.db);
  DraftSearchIndex index(*f.db);
  auto search = [&](const std::string& text) {
    auto found = drafts.list({.search = text});
    REQUIRE(found);
    std::vector<std::int64_t> ids;
    for (const Draft& d : *found) ids.push_back(d.id);
    return ids;
  };
  // SQLite indexes a batch's drafts in bulk later (drafts_fts, the pending table); PostgreSQL's
  // trigram index is the table's own and has nothing pending: the searches must agree on both.
  const bool bulkIndexed = !f.db->isPostgres();
  auto integrityOk = [&] {
    return !bulkIndexed || bool(f.db->exec("INSERT INTO drafts_fts(drafts_fts) VALUES ('integrity-check')"));
  };
  auto pending = [&](std::int64_t onSqlite) { return index.pending().value() == (bulkIndexed ? onSqlite : 0); };
  const auto manual = drafts.create({.productId = f.productId, .field = "title", .text = "手写的龙井标题"})->id;
  NewDraft slot{.productId = f.productId, .field = "description", .batchId = 7, .model = "m"};
  slot.text = "明前龙井 100% spring_leaf";
  const auto a = drafts.create(slot)->id;
  slot.variant = 1;
  slot.text = "Silver needle, white tea";
  const auto b = drafts.create(slot)->id;
  slot.variant = 2;
  slot.text = "Pu-erh cake";
  const auto c = drafts.create(slot)->id;
  CHECK(pending(3));  // the hand-written draft was indexed at once
  CHECK(search("龙井").size() == 2);  // two characters: LIKE over every draft
  CHECK(search("明前龙井") == std::vector<std::int64_t>{a});
  CHECK(search("SILVER NEEDLE") == std::vector<std::int64_t>{b});
  CHECK(search("0% s") == std::vector<std::int64_t>{a});
  CHECK(search("g_l") == std::vector<std::int64_t>{a});
  CHECK(search("0%_s").empty());  // '%' and '_' are literal, not wildcards
  CHECK(search("手写的龙井") == std::vector<std::int64_t>{manual});
  // Editing or deleting a pending draft is safe for the index.
  REQUIRE(drafts.editText(b, "Silver needle, first flush", "ann"));
  CHECK(search("white tea").empty());
  CHECK(search("first flush") == std::vector<std::int64_t>{b});
  REQUIRE(f.db->exec("DELETE FROM drafts WHERE id = " + std::to_string(c)));
  CHECK(pending(2));
  CHECK(integrityOk());
  CHECK(index.indexPending(1).value() == (bulkIndexed ? 1 : 0));
  CHECK(search("first flush") == std::vector<std::int64_t>{b});
  CHECK(search("明前龙井") == std::vector<std::int64_t>{a});
  REQUIRE(index.indexAll());
  CHECK(pending(0));
  CHECK(search("明前龙井") == std::vector<std::int64_t>{a});
  CHECK(search("first flush") == std::vector<std::int64_t>{b});
  CHECK(search("Pu-erh").empty());
  CHECK(integrityOk());
  // Indexed now, an edit goes through the schema's trigger as before.
  REQUIRE(drafts.editText(a, "安吉白茶 new text", "ann"));
  CHECK(search("明前龙井").empty());
  CHECK(search("安吉白茶") == std::vector<std::int64_t>{a});
  CHECK(integrityOk());
}

TEST_CASE("the ids of a query are list()'s, in its order, and withoutText reads those drafts without their text") {
  Fixture f;
  PromptTemplate amazon;
  amazon.name = "bullets-amazon";
  amazon.channel = "amazon";
  auto amazonVersion = TemplateStore(*f.db).save(amazon, "ann");
  REQUIRE(amazonVersion);
  DraftStore drafts(*f.db);
  std::vector<std::int64_t> made;
  for (int i = 0; i < 6; ++i) {
    NewDraft draft{.productId = f.productId, .field = "field" + std::to_string(i),
                   .text = "Text " + std::to_string(i), .author = i % 2 ? "walt" : "wendy"};
    if (i % 3 == 0) draft.templateVersionId = amazonVersion->id;
    made.push_back(drafts.create(draft).value().id);
  }
  REQUIRE(drafts.setStatus(made[4], DraftStatus::Submitted));

  for (const DraftQuery& query : {DraftQuery{}, DraftQuery{.author = "wendy"}, DraftQuery{.channel = "amazon"},
                                  DraftQuery{.status = DraftStatus::Submitted}, DraftQuery{.search = "Text 3"},
                                  DraftQuery{.limit = 2}}) {
    auto all = drafts.list(query);
    REQUIRE(all);
    std::vector<std::int64_t> listed;
    for (const Draft& d : *all) listed.push_back(d.id);
    CHECK(drafts.ids(query).value() == listed);
  }
  CHECK(drafts.ids({.author = "wendy"}).value() == std::vector<std::int64_t>{made[0], made[2], made[4]});

  // Asked in any order, answered in id order; an id not stored is left out.
  auto read = drafts.withoutText({made[3], made[0], 999999});
  REQUIRE(read);
  REQUIRE(read->size() == 2);
  CHECK((*read)[0].id == made[0]);
  CHECK((*read)[0].text.empty());
  CHECK((*read)[0].templateName == "bullets-amazon");
  CHECK((*read)[0].channel == "amazon");
  CHECK((*read)[0].sku == "tea-1");
  CHECK((*read)[1].id == made[3]);
  CHECK((*read)[1].field == "field3");
  CHECK((*read)[1].author == "walt");
  CHECK(drafts.withoutText({}).value().empty());
}
