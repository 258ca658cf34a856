#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace copydesk {

// The attributes object of one CSV row as JSON text, written straight from the row's fields (an import
// builds one per row: no Json tree, no per-row allocation once the buffers have grown). The result is
// byte for byte what filling a Json object (`attributes[name] = value` for each non-empty attribute
// field, left to right) and dumping it gives: a name that occurs twice keeps the place of its first
// non-empty field and the value of its last.
class AttributeJson final {
 public:
  // names[i]: the attribute name of column i; attribute[i]: whether column i is an attribute at all.
  // Fields past the named columns are attributes named "column N" (1-based) when not blank.
  AttributeJson(const std::vector<std::string>& names, const std::vector<bool>& attribute);

  // The JSON text for a row; valid until the next call.
  std::string_view write(const std::vector<std::string>& fields);

 private:
  size_t slotNamed(const std::string& name);

  std::vector<std::string> m_keys;                    // per slot: "name": as JSON text
  std::unordered_map<std::string, size_t> m_slotOf;   // attribute name -> slot
  std::vector<long> m_columnSlot;                     // per named column: its slot, or -1
  std::vector<std::string_view> m_values;             // per slot: this row's value ("" = none yet)
  std::vector<size_t> m_order;                        // slots in the order this row first filled them
  std::string m_text;
};

}  // namespace copydesk
