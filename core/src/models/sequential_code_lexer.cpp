#include "sequential_code_lexer.h"

#include <cstdint>
#include <cstdio>

#include "alexnet/core/models/sequential_code.h"

namespace alexnet::code {
namespace {

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isNameChar(char c) { return isNameStart(c) || isDigit(c); }

// Length of the UTF-8 sequence starting at s[i], or 0 when it is not valid UTF-8 (overlong forms,
// surrogates and code points past U+10FFFF included).
std::size_t utf8Length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t length = 0;
  std::uint32_t min = 0, code = 0;
  if ((c & 0xE0) == 0xC0)
    length = 2, min = 0x80, code = c & 0x1F;
  else if ((c & 0xF0) == 0xE0)
    length = 3, min = 0x800, code = c & 0x0F;
  else if ((c & 0xF8) == 0xF0)
    length = 4, min = 0x10000, code = c & 0x07;
  else
    return 0;
  if (i + length > s.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if (!isContinuation(byte(i + k))) return 0;
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

std::uint32_t codePoint(std::string_view s, std::size_t i, std::size_t length) {
  std::uint32_t code =
      length == 1 ? static_cast<unsigned char>(s[i]) : static_cast<unsigned char>(s[i]) & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return code;
}

// Refuses NUL bytes and invalid UTF-8 with the position of the first bad byte.
void checkText(std::string_view s, const std::string& file) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t length = utf8Length(s, i);
    if (s[i] == '\0') fail(file, line, column, "NUL byte: this is a binary file, not Python code");
    if (length == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(s[i]));
      fail(file, line, column, std::string("invalid UTF-8 (byte ") + hex + "): this is a binary file, not Python code");
    }
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'))) {
      ++line;
      column = 1;
    } else if (s[i] != '\r') {
      ++column;
    }
    i += length;
  }
}

const char* const kTwoCharOps[] = {"**", "//", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=", "/=", ":=", "<<", ">>"};
constexpr std::string_view kOneCharOps = "()[]{},:.;=+-*/%<>@&|^~";

class Lexer {
 public:
  Lexer(std::string_view source, const std::string& file) : m_s(source), m_file(file) {}

  std::vector<Token> run() {
    if (m_s.substr(0, 3) == "\xEF\xBB\xBF") m_i = 3;  // BOM
    while (true) {
      if (m_atLineStart && m_brackets.empty() && !startLine()) break;
      if (m_i >= m_s.size()) break;
      const char c = m_s[m_i];
      if (c == ' ' || c == '\t' || c == '\f') {
        advance(1);
      } else if (c == '#') {
        while (m_i < m_s.size() && m_s[m_i] != '\n' && m_s[m_i] != '\r') advance(1);
      } else if (c == '\n' || c == '\r') {
        if (m_brackets.empty()) {
          push(TokenKind::Newline, "", m_line, m_column);
          m_atLineStart = true;
        }
        newline();
      } else if (c == '\\') {
        const int line = m_line, column = m_column;
        advance(1);
        if (m_i >= m_s.size() || (m_s[m_i] != '\n' && m_s[m_i] != '\r'))
          fail(m_file, line, column, "unexpected character after line continuation character");
        newline();
      } else if (isDigit(c) || (c == '.' && m_i + 1 < m_s.size() && isDigit(m_s[m_i + 1]))) {
        number();
      } else if (isNameStart(c)) {
        name();
      } else if (c == '\'' || c == '"') {
        string(m_line, m_column);
      } else {
        op();
      }
    }
    if (!m_brackets.empty()) {
      const Token& open = m_brackets.back();
      fail(m_file, open, "'" + open.text + "' was never closed");
    }
    if (!m_tokens.empty() && m_tokens.back().kind != TokenKind::Newline) push(TokenKind::Newline, "", m_line, m_column);
    push(TokenKind::End, "", m_line, m_column);
    return std::move(m_tokens);
  }

 private:
  // At the start of a physical line outside brackets: skips blank and comment-only lines and records the
  // indentation of the next real one. False at the end of the text.
  bool startLine() {
    while (true) {
      int indent = 0;
      while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\f')) advance(1), ++indent;
      if (m_i < m_s.size() && m_s[m_i] == '#')
        while (m_i < m_s.size() && m_s[m_i] != '\n' && m_s[m_i] != '\r') advance(1);
      if (m_i >= m_s.size()) return false;
      if (m_s[m_i] == '\n' || m_s[m_i] == '\r') {
        newline();
        continue;
      }
      m_pendingIndent = indent;
      m_atLineStart = false;
      return true;
    }
  }

  void advance(std::size_t bytes) {
    for (std::size_t k = 0; k < bytes && m_i < m_s.size(); ++k, ++m_i)
      if (!isContinuation(static_cast<unsigned char>(m_s[m_i]))) ++m_column;
  }

  // Consumes "\n", "\r\n" or "\r".
  void newline() {
    if (m_s[m_i] == '\r' && m_i + 1 < m_s.size() && m_s[m_i + 1] == '\n') ++m_i;
    ++m_i;
    ++m_line;
    m_column = 1;
  }

  void push(TokenKind kind, std::string text, int line, int column) {
    Token token{kind, std::move(text), line, column, -1};
    if (kind != TokenKind::Newline && kind != TokenKind::End && m_pendingIndent >= 0) {
      token.indent = m_pendingIndent;
      m_pendingIndent = -1;
    }
    m_tokens.push_back(std::move(token));
  }

  // Digits with single '_' between them; returns them without the '_'.
  std::string digits(int line, int column) {
    std::string out;
    while (m_i < m_s.size() && (isDigit(m_s[m_i]) || m_s[m_i] == '_')) {
      if (m_s[m_i] == '_' && (out.empty() || m_i + 1 >= m_s.size() || !isDigit(m_s[m_i + 1])))
        fail(m_file, line, column, "invalid decimal literal");
      if (m_s[m_i] != '_') out += m_s[m_i];
      advance(1);
    }
    return out;
  }

  void number() {
    const int line = m_line, column = m_column;
    const std::size_t start = m_i;
    if (m_s[m_i] == '0' && m_i + 1 < m_s.size() &&
        std::string_view("xXoObB").find(m_s[m_i + 1]) != std::string_view::npos)
      fail(m_file, line, column,
           "only decimal numbers are supported, not " + inQuotes(std::string(m_s.substr(start, 2)) + "…"));
    std::string text = digits(line, column);
    bool isFloat = false;
    if (m_i < m_s.size() && m_s[m_i] == '.') {
      isFloat = true;
      advance(1);
      text += '.';
      if (m_i < m_s.size() && isDigit(m_s[m_i])) text += digits(line, column);
    }
    if (m_i < m_s.size() && (m_s[m_i] == 'e' || m_s[m_i] == 'E')) {
      std::size_t j = m_i + 1;
      if (j < m_s.size() && (m_s[j] == '+' || m_s[j] == '-')) ++j;
      if (j < m_s.size() && isDigit(m_s[j])) {
        isFloat = true;
        text += 'e';
        if (m_s[m_i + 1] == '-') text += '-';
        advance(j - m_i);
        text += digits(line, column);
      }
    }
    if (m_i < m_s.size() && (m_s[m_i] == 'j' || m_s[m_i] == 'J'))
      fail(m_file, line, column, "complex numbers are not supported");
    if (m_i < m_s.size() && isNameChar(m_s[m_i])) fail(m_file, line, column, "invalid decimal literal");
    if (!isFloat && text.size() > 1 && text[0] == '0' && text.find_first_not_of('0') != std::string::npos)
      fail(m_file, line, column, "leading zeros in decimal integer literals are not permitted");
    push(isFloat ? TokenKind::Float : TokenKind::Int, std::move(text), line, column);
  }

  void name() {
    const int line = m_line, column = m_column;
    const std::size_t start = m_i;
    while (m_i < m_s.size() && isNameChar(m_s[m_i])) advance(1);
    const std::string_view text = m_s.substr(start, m_i - start);
    const bool prefix = text.size() <= 2 && text.find_first_not_of("rRbBuUfF") == std::string_view::npos;
    if (prefix && m_i < m_s.size() && (m_s[m_i] == '\'' || m_s[m_i] == '"')) return string(line, column);
    if (m_i < m_s.size() && static_cast<unsigned char>(m_s[m_i]) >= 0x80) invalidCharacter();
    push(TokenKind::Name, std::string(text), line, column);
  }

  // A string literal whose quote is at m_i (its prefix, if any, started at line:column).
  void string(int line, int column) {
    const char quote = m_s[m_i];
    const bool triple = m_s.substr(m_i, 3) == std::string(3, quote);
    advance(triple ? 3 : 1);
    const std::size_t start = m_i;
    while (true) {
      if (m_i >= m_s.size())
        fail(m_file, line, column,
             triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
      const char c = m_s[m_i];
      if (c == quote && (!triple || m_s.substr(m_i, 3) == std::string(3, quote))) break;
      if (c == '\n' || c == '\r') {
        if (!triple) fail(m_file, line, column, "unterminated string literal");
        newline();
      } else if (c == '\\' && m_i + 1 < m_s.size()) {
        advance(1);
        if (m_s[m_i] == '\n' || m_s[m_i] == '\r')
          newline();
        else
          advance(1);
      } else {
        advance(1);
      }
    }
    std::string text(m_s.substr(start, m_i - start));
    advance(triple ? 3 : 1);
    push(TokenKind::String, std::move(text), line, column);
  }

  void op() {
    const int line = m_line, column = m_column;
    std::string text;
    for (const char* two : kTwoCharOps)
      if (m_s.substr(m_i, 2) == two) text = two;
    if (text.empty() && kOneCharOps.find(m_s[m_i]) != std::string_view::npos) text = std::string(1, m_s[m_i]);
    if (text.empty()) invalidCharacter();
    advance(text.size());
    if (text == "(" || text == "[" || text == "{") {
      if (static_cast<int>(m_brackets.size()) >= kMaxBracketDepth)
        fail(m_file, line, column, "brackets nested more than " + std::to_string(kMaxBracketDepth) + " deep");
      m_brackets.push_back(Token{TokenKind::Op, text, line, column, -1});
    } else if (text == ")" || text == "]" || text == "}") {
      if (m_brackets.empty()) fail(m_file, line, column, "unmatched '" + text + "'");
      const Token& open = m_brackets.back();
      const std::string expected = open.text == "(" ? ")" : open.text == "[" ? "]" : "}";
      if (text != expected)
        fail(m_file, line, column,
             "closing parenthesis '" + text + "' does not match opening parenthesis '" + open.text + "'" +
                 (open.line != line ? " on line " + std::to_string(open.line) : std::string()));
      m_brackets.pop_back();
    }
    push(TokenKind::Op, std::move(text), line, column);
  }

  [[noreturn]] void invalidCharacter() {
    const std::size_t length = utf8Length(m_s, m_i);
    char hex[16];
    std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(codePoint(m_s, m_i, length ? length : 1)));
    const unsigned char c = static_cast<unsigned char>(m_s[m_i]);
    const std::string shown = c < 0x20 || c == 0x7F ? std::string() : "'" + std::string(m_s.substr(m_i, length)) + "' ";
    fail(m_file, m_line, m_column, "invalid character " + shown + "(" + hex + ")");
  }

  std::string_view m_s;
  const std::string& m_file;
  std::size_t m_i = 0;
  int m_line = 1, m_column = 1;
  bool m_atLineStart = true;
  int m_pendingIndent = -1;
  std::vector<Token> m_brackets;  // open brackets, innermost last
  std::vector<Token> m_tokens;
};

}  // namespace

std::string inQuotes(std::string_view text) {
  constexpr std::size_t kMaxShown = 40;
  std::size_t points = 0, i = 0;
  while (i < text.size() && points < kMaxShown) {
    ++i;
    while (i < text.size() && isContinuation(static_cast<unsigned char>(text[i]))) ++i;
    ++points;
  }
  std::string out = "'";
  out.append(text.substr(0, i));
  out.append(i < text.size() ? "…'" : "'");
  return out;
}

std::string describe(const Token& token) {
  switch (token.kind) {
    case TokenKind::Newline:
      return "end of line";
    case TokenKind::End:
      return "end of file";
    case TokenKind::Int:
    case TokenKind::Float:
      return token.text.size() > 40 ? inQuotes(token.text) : token.text;
    case TokenKind::String:
      return "a string";
    default:
      return inQuotes(token.text);
  }
}

std::vector<Token> tokenize(std::string_view source, const std::string& fileName) {
  checkText(source, fileName);
  return Lexer(source, fileName).run();
}

}  // namespace alexnet::code
