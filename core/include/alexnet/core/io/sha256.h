#pragma once
// SHA-256 (FIPS 180-4), for checking bundled weights against their manifest without a crypto
// library. Streaming: feed any number of chunks, then hex().
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace alexnet {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, std::size_t size);
  std::string hex();  // finishes; call once

 private:
  void compress(const unsigned char* block);
  std::array<std::uint32_t, 8> m_state{};
  std::array<unsigned char, 64> m_buffer{};
  std::size_t m_buffered = 0;
  std::uint64_t m_totalBytes = 0;
};

}  // namespace alexnet
