#pragma once
namespace db {
struct Table {};
}  // namespace db
