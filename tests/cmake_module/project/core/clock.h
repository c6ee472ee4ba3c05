#pragma once
namespace core {
long now();
}
