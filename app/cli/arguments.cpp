#include "cli/arguments.h"

#include <charconv>
#include <vector>

#include "cli/command_help.h"

namespace alexnet::cli {

namespace {
// " (did you mean '--limit'?)" for a typo of a known option, else "".
std::string suggestion(const std::string& arg, const ArgumentSpec& spec) {
  if (arg.rfind("--", 0) != 0) return {};
  std::vector<std::string> known(spec.valueOptions.begin(), spec.valueOptions.end());
  known.insert(known.end(), spec.flags.begin(), spec.flags.end());
  const std::optional<std::string> near = nearestWord(arg, known);
  return near ? " (did you mean '" + *near + "'?)" : std::string();
}
}  // namespace

Arguments::Arguments(const std::vector<std::string>& args, const ArgumentSpec& spec) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (spec.flags.count(arg)) {
      m_flags.insert(arg);
    } else if (spec.valueOptions.count(arg)) {
      if (i + 1 >= args.size()) throw UsageError("option " + arg + " needs a value");
      m_values[arg] = args[++i];
    } else if (arg.rfind("--", 0) == 0 && arg.find('=') != std::string::npos) {
      const std::string name = arg.substr(0, arg.find('='));
      if (!spec.valueOptions.count(name)) throw UsageError("unknown option " + name + suggestion(name, spec));
      m_values[name] = arg.substr(arg.find('=') + 1);
    } else {
      throw UsageError("unknown argument '" + arg + "'" + suggestion(arg, spec));
    }
  }
}

bool Arguments::has(const std::string& name) const { return m_flags.count(name) > 0 || m_values.count(name) > 0; }

std::optional<std::string> Arguments::value(const std::string& name) const {
  auto it = m_values.find(name);
  if (it == m_values.end()) return std::nullopt;
  return it->second;
}

std::string Arguments::required(const std::string& name) const {
  auto v = value(name);
  if (!v) throw UsageError("missing required option " + name);
  return *v;
}

std::int64_t Arguments::integer(const std::string& name, std::int64_t fallback) const {
  auto v = value(name);
  if (!v) return fallback;
  std::int64_t out = 0;
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (ec != std::errc() || ptr != v->data() + v->size())
    throw UsageError("option " + name + " expects an integer, got '" + *v + "'");
  return out;
}

double Arguments::real(const std::string& name, double fallback) const {
  auto v = value(name);
  if (!v) return fallback;
  try {
    std::size_t used = 0;
    double out = std::stod(*v, &used);
    if (used != v->size()) throw std::invalid_argument("trailing");
    return out;
  } catch (const std::exception&) {
    throw UsageError("option " + name + " expects a number, got '" + *v + "'");
  }
}

}  // namespace alexnet::cli
