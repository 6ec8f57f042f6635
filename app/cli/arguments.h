#pragma once
// Arguments — a tiny "--name value" / "--flag" parser shared by every CLI subcommand.
// Unknown options and missing values are usage errors (exit status 2).
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace alexnet::cli {

// A usage error: main prints "alexnet-lab: <message>" and exits with status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ArgumentSpec {
  std::set<std::string> valueOptions;  // take a value: "--model"
  std::set<std::string> flags;         // no value: "--json"
};

class Arguments {
 public:
  // args excludes the program name and the subcommand.
  Arguments(const std::vector<std::string>& args, const ArgumentSpec& spec);

  bool has(const std::string& name) const;
  std::optional<std::string> value(const std::string& name) const;
  std::string required(const std::string& name) const;
  std::int64_t integer(const std::string& name, std::int64_t fallback) const;  // throws UsageError
  double real(const std::string& name, double fallback) const;

 private:
  std::map<std::string, std::string> m_values;
  std::set<std::string> m_flags;
};

}  // namespace alexnet::cli
