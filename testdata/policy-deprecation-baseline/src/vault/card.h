#pragma once
namespace vault {
struct Card { int number = 0; };
struct Token { int id = 0; };
inline Card open_card(Token t) { return Card{t.id}; }
}  // namespace vault
