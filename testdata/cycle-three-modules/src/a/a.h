#pragma once
namespace a {
int one();
}  // namespace a
