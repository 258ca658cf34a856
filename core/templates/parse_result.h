#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "core/templates/template_diagnostic.h"

namespace copydesk {

// Like Result<T>, but a failure is a TemplateDiagnostic so callers keep the line and column as
// numbers (an editor puts its marker there; the CLI prints FILE:LINE:COL).
template <class T>
class [[nodiscard]] ParseResult {
 public:
  ParseResult(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
  ParseResult(TemplateDiagnostic error) : m_state(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return m_state.index() == 0; }
  explicit operator bool() const { return ok(); }
  const T& value() const& { assert(ok()); return std::get<0>(m_state); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(m_state)); }
  const T* operator->() const { return &value(); }
  const T& operator*() const& { return value(); }
  const TemplateDiagnostic& error() const { assert(!ok()); return std::get<1>(m_state); }

 private:
  std::variant<T, TemplateDiagnostic> m_state;
};

}  // namespace copydesk
