#pragma once

namespace a {
int sum();
}  // namespace a
