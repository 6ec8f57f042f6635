// The Sequential-code reader's entry points: the error type, parseSequentialCode (tokenizer + parser) and
// readSequentialCodeFile (size and I/O checks first). buildFromCode is in sequential_code_build.cpp.
#include "alexnet/core/models/sequential_code.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "sequential_code_lexer.h"
#include "sequential_code_parser.h"

namespace alexnet {
namespace {

std::string location(const std::string& fileName, int line, int column) {
  if (line <= 0) return fileName;
  return fileName + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string tooLarge(std::uintmax_t bytes) {
  return "the code is " + std::to_string(bytes) + " bytes: at most " + std::to_string(kSequentialCodeMaxBytes) +
         " (1 MiB) is read";
}

}  // namespace

SequentialCodeError::SequentialCodeError(std::string fileName_, int line_, int column_, std::string problem_)
    : std::runtime_error(location(fileName_, line_, column_) + ": " + problem_),
      fileName(std::move(fileName_)),
      line(line_),
      column(column_),
      problem(std::move(problem_)) {}

namespace code {

void fail(const std::string& fileName, int line, int column, const std::string& problem) {
  throw SequentialCodeError(fileName, line, column, problem);
}

}  // namespace code

NetworkCode parseSequentialCode(std::string_view source, const std::string& fileName) {
  if (source.size() > kSequentialCodeMaxBytes) code::fail(fileName, 1, 1, tooLarge(source.size()));
  const std::vector<code::Token> tokens = code::tokenize(source, fileName);
  return code::parseTokens(tokens, fileName);
}

NetworkCode readSequentialCodeFile(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw SequentialCodeError(name, 0, 0, "is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SequentialCodeError(name, 0, 0, std::string("cannot open: ") + std::strerror(errno));
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > kSequentialCodeMaxBytes) code::fail(name, 1, 1, tooLarge(size));
  // Read at most one byte past the limit: a file that grew, or a pipe, is still refused without reading it all.
  std::string text(kSequentialCodeMaxBytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) throw SequentialCodeError(name, 0, 0, std::string("cannot read: ") + std::strerror(errno));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > kSequentialCodeMaxBytes) code::fail(name, 1, 1, tooLarge(text.size()) + " (or more)");
  return parseSequentialCode(text, name);
}

}  // namespace alexnet
