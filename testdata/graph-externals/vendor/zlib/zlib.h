#pragma once
inline int crc32(int x) { return x * 31; }
