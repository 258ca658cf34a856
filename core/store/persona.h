#pragma once

#include <cstdint>
#include <string>

namespace copydesk {

// Whom a piece of copy is written for (issue 13): the same product told to budget students, gift
// buyers or parents. Templates see it as {{persona.name}}, {{persona.tone}} …; a draft written for
// one names it.
struct Persona {
  std::int64_t id = 0;
  std::string name;         // unique; how the CLI, the JSON and the export columns name it
  std::string description;
  std::string audience;
  std::string interests;
  std::string tone;
  std::string language;
  std::string channel;
  std::string createdAt;
  std::string updatedAt;
};

// The persona's part of an export column name or metafield key: ASCII letters lowered, digits kept,
// every run of other ASCII characters one '_' (none at either end), other characters (学生党) kept.
// "Gift buyers" -> "gift_buyers".
std::string personaKey(const std::string& name);

}  // namespace copydesk
