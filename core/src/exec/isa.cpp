#include "alexnet/core/exec/isa.h"

#include <cstdlib>

namespace alexnet {

std::string_view isaName(Isa isa) {
  switch (isa) {
    case Isa::Avx512:
      return "avx512";
    case Isa::Avx2:
      return "avx2";
    case Isa::Generic:
      break;
  }
  return "generic";
}

std::optional<Isa> parseIsa(std::string_view name) {
  for (Isa isa : {Isa::Generic, Isa::Avx2, Isa::Avx512})
    if (name == isaName(isa)) return isa;
  return std::nullopt;
}

Isa detectedIsa() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq") &&
      __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("fma"))
    return Isa::Avx512;
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return Isa::Avx2;
#endif
  return Isa::Generic;
}

IsaChoice chooseIsa(const char* request, Isa detected) {
  if (!request || !*request) return {detected, {}};
  const std::optional<Isa> wanted = parseIsa(request);
  if (!wanted)
    return {detected, "ALEXNET_ISA=" + std::string(request) + " is not a kernel path (use avx512, avx2 or generic)"};
  if (static_cast<int>(*wanted) > static_cast<int>(detected))
    return {detected, "ALEXNET_ISA=" + std::string(request) + " asks for more than this CPU has (its best path is " +
                          std::string(isaName(detected)) + ")"};
  return {*wanted, {}};
}

namespace {
const IsaChoice& choice() {
  static const IsaChoice made = chooseIsa(std::getenv("ALEXNET_ISA"), detectedIsa());
  return made;
}
}  // namespace

Isa activeIsa() { return choice().isa; }
const std::string& isaRequestError() { return choice().error; }

}  // namespace alexnet
