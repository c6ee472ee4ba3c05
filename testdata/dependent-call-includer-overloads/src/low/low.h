#pragma once
#include "base/size.h"

template <class T> bool isA(T c) { return 'a' == c; }
template <class T> bool same(T c) { return N::same(c, c); }
template <class T> int measure(T t) { return base::size(t); }
