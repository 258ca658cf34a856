#pragma once

#include <optional>
#include <string>

namespace copydesk {

// Who holds rows of the unsaved-copy journal: one running studio, named so that a later studio
// can tell whether that process is still alive (its rows are its own business) or gone (a crash or
// kill -9: its rows are offered back). "host boot-id pid start-ticks instance" — the boot id and the
// process's start time guard against a pid reused after a reboot or by another program.
struct JournalOwner {
  std::string host;
  std::string boot;
  long pid = 0;
  unsigned long long started = 0;  // the process's start time in clock ticks since boot (Linux /proc)
  int instance = 0;                // several journals in one process (tests) stay apart

  // This process; each call gives a new instance number.
  static JournalOwner current();
  static std::optional<JournalOwner> parse(const std::string& id);
  std::string id() const;

  // False only when this machine can tell the process is gone; an owner on another host, or one
  // this system cannot look up, counts as alive (its text is not ours to offer).
  bool alive() const;
};

}  // namespace copydesk
