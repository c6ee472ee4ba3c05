#pragma once
namespace b {
enum Color { red, green };
}  // namespace b
