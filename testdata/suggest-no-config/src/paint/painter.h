#pragma once
namespace paint {
struct Canvas { int w; int h; };
void fill(Canvas& c, int color);
}  // namespace paint
