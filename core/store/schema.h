#pragma once

#include <span>

namespace copydesk {

// One step of the schema's history. A released migration is never edited: a change is a new step.
struct Migration {
  int version;
  const char* sql;
};

std::span<const Migration> migrations();
int latestSchemaVersion();

}  // namespace copydesk
