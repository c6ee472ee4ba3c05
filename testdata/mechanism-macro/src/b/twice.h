#pragma once
#define B_TWICE(x) ((x) * 2)
