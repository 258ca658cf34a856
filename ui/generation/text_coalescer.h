#pragma once

#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace copydesk::ui {

// Gathers streamed text pieces from the network thread so the GUI thread takes them in a few
// large pieces: append() from any thread, take() on the GUI thread every ~40 ms. Per key (a
// stream), the pieces come out in order and nothing is lost or doubled.
class TextCoalescer final {
 public:
  struct Piece {
    std::string key;
    bool restart = false;  // drop what was shown of this stream before appending text
    std::string text;
  };

  void append(const std::string& key, std::string_view piece);
  // A retry starts the stream over: the pending text is stale, and so is what was shown.
  void restart(const std::string& key);
  // Everything pending, per key, in key order; leaves nothing behind.
  std::vector<Piece> takeAll();
  // What is pending for one key (before its stream's end is shown).
  Piece take(const std::string& key);
  bool empty() const;

 private:
  struct Pending {
    bool restart = false;
    std::string text;
  };
  mutable std::mutex m_mutex;
  std::map<std::string, Pending> m_pending;
};

}  // namespace copydesk::ui
