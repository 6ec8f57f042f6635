// Argument lists and their values: literals, tuples/lists, dotted names, and integer arithmetic
//   expression := term (('+' | '-') term)*
//   term       := unary (('*' | '//') unary)*
//   unary      := ('+' | '-')* atom
//   atom       := INT | FLOAT | STRING+ | True | False | None | NAME ('.' NAME)* | '(' … ')' | '[' … ']'
// evaluated as they are read, in 64-bit integers with overflow refused (Python's ints are unbounded, so a
// result that does not fit is an error here, never a wrapped value).
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

#include "sequential_code_parser.h"

namespace alexnet::code {

std::string Names::resolve(std::string_view dotted) const {
  const std::size_t dot = dotted.find('.');
  const std::string_view head = dotted.substr(0, dot);
  const std::string_view rest = dot == std::string_view::npos ? std::string_view() : dotted.substr(dot);
  if (const auto it = m_bound.find(head); it != m_bound.end()) return it->second + std::string(rest);
  if (head == "nn") return "torch.nn" + std::string(rest);
  if (head == "torch") return std::string(dotted);
  if (!m_starModules.empty() && rest.empty()) return m_starModules.back() + "." + std::string(head);
  return "";
}

const Token& Cursor::expect(std::string_view op, std::string_view what) {
  if (!atOp(op)) failHere("expected " + std::string(what) + ", found " + describe(peek()));
  return next();
}

std::string Cursor::dottedName() {
  if (peek().kind != TokenKind::Name || isKeyword(peek().text)) failHere("expected a name, found " + describe(peek()));
  std::string name = next().text;
  while (atOp(".")) {
    next();
    if (peek().kind != TokenKind::Name) failHere("expected a name after '.', found " + describe(peek()));
    name += "." + next().text;
  }
  return name;
}

bool isKeyword(std::string_view name) {
  static constexpr std::array<std::string_view, 35> kKeywords{
      "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
      "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
      "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
      "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
  return std::find(kKeywords.begin(), kKeywords.end(), name) != kKeywords.end();
}

namespace {

class ValueReader {
 public:
  ValueReader(Cursor& cursor, const Names& names) : m_c(cursor), m_names(names) {}

  Value expression(int depth) {
    Value value = term(depth);
    while (m_c.atOp("+") || m_c.atOp("-")) {
      const Token op = m_c.next();
      value = arithmetic(op, value, term(depth));
    }
    return value;
  }

 private:
  Value term(int depth) {
    Value value = unary(depth);
    while (true) {
      refuseOtherOperators();
      if (!m_c.atOp("*") && !m_c.atOp("//")) return value;
      const Token op = m_c.next();
      value = arithmetic(op, value, unary(depth));
    }
  }

  void refuseOtherOperators() const {
    const Token& t = m_c.peek();
    if (t.kind != TokenKind::Op) return;
    if (t.text == "/") m_c.failHere("'/' gives a float: use '//' for integer division");
    if (t.text == "%" || t.text == "**" || t.text == "@" || t.text == "<<" || t.text == ">>" || t.text == "&" ||
        t.text == "|" || t.text == "^")
      m_c.failHere("operator '" + t.text + "' is not supported (only + - * // on integers)");
  }

  Value unary(int depth) {
    const Token start = m_c.peek();
    bool negate = false, sign = false;
    while (m_c.atOp("-") || m_c.atOp("+")) {
      negate ^= m_c.next().text == "-";
      sign = true;
    }
    Value value = atom(depth);
    if (m_c.atOp("**")) refuseOtherOperators();  // binds tighter than the sign: refuse before applying it
    if (!sign) return value;
    if (value.kind == Value::Kind::Int) {
      if (negate && value.integer == std::numeric_limits<std::int64_t>::min())
        fail(m_c.fileName(), start, "integer overflow (the result does not fit in 64 bits)");
      if (negate) value.integer = -value.integer;
    } else if (value.kind == Value::Kind::Float) {
      if (negate) value.real = -value.real;
    } else {
      notANumber(start, "a sign", value);
    }
    value.line = start.line;
    value.column = start.column;
    return value;
  }

  [[noreturn]] void notANumber(const Token& at, const std::string& what, const Value& value) const {
    if (value.kind == Value::Kind::Name)
      fail(m_c.fileName(), value.line, value.column,
           "name " + inQuotes(value.text) + " is not defined here (write the number)");
    if (value.kind == Value::Kind::Float)
      fail(m_c.fileName(), at, "arithmetic on floats is not supported (write the result)");
    fail(m_c.fileName(), at, what + " needs integers, got " + repr(value));
  }

  Value arithmetic(const Token& op, const Value& a, const Value& b) const {
    if (a.kind != Value::Kind::Int) notANumber(op, "'" + op.text + "'", a);
    if (b.kind != Value::Kind::Int) notANumber(op, "'" + op.text + "'", b);
    Value out = a;
    bool overflow = false;
    if (op.text == "+") {
      overflow = __builtin_add_overflow(a.integer, b.integer, &out.integer);
    } else if (op.text == "-") {
      overflow = __builtin_sub_overflow(a.integer, b.integer, &out.integer);
    } else if (op.text == "*") {
      overflow = __builtin_mul_overflow(a.integer, b.integer, &out.integer);
    } else {  // "//": Python floors
      if (b.integer == 0) fail(m_c.fileName(), op, "integer division by zero");
      overflow = a.integer == std::numeric_limits<std::int64_t>::min() && b.integer == -1;
      if (!overflow) {
        out.integer = a.integer / b.integer;
        if ((a.integer % b.integer != 0) && ((a.integer < 0) != (b.integer < 0))) --out.integer;
      }
    }
    if (overflow) fail(m_c.fileName(), op, "integer overflow (the result does not fit in 64 bits)");
    return out;
  }

  Value atom(int depth) {
    const Token& t = m_c.peek();
    Value value;
    value.line = t.line;
    value.column = t.column;
    switch (t.kind) {
      case TokenKind::Int: {
        const auto [ptr, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), value.integer);
        if (ec != std::errc() || ptr != t.text.data() + t.text.size())
          m_c.failHere("integer " + describe(t) + " is too large (more than 64 bits)");
        value.kind = Value::Kind::Int;
        m_c.next();
        return value;
      }
      case TokenKind::Float: {
        const auto [ptr, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), value.real);
        if (ec != std::errc() || ptr != t.text.data() + t.text.size() || !std::isfinite(value.real))
          m_c.failHere("float " + describe(t) + " is out of range");
        value.kind = Value::Kind::Float;
        m_c.next();
        return value;
      }
      case TokenKind::String:
        value.kind = Value::Kind::String;
        while (m_c.peek().kind == TokenKind::String) value.text += m_c.next().text;  // 'a' 'b' == 'ab'
        return value;
      case TokenKind::Name:
        return name(value);
      case TokenKind::Op:
        if (t.text == "(" || t.text == "[") return sequence(depth, value);
        if (t.text == "{") m_c.failHere("dicts and sets are not supported");
        if (t.text == "*" || t.text == "**") m_c.failHere("argument unpacking (*, **) is not supported");
        m_c.failHere("invalid syntax: unexpected " + describe(t));
      default:
        m_c.failHere("invalid syntax: unexpected " + describe(t));
    }
  }

  Value name(Value value) {
    const std::string& text = m_c.peek().text;
    if (text == "True" || text == "False") {
      value.kind = Value::Kind::Bool;
      value.integer = text == "True";
      m_c.next();
      return value;
    }
    if (text == "None") {
      m_c.next();
      return value;
    }
    if (isKeyword(text)) m_c.failHere("'" + text + "' expressions are not supported");
    const std::string written = m_c.dottedName();
    if (m_c.atOp("(")) m_c.failHere("calls are not supported inside arguments (" + written + "(…))");
    if (m_c.atOp("[")) m_c.failHere("subscripts are not supported inside arguments (" + written + "[…])");
    value.kind = Value::Kind::Name;
    value.text = written;
    value.qualified = m_names.resolve(written);
    return value;
  }

  // '(' … ')' (a parenthesised value or a tuple) or '[' … ']' (a list), at the opening bracket.
  Value sequence(int depth, Value value) {
    if (depth >= kMaxBracketDepth) m_c.failHere("expression nested too deeply");
    const bool list = m_c.next().text == "[";
    const std::string close = list ? "]" : ")";
    value.kind = list ? Value::Kind::List : Value::Kind::Tuple;
    bool comma = false;
    while (!m_c.atOp(close)) {
      value.items.push_back(expression(depth + 1));
      if (m_c.atOp(",")) {
        m_c.next();
        comma = true;
      } else if (!m_c.atOp(close)) {
        m_c.failHere("expected ',' or '" + close + "', found " + describe(m_c.peek()));
      }
    }
    m_c.next();
    if (!list && !comma && value.items.size() == 1) {  // (expr): just the value
      Value inner = std::move(value.items.front());
      inner.line = value.line;
      inner.column = value.column;
      return inner;
    }
    return value;
  }

  Cursor& m_c;
  const Names& m_names;
};

}  // namespace

std::vector<Argument> readArguments(Cursor& cursor, const Names& names) {
  std::vector<Argument> arguments;
  ValueReader reader(cursor, names);
  while (!cursor.atOp(")")) {
    Argument argument;
    argument.line = cursor.peek().line;
    argument.column = cursor.peek().column;
    if (cursor.atOp("*") || cursor.atOp("**")) cursor.failHere("argument unpacking (*, **) is not supported");
    if (cursor.peek().kind == TokenKind::Name && cursor.atOp("=", 1)) {
      if (isKeyword(cursor.peek().text)) cursor.failHere("invalid syntax: '" + cursor.peek().text + "' is a keyword");
      argument.keyword = cursor.next().text;
      cursor.next();
    } else if (!arguments.empty() && !arguments.back().keyword.empty()) {
      cursor.failHere("positional argument follows keyword argument");
    }
    argument.value = reader.expression(1);
    arguments.push_back(std::move(argument));
    if (cursor.atOp(","))
      cursor.next();
    else if (!cursor.atOp(")"))
      cursor.failHere("expected ',' or ')' after an argument, found " + describe(cursor.peek()));
  }
  cursor.next();
  return arguments;
}

}  // namespace alexnet::code
