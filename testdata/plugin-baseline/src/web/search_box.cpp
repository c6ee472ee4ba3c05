#include "search/index.h"

int suggest() { return search::hits("shoes"); }
