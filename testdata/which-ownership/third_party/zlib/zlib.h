// third_party/zlib/zlib.h
