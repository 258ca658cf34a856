#pragma once

#include <QByteArray>

#include <string>

namespace copydesk::test {

// Sets an environment variable for a scope and puts back what was there.
class ScopedEnv final {
 public:
  ScopedEnv(const char* name, const std::string& value)
      : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name)) {
    qputenv(name, QByteArray::fromStdString(value));
  }
  ~ScopedEnv() {
    if (m_had) qputenv(m_name, m_old);
    else qunsetenv(m_name);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* m_name;
  bool m_had;
  QByteArray m_old;
};

}  // namespace copydesk::test
