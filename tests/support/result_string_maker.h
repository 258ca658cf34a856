#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "core/common/result.h"

// REQUIRE(result) and CHECK(status) print the error a failed Result carries instead of "{?}":
// a store test failing on one backend says what the backend answered.
namespace Catch {
template <class T>
struct StringMaker<copydesk::Result<T>> {
  static std::string convert(const copydesk::Result<T>& result) {
    return result.ok() ? std::string("ok") : "error: " + result.error().describe();
  }
};
}  // namespace Catch
