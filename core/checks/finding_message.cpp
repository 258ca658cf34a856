#include "core/checks/finding_message.h"

#include <algorithm>

namespace copydesk {

const std::vector<FindingMessage>& findingMessages() {
  // Every id of docs/checks.md. The studio's tr() strings carry the same placeholders.
  static const std::vector<FindingMessage> messages = {
      {"limit.over", "Too long for the channel: %1 %3 where the limit is %2 (%4 over)"},
      {"limit.items", "Too many bullets: %1 where the channel takes %2"},
      {"term.banned", "\"%1\" is an absolute claim the Advertising Law bans"},
      {"term.maybe", "\"%1\" may be read as an absolute claim: check the context"},
      {"term.medical", "\"%1\" is a medical claim an ordinary product may not make"},
      {"term.promotional", "\"%1\" is promotional wording the marketplace does not allow"},
      {"chars.forbidden", "The character \"%1\" is not allowed here"},
      {"chars.emoji", "Emoji \"%1\" in the copy"},
      {"chars.symbol", "The symbol \"%1\" is not allowed in the copy"},
      {"word.repeated", "\"%1\" is used %2 times"},
      {"word.all-caps", "\"%1\" is written in capitals"},
      {"claim.health", "\"%1\" is a health claim the product's facts do not support"},
      {"claim.green", "\"%1\" is an environmental claim the product's facts do not support"},
      {"glossary.banned", "\"%1\" is banned by the glossary"},
      {"glossary.required", "The glossary requires \"%1\""},
      {"glossary.preferred", "Write \"%2\" instead of \"%1\""},
      {"glossary.keep-missing", "\"%1\" must stay as the source writes it (do not translate)"},
      {"html.removed", "The export removes %1"},
      {"facts.number-mismatch", "The copy says %1 where the product's data says %2"},
      {"facts.number-unstated", "%1 is not in the product's data"},
      {"facts.material-mismatch", "The copy says %1 where the product's data says %2"},
      {"facts.colour-mismatch", "The copy says %1 where the product's data says %2"},
      {"keyword.missing", "The keyword \"%1\" is not used"},
      {"keyword.density", "The keyword \"%1\" makes up %2% of the text"},
      {"sentence.long", "Long sentence: %1 %3 (limit %2)"},
      {"phrase.repeated", "\"%1\" is repeated %2 times"},
      {"grounding.unsupported", "Not supported by the product's facts: \"%1\" (%2)"},
  };
  return messages;
}

namespace {

// Qt's QString::arg convention: %1…%99, each replaced by its argument; a missing one stays.
std::string fill(std::string_view pattern, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      std::size_t j = i + 1, n = 0;
      while (j < pattern.size() && j < i + 3 && pattern[j] >= '0' && pattern[j] <= '9') n = n * 10 + (pattern[j++] - '0');
      if (n >= 1 && n <= args.size()) {
        out += args[n - 1];
        i = j - 1;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace

std::string findingMessageEn(const Finding& finding) {
  const auto& messages = findingMessages();
  auto it = std::find_if(messages.begin(), messages.end(),
                         [&](const FindingMessage& m) { return m.id == finding.message; });
  if (it != messages.end()) return fill(it->english, finding.args);
  std::string out = finding.message;
  for (std::size_t i = 0; i < finding.args.size(); ++i) out += (i == 0 ? ": " : ", ") + finding.args[i];
  return out;
}

}  // namespace copydesk
