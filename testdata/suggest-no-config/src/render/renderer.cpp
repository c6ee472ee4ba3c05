#include "render/renderer.h"
namespace render {
void draw(Frame& f) { paint::fill(f.canvas, 1); paint::fill(f.back, 0); }
}  // namespace render
