#pragma once
namespace lex {
struct Token { int kind; };
Token next(const char* s);
}  // namespace lex
