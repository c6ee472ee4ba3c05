#include "b/hooks.h"

namespace a { struct Mine {}; }

void b::on_start() {}
template <> struct b::Traits<a::Mine> { static constexpr bool special = true; };
template struct b::Box<int>;
