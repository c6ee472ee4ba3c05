#pragma once
namespace b {
int api();
}  // namespace b
