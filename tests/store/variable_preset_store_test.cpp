#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/variable_preset_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

TEST_CASE("variable presets are saved by name, replaced, listed in order, loaded and removed") {
  test::TestStore testStore("presets.db");
  auto db = testStore.open();
  REQUIRE(db);
  VariablePresetStore store(**db);

  const Json warm = {{"brand_voice", "温暖、克制"}, {"audience", "tea lovers"}, {"tone", "warm"}};
  REQUIRE(store.save("茶叶 · warm", warm));
  REQUIRE(store.save("b2b", {{"audience", "buyers"}}));
  REQUIRE(store.save("b2b", {{"audience", "wholesale buyers"}, {"length", "short"}}));  // replaces, no second row

  auto names = store.names();
  REQUIRE(names);
  CHECK(*names == std::vector<std::string>{"b2b", "茶叶 · warm"});

  auto loaded = store.load("茶叶 · warm");
  REQUIRE(loaded);
  REQUIRE(loaded->has_value());
  CHECK(**loaded == warm);
  auto replaced = store.load("b2b");
  REQUIRE(replaced);
  CHECK((**replaced)["audience"] == "wholesale buyers");
  CHECK((**replaced)["length"] == "short");

  auto missing = store.load("nope");
  REQUIRE(missing);
  CHECK_FALSE(missing->has_value());

  auto removed = store.remove("b2b");
  REQUIRE(removed);
  CHECK(*removed);
  auto again = store.remove("b2b");
  REQUIRE(again);
  CHECK_FALSE(*again);
  CHECK(store.names()->size() == 1);
}

TEST_CASE("a preset without a name or with variables that are not an object is refused with the reason") {
  test::TestStore testStore("presets.db");
  auto db = testStore.open();
  REQUIRE(db);
  VariablePresetStore store(**db);
  auto unnamed = store.save("", Json::object());
  REQUIRE_FALSE(unnamed);
  CHECK(unnamed.error().message.find("name") != std::string::npos);
  auto list = store.save("tone", Json::array({"warm"}));
  REQUIRE_FALSE(list);
  CHECK(list.error().describe().find("tone") != std::string::npos);
  CHECK(store.names()->empty());
}
