#pragma once
// The parser of the Sequential-code reader, over the tokenizer's tokens (sequential_code_lexer.h):
//  - Names: what `import` / `from … import` bound, used to resolve `nn.Conv2d` → "torch.nn.Conv2d";
//  - Cursor: a position in the tokens;
//  - readArguments: a call's argument list, values evaluated (sequential_code_expressions.cpp);
//  - parseTokens: the statements of a file → NetworkCode (sequential_code_parser.cpp).
// Recursion only happens at brackets, which the tokenizer limits to kMaxBracketDepth.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "alexnet/core/models/sequential_code.h"
#include "sequential_code_lexer.h"
#include "sequential_code_values.h"

namespace alexnet::code {

class Names {
 public:
  // `import torch.nn as nn` binds "nn" → "torch.nn"; `from torch.nn import ReLU` binds "ReLU" → "torch.nn.ReLU".
  void bind(const std::string& name, const std::string& qualified) { m_bound[name] = qualified; }
  // `from torch.nn import *`.
  void bindAllOf(const std::string& module) { m_starModules.push_back(module); }
  // The qualified name of a dotted name ("nn.Conv2d" → "torch.nn.Conv2d"), or "" when its head is unknown.
  // Without imports, `nn` means torch.nn and `torch` means torch (snippets often leave the imports out).
  std::string resolve(std::string_view dotted) const;

 private:
  std::map<std::string, std::string, std::less<>> m_bound;
  std::vector<std::string> m_starModules;
};

class Cursor {
 public:
  Cursor(const std::vector<Token>& tokens, const std::string& fileName) : m_tokens(tokens), m_file(fileName) {}

  const Token& peek(std::size_t ahead = 0) const {
    return m_tokens[std::min(m_pos + ahead, m_tokens.size() - 1)];  // the last token is End
  }
  const Token& next() {
    const Token& token = peek();
    if (m_pos + 1 < m_tokens.size()) ++m_pos;
    return token;
  }
  bool atOp(std::string_view op, std::size_t ahead = 0) const {
    return peek(ahead).kind == TokenKind::Op && peek(ahead).text == op;
  }
  bool atName(std::string_view name, std::size_t ahead = 0) const {
    return peek(ahead).kind == TokenKind::Name && peek(ahead).text == name;
  }
  // Consumes `op` or fails with "expected OP…, found X".
  const Token& expect(std::string_view op, std::string_view what);
  // NAME ('.' NAME)* as written.
  std::string dottedName();
  const std::string& fileName() const { return m_file; }
  [[noreturn]] void failHere(const std::string& problem) const { fail(m_file, peek(), problem); }

 private:
  const std::vector<Token>& m_tokens;
  const std::string& m_file;
  std::size_t m_pos = 0;
};

// Python's keywords: never names of values or modules.
bool isKeyword(std::string_view name);

// The arguments of a call whose '(' was just consumed, through its ')'. Values are evaluated; names in
// them are resolved with `names` when their head is known. Python's rules: positional ones first,
// no unpacking.
std::vector<Argument> readArguments(Cursor& cursor, const Names& names);

NetworkCode parseTokens(const std::vector<Token>& tokens, const std::string& fileName);

}  // namespace alexnet::code
