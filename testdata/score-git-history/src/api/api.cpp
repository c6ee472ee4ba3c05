#include "store/store.h"  // api -> store: the only static edge

int api_get(int key) { return store::load(key); }
