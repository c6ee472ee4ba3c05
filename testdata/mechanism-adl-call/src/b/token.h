#pragma once
namespace b {
struct Token {
  int id;
};
int consume(Token t);
Token next_token();
}  // namespace b
