#pragma once
// A small SHA-256 (FIPS 180-4) so the manifest test needs no crypto library.
#include <string>
#include <vector>

namespace alexnet::test {
std::string sha256Hex(const std::vector<unsigned char>& data);
}
