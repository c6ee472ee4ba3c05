#include "b/celsius.h"

b::Celsius::Celsius(double degrees) : value(degrees) {}
double b::to_fahrenheit(Celsius c) { return c.value * 9 / 5 + 32; }
