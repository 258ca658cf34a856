#pragma once

#include <cstddef>
#include <functional>

namespace copydesk {

// How many threads the sameness scan uses: every core (at least one).
unsigned scanThreads();

// Runs work(begin, end) over [0, count) in chunks of `chunk`, on `threads` threads of which the
// calling thread is one. After each chunk the calling thread finishes it calls report(done), done
// being what all threads have finished so far; report returning false stops the work (chunks
// running finish, no new one starts) and runChunked returns false. Never reports on another thread,
// so a UI's progress callback need not be thread-safe.
bool runChunked(std::size_t count, std::size_t chunk, unsigned threads,
                const std::function<void(std::size_t begin, std::size_t end)>& work,
                const std::function<bool(std::size_t done)>& report);

}  // namespace copydesk
