#include "core/templates/context_stack.h"

namespace copydesk {
namespace {

const Json* member(const Json& value, const std::string& key) {
  if (!value.is_object()) return nullptr;
  const auto found = value.find(key);
  return found == value.end() ? nullptr : &*found;
}

}  // namespace

const Json* ContextStack::find(const std::vector<std::string>& path) const {
  if (path.empty()) return m_frames.back();
  const Json* value = nullptr;
  for (auto frame = m_frames.rbegin(); frame != m_frames.rend() && !value; ++frame) value = member(**frame, path[0]);
  for (std::size_t i = 1; i < path.size() && value; ++i) value = member(*value, path[i]);
  return value;
}

bool isTruthy(const Json& value, bool emptyStringIsFalsy) {
  switch (value.type()) {
    case Json::value_t::null: return false;
    case Json::value_t::boolean: return value.get<bool>();
    case Json::value_t::array: return !value.empty();
    case Json::value_t::string: return !emptyStringIsFalsy || !value.get_ref<const std::string&>().empty();
    default: return true;
  }
}

}  // namespace copydesk
