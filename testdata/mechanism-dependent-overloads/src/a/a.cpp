#include "b/api.h"
#include "c/c.h"

template <class T> int twice(T t) { return b::over(t) * 2; }
template <class T> void both(T t) { b::shared(t); }
