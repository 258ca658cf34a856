#include "core/checks/facts/fact_sheet_cache.h"

#include <array>
#include <cstdint>
#include <mutex>

#include <xxhash.h>

namespace copydesk {
namespace {

class Hasher {
 public:
  Hasher() : m_state(XXH64_createState()) { XXH64_reset(m_state, 0x66616374); }
  ~Hasher() { XXH64_freeState(m_state); }
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;

  void add(std::string_view text) {
    const std::uint64_t size = text.size();  // the length first: "ab"+"c" differs from "a"+"bc"
    XXH64_update(m_state, &size, sizeof size);
    XXH64_update(m_state, text.data(), text.size());
  }
  std::uint64_t digest() const { return XXH64_digest(m_state); }

 private:
  XXH64_state_t* m_state;
};

std::uint64_t contentHash(const Product& product) {
  Hasher h;
  h.add(std::to_string(product.id));
  h.add(product.updatedAt);
  h.add(product.title);
  h.add(product.description);
  h.add(product.category);
  for (const auto& tag : product.tags) h.add(tag);
  h.add(product.attributes.dump());
  for (const auto& variant : product.variants) {
    h.add(variant.title);
    h.add(variant.options.dump());
    h.add(variant.attributes.dump());
  }
  return h.digest();
}

// A few recent sheets: the editor checks one product's drafts over and over, a batch walks on.
class SheetCache {
 public:
  std::shared_ptr<const ProductFactSheet> get(const Product& product) {
    const std::uint64_t key = contentHash(product);
    {
      std::lock_guard lock(m_mutex);
      for (auto& entry : m_entries)
        if (entry.sheet && entry.key == key) {
          entry.used = ++m_clock;
          return entry.sheet;
        }
    }
    auto sheet = std::make_shared<const ProductFactSheet>(buildFactSheet(product));
    std::lock_guard lock(m_mutex);
    Entry* oldest = &m_entries[0];
    for (auto& entry : m_entries)
      if (entry.used < oldest->used) oldest = &entry;
    *oldest = Entry{key, ++m_clock, sheet};
    return sheet;
  }

 private:
  struct Entry {
    std::uint64_t key = 0;
    std::uint64_t used = 0;
    std::shared_ptr<const ProductFactSheet> sheet;
  };
  std::mutex m_mutex;
  std::array<Entry, 16> m_entries;
  std::uint64_t m_clock = 0;
};

}  // namespace

std::shared_ptr<const ProductFactSheet> factSheetFor(const Product& product) {
  static SheetCache cache;
  return cache.get(product);
}

}  // namespace copydesk
