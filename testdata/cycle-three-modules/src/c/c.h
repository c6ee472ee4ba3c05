#pragma once
namespace c {
int three();
}  // namespace c
