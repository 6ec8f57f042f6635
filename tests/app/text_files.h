#pragma once
// Small file helpers shared by the CLI tests: a whole file as text, and text split into lines.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace alexnet::test {

inline std::string readText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace alexnet::test
