// A small version of llvm::Annotations for front-end tests: marks points in a
// C++ snippet.
//   "void f($use(b::Money)^b::Money m);"  -> code "void f(b::Money m);" and a
//   point named "use" with payload "b::Money" at line 1, column 8.
// `^` alone is an anonymous point. Points are reported 1-based, as libclang
// reports them.
#pragma once

#include <string>
#include <vector>

namespace seams::test {

struct Point {
  std::string name;
  std::string payload;
  unsigned line = 0;
  unsigned column = 0;
};

struct Annotated {
  std::string code;
  std::vector<Point> points;
};

inline Annotated annotate(const std::string& text) {
  Annotated out;
  unsigned line = 1, column = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '$' || c == '^') {
      Point p;
      std::size_t j = i;
      if (c == '$') {
        for (++j; j < text.size() &&
                  (std::isalnum(static_cast<unsigned char>(text[j])) ||
                   text[j] == '_');
             ++j)
          p.name += text[j];
        if (j < text.size() && text[j] == '(') {
          int depth = 1;
          for (++j; j < text.size() && depth > 0; ++j) {
            if (text[j] == '(') ++depth;
            if (text[j] == ')' && --depth == 0) break;
            p.payload += text[j];
          }
          ++j;  // past ')'
        }
        if (j >= text.size() || text[j] != '^') {  // a plain '$' in code
          out.code += c;
          ++column;
          continue;
        }
      }
      p.line = line;
      p.column = column;
      out.points.push_back(std::move(p));
      i = j;
      continue;
    }
    out.code += c;
    if (c == '\n')
      ++line, column = 1;
    else
      ++column;
  }
  return out;
}

}  // namespace seams::test
