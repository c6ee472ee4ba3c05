#pragma once
namespace b {
int secret();
}  // namespace b
