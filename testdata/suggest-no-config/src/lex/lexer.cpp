#include "lex/lexer.h"
#include "mini/mini.h"
namespace lex {
Token next(const char* s) { return Token{mini::id(s[0])}; }
}  // namespace lex
