#pragma once
namespace core {
const char* format(long t);
}
