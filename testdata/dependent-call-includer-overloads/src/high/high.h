#pragma once
namespace N {
struct Info {};
bool operator==(const Info&, const Info&);
bool same(const Info&, const Info&);
bool same(int, int);
}  // namespace N
