#pragma once
// The command line's own documentation: `alexnet-lab SUBCOMMAND --help` (every option with its
// default and one line of meaning), `--version`, and the nearest known word for a typo.
#include <optional>
#include <string>
#include <vector>

namespace alexnet::cli {

inline constexpr const char* kVersion = "0.3.0";

// The help text of a subcommand ("train", …); nullopt for an unknown one.
std::optional<std::string> commandHelp(const std::string& command);
// The subcommands, in the order the top-level help lists them.
std::vector<std::string> commandNames();
// The candidate closest to `word` by edit distance, when close enough to be a typo (≤ 2 edits, or
// ≤ a third of its length); nullopt otherwise.
std::optional<std::string> nearestWord(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace alexnet::cli
