#include "core/catalog/attribute_json.h"

#include "core/catalog/row_mapping.h"
#include "core/store/json_text.h"

namespace copydesk {

AttributeJson::AttributeJson(const std::vector<std::string>& names, const std::vector<bool>& attribute) {
  m_columnSlot.assign(names.size(), -1);
  for (size_t i = 0; i < names.size(); ++i) {
    if (i < attribute.size() && attribute[i]) m_columnSlot[i] = static_cast<long>(slotNamed(names[i]));
  }
}

size_t AttributeJson::slotNamed(const std::string& name) {
  auto [it, added] = m_slotOf.try_emplace(name, m_keys.size());
  if (added) {
    std::string key;
    appendJsonString(key, name);
    key += ':';
    m_keys.push_back(std::move(key));
    m_values.emplace_back();
  }
  return it->second;
}

std::string_view AttributeJson::write(const std::vector<std::string>& fields) {
  m_order.clear();
  for (size_t i = 0; i < fields.size(); ++i) {
    const std::string& value = fields[i];
    if (value.empty()) continue;
    size_t slot;
    if (i < m_columnSlot.size()) {
      if (m_columnSlot[i] < 0) continue;
      slot = static_cast<size_t>(m_columnSlot[i]);
    } else {
      if (trimmed(value).empty()) continue;  // a trailing delimiter is no attribute
      slot = slotNamed("column " + std::to_string(i + 1));
    }
    if (m_values[slot].empty()) m_order.push_back(slot);
    m_values[slot] = value;
  }
  m_text.assign(1, '{');
  for (size_t n = 0; n < m_order.size(); ++n) {
    const size_t slot = m_order[n];
    if (n > 0) m_text += ',';
    m_text += m_keys[slot];
    appendJsonString(m_text, m_values[slot]);
    m_values[slot] = {};
  }
  m_text += '}';
  return m_text;
}

}  // namespace copydesk
