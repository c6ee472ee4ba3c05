#pragma once
inline int shared_value() { return 5; }
