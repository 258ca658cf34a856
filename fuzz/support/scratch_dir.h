#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace copydesk::fuzz {

// A folder of this process's own under the temp dir ($TMPDIR), made on first use and removed at
// exit: the parsers that read files (catalogs, rule files) get the input written there.
const std::filesystem::path& scratchDir();

// Writes `bytes` to scratchDir()/name (replacing it) and returns the path.
std::filesystem::path writeScratch(const std::string& name, std::string_view bytes);

// An empty folder scratchDir()/name (emptied if it was there).
std::filesystem::path freshScratchFolder(const std::string& name);

}  // namespace copydesk::fuzz
