#pragma once
namespace a {
int base();
}  // namespace a
