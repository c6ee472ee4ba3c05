#pragma once
namespace b {
struct Celsius {
  Celsius(double degrees);  // not explicit: converts implicitly
  double value;
};
double to_fahrenheit(Celsius c);
}  // namespace b
