#include "b/widget.h"

int b::Widget::size() const { return 3; }
b::Widget b::make() { return Widget{}; }
