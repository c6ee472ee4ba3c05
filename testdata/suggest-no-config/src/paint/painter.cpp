#include "paint/painter.h"
namespace paint {
void fill(Canvas& c, int color) { c.w = color; c.h = color; }
}  // namespace paint
