#pragma once
namespace b {
extern int max_users;
}  // namespace b
