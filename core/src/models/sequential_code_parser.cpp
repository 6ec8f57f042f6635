// Statements of a Sequential-code file: imports, the nn.Sequential, the input tensor, and what is skipped
// (docstrings, print(...), for blocks). See alexnet/core/models/sequential_code.h for the accepted subset.
#include "sequential_code_parser.h"

#include <optional>
#include <set>

#include "sequential_code_modules.h"

namespace alexnet::code {
namespace {

constexpr std::int64_t kMaxInputSide = 65536;
const std::string kStatements =
    "only imports, nn.Sequential(...), X = torch.randn(...), print(...) and for loops are read";

class Parser {
 public:
  Parser(const std::vector<Token>& tokens, const std::string& file) : m_c(tokens, file), m_file(file) {}

  NetworkCode run() {
    while (m_c.peek().kind != TokenKind::End) statement();
    if (m_sequentials.empty()) fail(m_file, 1, 1, "no nn.Sequential(...) found");
    std::size_t chosen = 0;
    if (m_sequentials.size() > 1) {
      while (chosen < m_sequentials.size() && m_sequentials[chosen].name != "net") ++chosen;
      if (chosen == m_sequentials.size()) {
        const NetworkCode& second = m_sequentials[1];
        fail(m_file, second.line, second.column,
             "a second nn.Sequential (the first is at line " + std::to_string(m_sequentials[0].line) +
                 "): assign the one to read to 'net'");
      }
    }
    NetworkCode code = std::move(m_sequentials[chosen]);
    for (const Token& use : m_forBodyNames)
      if (!code.name.empty() && use.text == code.name)
        fail(m_file, use,
             "a for loop that uses " + inQuotes(code.name) +
                 " in its body is not read (only loops like "
                 "`for layer in " +
                 code.name + ":` that leave the network alone are skipped)");
    code.inputShape = m_input;
    return code;
  }

 private:
  void statement() {
    const Token& first = m_c.peek();
    if (first.indent > 0) fail(m_file, first, "unexpected indent");
    if (m_c.atName("import")) return importStatement();
    if (m_c.atName("from")) return fromStatement();
    if (m_c.atName("for")) return skipForBlock();
    if (first.kind == TokenKind::String) {  // a docstring
      while (m_c.peek().kind == TokenKind::String) m_c.next();
      return endOfStatement();
    }
    if (first.kind == TokenKind::Name && !isKeyword(first.text)) {
      if (first.text == "print" && m_c.atOp("(", 1)) return skipPrint();
      if (m_c.atOp("=", 1)) {
        const std::string target = m_c.next().text;
        m_c.next();
        return assignment(target);
      }
      const Token start = first;
      const std::string written = m_c.dottedName();
      if (m_c.atOp("(") && m_names.resolve(written) == "torch.nn.Sequential") {
        m_c.next();
        sequential(start, "");
        return endOfStatement();
      }
      fail(m_file, start, "unsupported statement: " + kStatements);
    }
    fail(m_file, first, "unsupported statement: " + kStatements);
  }

  void endOfStatement() {
    if (m_c.atOp(";")) {
      m_c.next();
      if (m_c.peek().kind == TokenKind::Newline) m_c.next();
      return;
    }
    if (m_c.peek().kind != TokenKind::Newline) m_c.failHere("invalid syntax: unexpected " + describe(m_c.peek()));
    m_c.next();
  }

  // import a.b [as c], …
  void importStatement() {
    m_c.next();
    while (true) {
      const std::string module = m_c.dottedName();
      if (m_c.atName("as")) {
        m_c.next();
        m_names.bind(plainName(), module);
      } else {
        const std::string head = module.substr(0, module.find('.'));
        m_names.bind(head, head);
      }
      if (!m_c.atOp(",")) break;
      m_c.next();
    }
    endOfStatement();
  }

  // from a.b import c [as d], … | from a.b import (…) | from a.b import *
  void fromStatement() {
    m_c.next();
    if (m_c.atOp(".")) m_c.failHere("relative imports are not supported");
    const std::string module = m_c.dottedName();
    if (!m_c.atName("import")) m_c.failHere("expected 'import', found " + describe(m_c.peek()));
    m_c.next();
    if (m_c.atOp("*")) {
      m_c.next();
      m_names.bindAllOf(module);
      return endOfStatement();
    }
    const bool parenthesised = m_c.atOp("(");
    if (parenthesised) m_c.next();
    while (true) {
      const std::string name = plainName();
      std::string as = name;
      if (m_c.atName("as")) {
        m_c.next();
        as = plainName();
      }
      m_names.bind(as, module + "." + name);
      if (!m_c.atOp(",")) break;
      m_c.next();
      if (parenthesised && m_c.atOp(")")) break;
    }
    if (parenthesised) m_c.expect(")", "')'");
    endOfStatement();
  }

  std::string plainName() {
    if (m_c.peek().kind != TokenKind::Name || isKeyword(m_c.peek().text))
      m_c.failHere("expected a name, found " + describe(m_c.peek()));
    return m_c.next().text;
  }

  // `for …:` and its indented block (or the statements after ':' on the same line): skipped, never run.
  // The names its body uses are kept: a body touching the network is refused once its name is known.
  void skipForBlock() {
    const Token forToken = m_c.peek();
    int depth = 0;
    bool inBody = false;
    Token last = forToken;
    while (m_c.peek().kind != TokenKind::Newline && m_c.peek().kind != TokenKind::End) {
      const Token& t = m_c.next();
      if (t.kind == TokenKind::Op && (t.text == "(" || t.text == "[" || t.text == "{")) ++depth;
      if (t.kind == TokenKind::Op && (t.text == ")" || t.text == "]" || t.text == "}")) --depth;
      if (inBody && t.kind == TokenKind::Name) m_forBodyNames.push_back(t);
      if (depth == 0 && t.kind == TokenKind::Op && t.text == ":") inBody = true;
      last = t;
    }
    if (!inBody) fail(m_file, forToken, "invalid syntax: expected ':' at the end of the for statement");
    m_c.next();                                                  // Newline
    if (last.kind != TokenKind::Op || last.text != ":") return;  // `for x in y: body` on one line
    if (m_c.peek().indent <= 0)
      m_c.failHere("expected an indented block after 'for' statement on line " + std::to_string(forToken.line));
    while (m_c.peek().kind != TokenKind::End && m_c.peek().indent != 0) {
      const Token& t = m_c.next();
      if (t.kind == TokenKind::Name) m_forBodyNames.push_back(t);
    }
  }

  // print(...): skipped whatever its arguments (the tokenizer already matched the brackets).
  void skipPrint() {
    m_c.next();
    m_c.next();
    for (int depth = 1; depth > 0;) {
      const Token& t = m_c.next();
      if (t.kind == TokenKind::Op && (t.text == "(" || t.text == "[" || t.text == "{")) ++depth;
      if (t.kind == TokenKind::Op && (t.text == ")" || t.text == "]" || t.text == "}")) --depth;
    }
    endOfStatement();
  }

  // NAME = …: an nn.Sequential or the input tensor.
  void assignment(const std::string& target) {
    const Token start = m_c.peek();
    if (start.kind == TokenKind::Name && !isKeyword(start.text)) {
      const std::string written = m_c.dottedName();
      const std::string resolved = m_names.resolve(written);
      if (m_c.atOp("(") && resolved == "torch.nn.Sequential") {
        m_c.next();
        sequential(start, target);
        return endOfStatement();
      }
      if (m_c.atOp("(") && (resolved == "torch.randn" || resolved == "torch.rand" || resolved == "torch.zeros" ||
                            resolved == "torch.ones")) {
        m_c.next();
        inputTensor(start, target, written);
        return endOfStatement();
      }
    }
    fail(m_file, start, "unsupported statement: " + kStatements);
  }

  // After `nn.Sequential(`: the module calls through ')'.
  void sequential(const Token& start, const std::string& name) {
    if (name == "net")
      for (const NetworkCode& earlier : m_sequentials)
        if (earlier.name == "net")
          fail(m_file, start,
               "'net' is assigned a second nn.Sequential (the first is at line " + std::to_string(earlier.line) + ")");
    NetworkCode code;
    code.fileName = m_file;
    code.name = name;
    code.line = start.line;
    code.column = start.column;
    while (!m_c.atOp(")")) {
      if (code.layers.size() == kSequentialCodeMaxLayers)
        m_c.failHere("more than " + std::to_string(kSequentialCodeMaxLayers) + " layers");
      code.layers.push_back(bindModule(moduleCall(), m_file));
      if (m_c.atOp(","))
        m_c.next();
      else if (!m_c.atOp(")"))
        m_c.failHere("expected ',' or ')' after a module, found " + describe(m_c.peek()));
    }
    m_c.next();
    if (code.layers.empty()) fail(m_file, start, "nn.Sequential() has no layers");
    m_sequentials.push_back(std::move(code));
  }

  ModuleCall moduleCall() {
    const Token start = m_c.peek();
    if (m_c.atOp("*")) m_c.failHere("argument unpacking (*) is not supported");
    if (start.kind != TokenKind::Name || isKeyword(start.text))
      m_c.failHere("expected a module call like nn.ReLU(), found " + describe(start));
    ModuleCall call;
    call.spelled = m_c.dottedName();
    call.line = start.line;
    call.column = start.column;
    if (!m_c.atOp("("))
      fail(m_file, start,
           "expected a module call like nn.ReLU(), found " + inQuotes(call.spelled) +
               (m_c.atOp("=") ? "" : " (blocks kept in variables are not supported)"));
    const std::string resolved = m_names.resolve(call.spelled);
    const std::string nnPrefix = "torch.nn.";
    const bool inNn = resolved.rfind(nnPrefix, 0) == 0 && resolved.find('.', nnPrefix.size()) == std::string::npos;
    const std::string type = inNn ? resolved.substr(nnPrefix.size()) : "";
    if (type == "Sequential") fail(m_file, start, "nested nn.Sequential is not supported");
    if (resolved.empty() && isSupportedModule(call.spelled))
      fail(m_file, start,
           "name " + inQuotes(call.spelled) + " is not defined (write nn." + call.spelled +
               " or add `from torch.nn import " + call.spelled + "`)");
    if (!isSupportedModule(type)) fail(m_file, start, unsupportedModuleMessage(inNn ? type : call.spelled));
    call.type = type;
    m_c.next();
    call.arguments = readArguments(m_c, m_names);
    return call;
  }

  // After `torch.randn(`: the sizes (positional, one tuple/list, or size=), dtype/device/requires_grad.
  void inputTensor(const Token& start, const std::string& target, const std::string& function) {
    if (m_input)
      fail(m_file, start, "a second input tensor (the first is at line " + std::to_string(m_inputLine) + ")");
    const std::vector<Argument> arguments = readArguments(m_c, m_names);
    const std::string name = function + "()";
    std::vector<const Value*> positional;
    const Argument* sizeKeyword = nullptr;
    for (const Argument& a : arguments) {
      const Value& v = a.value;
      if (a.keyword.empty()) {
        positional.push_back(&v);
      } else if (a.keyword == "size") {
        if (!positional.empty()) fail(m_file, a.line, a.column, name + " got multiple values for argument 'size'");
        sizeKeyword = &a;
      } else if (a.keyword == "dtype") {
        if (v.kind != Value::Kind::None &&
            !(v.kind == Value::Kind::Name && (v.qualified == "torch.float32" || v.qualified == "torch.float")))
          fail(m_file, a.line, a.column, name + ": dtype=" + repr(v) + " is not supported (only torch.float32)");
      } else if (a.keyword == "device") {
        if (v.kind != Value::Kind::None && !(v.kind == Value::Kind::String && v.text == "cpu"))
          fail(m_file, a.line, a.column, name + ": device=" + repr(v) + " is not supported (only 'cpu')");
      } else if (a.keyword == "requires_grad") {
        if (v.kind != Value::Kind::Bool)
          fail(m_file, a.line, a.column, name + ": requires_grad must be True or False, got " + repr(v));
      } else {
        fail(m_file, a.line, a.column, name + " got an unexpected keyword argument " + inQuotes(a.keyword));
      }
    }
    // The sizes: size=(…), one tuple/list, or several ints.
    std::vector<const Value*> sizes = positional;
    const Value* sequence = sizeKeyword ? &sizeKeyword->value : positional.size() == 1 ? positional[0] : nullptr;
    if (sizeKeyword) sizes = {sequence};
    if (sequence && (sequence->kind == Value::Kind::Tuple || sequence->kind == Value::Kind::List)) {
      sizes.clear();
      for (const Value& item : sequence->items) sizes.push_back(&item);
    }
    Shape shape;
    for (const Value* v : sizes) {
      if (v->kind != Value::Kind::Int)
        fail(m_file, v->line, v->column, name + ": sizes must be integers, got " + repr(*v));
      shape.push_back(v->integer);
    }
    if (shape.size() != 4)
      fail(m_file, start,
           target + " = " + name + ": the input must be 4-D (N, C, H, W), got " + std::to_string(shape.size()) +
               " size" + (shape.size() == 1 ? "" : "s"));
    const char* const what[] = {"batch size", "channels", "height", "width"};
    const std::int64_t max[] = {kMaxChannels, kMaxChannels, kMaxInputSide, kMaxInputSide};
    for (std::size_t i = 0; i < 4; ++i)
      if (shape[i] < 1 || shape[i] > max[i])
        fail(m_file, sizes[i]->line, sizes[i]->column,
             name + ": " + what[i] + " " + std::to_string(shape[i]) + " is out of range (1 to " +
                 std::to_string(max[i]) + ")");
    if (shape[2] != shape[3])
      fail(m_file, start,
           name + ": a non-square input (" + std::to_string(shape[2]) + "×" + std::to_string(shape[3]) +
               ") is not supported");
    m_input = shape;
    m_inputLine = start.line;
  }

  Cursor m_c;
  const std::string& m_file;
  Names m_names;
  std::vector<NetworkCode> m_sequentials;
  std::optional<Shape> m_input;
  int m_inputLine = 0;
  std::vector<Token> m_forBodyNames;
};

}  // namespace

NetworkCode parseTokens(const std::vector<Token>& tokens, const std::string& fileName) {
  return Parser(tokens, fileName).run();
}

}  // namespace alexnet::code
