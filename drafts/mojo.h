// MoJo and MoJoFM (Tzerpos & Holt 1999; Wen & Tzerpos 2003/2004): how far one
// decomposition of the same objects is from another, in the Move and Join
// operations that turn one into the other.
#pragma once

#include <cstddef>
#include <vector>

namespace seams {

/// mno(A, B): the fewest moves of one object and joins of two clusters that
/// turn partition A into partition B. `a` and `b` give each object's cluster
/// (any ints); both must be of the same length.
std::size_t mojo_distance(const std::vector<int>& a, const std::vector<int>& b);

/// MoJoFM(A, B) = (1 - mno(A, B) / max over every A' of mno(A', B)) * 100:
/// 100 when A is B, 0 when A is as far from B as a partition can be.
/// 100 for fewer than two objects.
double mojofm(const std::vector<int>& a, const std::vector<int>& b);

}  // namespace seams
