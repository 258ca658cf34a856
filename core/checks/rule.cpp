#include "core/checks/rule.h"

#include <algorithm>

namespace copydesk {
namespace {

// "amazon" names every amazon channel (amazon-title, amazon-bullet…); "amazon-title" only itself.
bool channelMatches(std::string_view entry, std::string_view channel) {
  if (entry == channel) return true;
  return channel.size() > entry.size() && channel.substr(0, entry.size()) == entry && channel[entry.size()] == '-';
}

}  // namespace

bool Rule::appliesTo(const CheckInput& input, const CheckText& text) const {
  // A filter that is set holds the rule to what it names: a title rule does not run on a text
  // whose field is unknown, a channel rule not on a text checked without a channel.
  if (!m_meta.fields.empty() &&
      std::find(m_meta.fields.begin(), m_meta.fields.end(), input.field) == m_meta.fields.end())
    return false;
  if (!m_meta.channels.empty() &&
      std::none_of(m_meta.channels.begin(), m_meta.channels.end(),
                   [&](const std::string& entry) { return channelMatches(entry, input.channel); }))
    return false;
  if (!m_meta.languages.empty() &&
      std::find(m_meta.languages.begin(), m_meta.languages.end(), text.language()) == m_meta.languages.end())
    return false;
  return true;
}

Finding Rule::finding(std::size_t startByte, std::size_t lengthBytes, std::string message,
                      std::vector<std::string> args) const {
  return finding(startByte, lengthBytes, m_meta.severity, std::move(message), std::move(args));
}

Finding Rule::finding(std::size_t startByte, std::size_t lengthBytes, Severity severity, std::string message,
                      std::vector<std::string> args) const {
  Finding f;
  f.rule = m_meta.fullId();
  f.ruleSet = m_meta.setId;
  f.severity = severity;
  f.start = startByte;
  f.length = lengthBytes;
  f.message = std::move(message);
  f.args = std::move(args);
  f.explanationEn = m_meta.explanationEn;
  f.explanationZh = m_meta.explanationZh;
  f.source = m_meta.source;
  return f;
}

}  // namespace copydesk
