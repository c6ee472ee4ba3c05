#pragma once
#include "lex/lexer.h"
namespace parse {
struct Tree { lex::Token first; lex::Token second; };
Tree parse(const char* s);
}  // namespace parse
