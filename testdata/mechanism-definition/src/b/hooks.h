#pragma once
namespace b {
void on_start();  // defined by the application
template <class T> struct Traits { static constexpr bool special = false; };
template <class T> struct Box { T value; };
}  // namespace b
