#pragma once

#include <string>
#include <vector>

#include "core/common/json.h"

namespace copydesk {

// The Mustache context stack: the root value at the bottom, section values pushed on top.
// Holds pointers; the values must outlive the stack (they do: they live in the caller's Json).
class ContextStack final {
 public:
  explicit ContextStack(const Json& root) { m_frames.push_back(&root); }

  void push(const Json& value) { m_frames.push_back(&value); }
  void pop() { m_frames.pop_back(); }
  const Json& top() const { return *m_frames.back(); }

  // Spec name resolution: "." is the top; otherwise the first part is looked up from the top of
  // the stack down, and each further part only inside the previous result. Null when missing.
  const Json* find(const std::vector<std::string>& path) const;

 private:
  std::vector<const Json*> m_frames;
};

// Spec falsiness: false, null and the empty list. Optionally the empty string too (prompt mode:
// an empty variable should hide its section). 0 is truthy, as in the spec's reference.
bool isTruthy(const Json& value, bool emptyStringIsFalsy);

}  // namespace copydesk
