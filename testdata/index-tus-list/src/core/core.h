#pragma once
namespace core {
int answer();
}  // namespace core
