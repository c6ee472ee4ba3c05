// Compiled with the analyzer layer's include root, this must build: the
// analyzer uses its own headers and those of config/ and base/. It is the
// control of upward_include.cpp: both are compiled the same way, so the only
// difference between a passing and a failing build is the layer of the header.
#include "analyzer/facts.h"
#include "base/diagnostics.h"
#include "config/config.h"
