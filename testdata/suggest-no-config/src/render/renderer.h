#pragma once
#include "paint/painter.h"
namespace render {
struct Frame { paint::Canvas canvas; paint::Canvas back; };
void draw(Frame& f);
}  // namespace render
