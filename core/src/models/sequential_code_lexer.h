#pragma once
// The tokenizer of the Sequential-code reader (alexnet/core/models/sequential_code.h): Python's lexical
// rules for the subset the reader parses — names, decimal int and float literals, string literals (any
// prefix, triple-quoted too; contents kept as written), operators and brackets, comments, implicit line
// joining inside brackets and '\' continuations. A logical line ends with a Newline token; its first token
// carries the line's indentation. The text is first checked to be UTF-8 without NUL bytes.
//
// Brackets are matched here (at most kMaxBracketDepth deep), so the parser never sees an unclosed or
// mismatched one and its recursion is bounded by that depth.
#include <string>
#include <string_view>
#include <vector>

namespace alexnet::code {

inline constexpr int kMaxBracketDepth = 100;

enum class TokenKind { Name, Int, Float, String, Op, Newline, End };

struct Token {
  TokenKind kind = TokenKind::End;
  std::string text;          // Name: the identifier; Int: the digits ('_' removed); Float: the literal ('_' removed);
                             // String: the contents between the quotes, as written; Op: the operator ("(", "//", …)
  int line = 0, column = 0;  // 1-based; columns in code points
  int indent = -1;           // first token of a logical line: its indentation in characters; else -1
};

// Throws SequentialCodeError "fileName:line:column: problem".
[[noreturn]] void fail(const std::string& fileName, int line, int column, const std::string& problem);
[[noreturn]] inline void fail(const std::string& fileName, const Token& at, const std::string& problem) {
  fail(fileName, at.line, at.column, problem);
}

// 'text' in single quotes, cut to at most 40 characters (whole code points) with "…".
std::string inQuotes(std::string_view text);

// How a token reads in a message: "'foo'", "'('", "3", "end of line", "end of file".
std::string describe(const Token& token);

// Tokens of `source`, ending with Newline (when there was any token) and End.
std::vector<Token> tokenize(std::string_view source, const std::string& fileName);

}  // namespace alexnet::code
